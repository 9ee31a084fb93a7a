-- Conflict of interest (issue 4): the persons an appeal is about (a teacher, a dean). A subject
-- with an Otinish account can neither see nor handle the appeal (AppealAccessPolicy).
create table appeal_subject (
    id          uuid         not null primary key,
    appeal_id   uuid         not null references appeal (id),
    full_name   varchar(300) not null,
    account     varchar(100),
    recorded_at timestamp(6) with time zone not null
);
create index appeal_subject_by_appeal_idx on appeal_subject (appeal_id);
create index appeal_subject_by_account_idx on appeal_subject (account);
