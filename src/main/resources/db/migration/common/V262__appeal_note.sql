-- Internal notes staff leave each other on an appeal (never shown to the applicant).
create table appeal_note (
    id             uuid          not null primary key,
    appeal_id      uuid          not null references appeal (id),
    author_account varchar(100)  not null,
    author_name    varchar(300)  not null,
    note_text      varchar(4000) not null,
    written_at     timestamp(6) with time zone not null
);
create index appeal_note_by_appeal_idx on appeal_note (appeal_id, written_at);
