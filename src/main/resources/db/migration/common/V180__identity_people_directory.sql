-- People imported from the registrar's and HR's files: the external id keys re-imports (and
-- single sign-on's matching); a person imported for single sign-on has no local password.
alter table user_account alter column password_hash drop not null;
alter table user_account add column external_id varchar(100);
alter table user_account add constraint user_account_external_id_key unique (external_id);
alter table user_account add column person_kind varchar(10);
alter table user_account add column study_level varchar(20);
alter table user_account add column speciality varchar(300);
alter table user_account add column study_year integer;
alter table user_account add column job_title varchar(300);
-- A one-time password set by an administrator must be changed at the next sign-in.
alter table user_account add column must_change_password boolean default false not null;
-- Why the account was deactivated: LEFT (absent from a full import: a re-appearing person is
-- reactivated by the next import) or ADMIN (only an administrator reactivates).
alter table user_account add column deactivated_because varchar(10);
create index user_account_person_kind_idx on user_account (person_kind);
