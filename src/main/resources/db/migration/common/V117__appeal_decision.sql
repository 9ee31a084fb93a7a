-- The protocol decision is kept on the appeal as data (REV-8..REV-10), no longer as a note.
alter table appeal add column decision_outcome varchar(30);
alter table appeal add column decision_body varchar(80);
alter table appeal add column decision_protocol_number varchar(40);
alter table appeal add column decision_protocol_date date;
alter table appeal add column decision_meeting_id uuid;

-- Decisions recorded by the review module: taken from the decision and its meeting.
update appeal set
    decision_outcome = (select d.outcome from review_decision d where d.appeal_id = appeal.id),
    decision_meeting_id = (select d.meeting_id from review_decision d where d.appeal_id = appeal.id),
    decision_body = (select m.body_code from review_decision d join review_meeting m on m.id = d.meeting_id
                     where d.appeal_id = appeal.id),
    decision_protocol_number = (select cast(m.protocol_number as varchar(20)) || '/' || cast(m.protocol_year as varchar(20))
                                from review_decision d join review_meeting m on m.id = d.meeting_id
                                where d.appeal_id = appeal.id),
    decision_protocol_date = (select m.meeting_date from review_decision d join review_meeting m on m.id = d.meeting_id
                              where d.appeal_id = appeal.id)
where status in ('DECIDED', 'ANSWERED', 'CLOSED')
  and exists (select 1 from review_decision d where d.appeal_id = appeal.id);

-- Other notes of the form "OUTCOME, number/year, yyyy-mm-dd", where they parse.
update appeal set
    decision_outcome = substring(status_note from 1 for position(', ' in status_note) - 1),
    decision_protocol_number = substring(status_note from position(', ' in status_note) + 2
                                         for length(status_note) - position(', ' in status_note) - 13),
    decision_protocol_date = cast(substring(status_note from length(status_note) - 9 for 10) as date)
where decision_outcome is null
  and status in ('DECIDED', 'ANSWERED', 'CLOSED')
  and (status_note like 'SATISFIED, %/%, ____-__-__' or status_note like 'PARTLY_SATISFIED, %/%, ____-__-__'
       or status_note like 'EXPLAINED, %/%, ____-__-__' or status_note like 'NOT_SATISFIED, %/%, ____-__-__');

-- The demo data wrote the outcome in Kazakh words, without a protocol.
update appeal set decision_outcome = 'PARTLY_SATISFIED'
where decision_outcome is null and status in ('DECIDED', 'ANSWERED', 'CLOSED')
  and status_note like 'Ішінара қанағаттандырылды%';
update appeal set decision_outcome = 'NOT_SATISFIED'
where decision_outcome is null and status in ('DECIDED', 'ANSWERED', 'CLOSED')
  and status_note like 'Қанағаттандырылмады%';
update appeal set decision_outcome = 'SATISFIED'
where decision_outcome is null and status in ('DECIDED', 'ANSWERED', 'CLOSED')
  and status_note like 'Қанағаттандырылды%';
update appeal set decision_outcome = 'EXPLAINED'
where decision_outcome is null and status in ('DECIDED', 'ANSWERED', 'CLOSED')
  and status_note like 'Түсіндірілді%';

-- A decided appeal's note was the decision; it is data now.
update appeal set status_note = null where status = 'DECIDED' and decision_outcome is not null;
