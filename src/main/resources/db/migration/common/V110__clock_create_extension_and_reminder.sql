-- DL-2: every extension of an appeal's review period, with the applicant's notice (due within
-- 3 working days: notify_by; sent: notice_sent_at). Never deleted.
create table appeal_extension (
    id               uuid          not null primary key,
    appeal_id        uuid          not null references appeal (id),
    extended_at      timestamp(6) with time zone not null,
    extended_by      varchar(100)  not null,
    extended_by_name varchar(300)  not null,
    previous_due     date          not null,
    new_due          date          not null,
    reason           varchar(2000) not null,
    notify_by        date          not null,
    notice_sent_at   timestamp(6) with time zone
);
create index appeal_extension_appeal_idx on appeal_extension (appeal_id, extended_at);

-- The daily deadline watch's reminders: one row per appeal, kind, point and due date. The unique
-- key makes a second claim fail, so two nodes never send the same reminder.
create table clock_reminder (
    id         uuid         not null primary key,
    appeal_id  uuid         not null,
    kind       varchar(30)  not null,
    point_days int          not null,
    due_on     date         not null,
    run_on     date         not null,
    created_at timestamp(6) with time zone not null,
    constraint clock_reminder_once unique (appeal_id, kind, point_days, due_on)
);
