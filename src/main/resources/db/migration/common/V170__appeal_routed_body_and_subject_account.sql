-- Confidentiality: the body an appeal was routed to, so that the access policy decides who
-- of the bodies' members sees it without reading the review module's tables; and the
-- subject's account by id (the directory's), not by a typed username.
alter table appeal add column routed_body varchar(60);
update appeal set routed_body = (select r.body_code from review_routing r where r.appeal_id = appeal.id);
create index appeal_by_routed_body_idx on appeal (routed_body);

alter table appeal_subject add column account_id uuid;
update appeal_subject set account_id = (select a.id from user_account a
    where lower(a.username) = lower(appeal_subject.account) order by a.username limit 1)
    where account is not null;
update appeal_subject set account = (select a.username from user_account a where a.id = appeal_subject.account_id)
    where account_id is not null;
create index appeal_subject_by_account_id_idx on appeal_subject (account_id);
