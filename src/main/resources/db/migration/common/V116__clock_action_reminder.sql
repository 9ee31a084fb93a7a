-- Issue 4 polish (REV-8, REV-10): an overdue measure or recommendation is reminded of once
-- per due date; the unique key makes a second node's claim fail.
create table clock_action_reminder (
    id         uuid         not null primary key,
    action_id  uuid         not null,
    appeal_id  uuid         not null,
    due_on     date         not null,
    run_on     date         not null,
    created_at timestamp(6) with time zone not null,
    constraint clock_action_reminder_once unique (action_id, due_on)
);
