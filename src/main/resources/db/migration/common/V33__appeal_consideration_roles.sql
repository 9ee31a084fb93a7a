-- Issue 4 (REV-1, conflict of interest, DL-4): who prepares the answer, and which official
-- triages the appeal when it is not the school's dean (the dean is its subject, or it is a
-- complaint that goes to a higher official). Null triage_official means the school's dean.
alter table appeal add column executor_account varchar(100);
alter table appeal add column executor_name varchar(300);
alter table appeal add column triage_official varchar(60);
create index appeal_executor_idx on appeal (executor_account);
