-- The demo loader's own records: the appeals it made (it acts on those only, never on the
-- appeals people file while it runs) and the steps it has done (each once).
create table demo_appeal (
    appeal_id uuid primary key
);
create table demo_step (
    step    varchar(100) primary key,
    done_at timestamp(6) with time zone not null
);
