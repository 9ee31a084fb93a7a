-- The legal basis on which an appeal's personal data are processed: the applicant's consent on
-- the portal (with the version of the text), consent given on paper at the desk, or the Law on
-- appeals itself (e-mail, the Rector's blog, earlier appeals). anonymised_at: when the retention
-- job wiped the appeal's personal data.
alter table appeal add column consent_basis varchar(30) default 'LAW_ON_APPEALS' not null;
alter table appeal add column consent_version integer;
alter table appeal add column anonymised_at timestamp(6) with time zone;
create index appeal_retention_idx on appeal (status, anonymised_at);
