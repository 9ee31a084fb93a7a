-- The calendar's revision (calendar module): one row whose token every change of the calendar
-- replaces in the same transaction. Each node compares it before a computation and re-reads its
-- cached years when it differs, so a correction made on one node applies on every node.
create table calendar_revision (
    id       integer not null primary key,
    revision uuid    not null
);
insert into calendar_revision (id, revision) values (1, '00000000-0000-0000-0000-000000000000');
