-- STAT-1 (issue 11): the facts the school's statistics count, kept on the case file by the
-- aggregate when they happen, so that every figure is one indexed query over one table and
-- equals the count of the list behind it.
alter table appeal add column review_extended boolean default false not null;
alter table appeal add column answered_on date;
alter table appeal add column answer_working_days integer;
alter table appeal add column answered_in_time boolean;
alter table appeal add column applicant_agreed boolean default false not null;

-- DL-2: extended at least once
update appeal set review_extended = true
where exists (select 1 from appeal_deadline d where d.appeal_id = appeal.id and d.extended = true);

-- RES-1..RES-3: the day of delivery as the answer module recorded it
update appeal set answered_on = (select d.delivered_on from answer_delivery d where d.appeal_id = appeal.id)
where status in ('ANSWERED', 'CLOSED');
update appeal set answered_in_time = (review_due_on is null or answered_on <= review_due_on)
where answered_on is not null;

-- DL-4: closed by the applicant's "I agree"
update appeal set applicant_agreed = true
where exists (select 1 from answer_verdict v where v.appeal_id = appeal.id and v.verdict = 'AGREE');

-- complaints against a decision, found by the appeal they contest
create index appeal_earlier_idx on appeal (earlier_appeal_id);
