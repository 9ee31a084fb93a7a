-- A document's data snapshot holds the appeal's text, which may be up to a million characters
-- plus everything else the document prints: no length limit.
alter table issued_document alter column snapshot type text;
