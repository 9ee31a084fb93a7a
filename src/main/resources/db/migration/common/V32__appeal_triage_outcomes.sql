-- TERM-6: the ground on which an appeal is repeated (it links the earlier file in earlier_appeal_id).
alter table appeal add column repeat_ground varchar(30);
-- INT-4: forwarding of an anonymous report to a state body.
alter table appeal add column forwarded_to varchar(300);
alter table appeal add column forwarded_at timestamp(6) with time zone;
alter table appeal add column forwarding_number varchar(60);
alter table appeal add column covering_letter varchar(20000);
