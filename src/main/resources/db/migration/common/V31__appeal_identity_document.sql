-- INT-6: the identity document shown at the desk, its number masked but for the last four characters.
alter table appeal add column identity_document_type varchar(30);
alter table appeal add column identity_document_number varchar(40);
