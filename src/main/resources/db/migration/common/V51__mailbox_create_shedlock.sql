-- ShedLock's lock table: scheduled jobs (the mailbox poll first) run on one node at a time.
-- The lock provider compares with the database's own clock, in UTC.
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp(3) not null,
    locked_at  timestamp(3) not null,
    locked_by  varchar(255) not null
);
