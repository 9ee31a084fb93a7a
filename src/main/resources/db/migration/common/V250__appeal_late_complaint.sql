-- DL-4: a complaint filed after its window is accepted and flagged on the complaint itself,
-- with the applicant's reason (asked for, never required), for whoever considers it.
alter table appeal add column complaint_window_ended_on date;
alter table appeal add column late_reason varchar(4000);

update appeal set complaint_window_ended_on = (
        select v.window_ends_on from answer_verdict v where v.complaint_appeal_id = appeal.id and v.late = true),
    late_reason = (
        select v.late_reason from answer_verdict v where v.complaint_appeal_id = appeal.id and v.late = true)
where exists (select 1 from answer_verdict v where v.complaint_appeal_id = appeal.id and v.late = true);
