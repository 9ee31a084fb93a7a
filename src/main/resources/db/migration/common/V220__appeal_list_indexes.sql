-- Issue 13 (every list stays fast at 1,000,000 appeals): the indexes the lists' queries need, and
-- the review period's due date on the appeal itself so that the triage queue and the overdue list
-- are ordered and paged by the database (the aggregate keeps it equal to its REVIEW deadline).
create index appeal_deadline_appeal_idx on appeal_deadline (appeal_id);

alter table appeal add column review_due_on date;
update appeal set review_due_on = (select max(d.due_on) from appeal_deadline d
                                   where d.appeal_id = appeal.id and d.kind = 'REVIEW');

-- the triage queue and the overdue list: by status (and school), nearest due date first
create index appeal_status_due_idx on appeal (status, review_due_on);
create index appeal_school_status_due_idx on appeal (school_code, status, review_due_on);
-- the staff list and the API: newest first, everywhere or in a school, with or without a status
create index appeal_received_idx on appeal (received_at);
create index appeal_school_received_idx on appeal (school_code, received_at);
drop index appeal_school_status_idx;
create index appeal_school_status_received_idx on appeal (school_code, status, received_at);
-- an applicant's own list, newest first
drop index appeal_applicant_idx;
create index appeal_applicant_received_idx on appeal (applicant_user_id, received_at);
