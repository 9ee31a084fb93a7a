-- Officials and body members point at accounts by id (chosen from the directory); the username
-- column stays for the rules that already read it and is kept in step with the chosen account.
alter table body_member add column account_id uuid;
alter table official add column account_id uuid;
create index body_member_by_account_id_idx on body_member (account_id);
create index official_by_account_id_idx on official (account_id);
