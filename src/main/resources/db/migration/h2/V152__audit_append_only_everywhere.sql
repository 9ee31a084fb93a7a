-- H2 enforces the append-only trail with a Java trigger (kz.otinish.audit.AppendOnlyTrigger);
-- TRUNCATE is refused by the foreign keys that refer to both tables.
create trigger audit_entry_append_only before update, delete on audit_entry
    for each row call 'kz.otinish.audit.AppendOnlyTrigger';
create trigger audit_seal_append_only before update, delete on audit_seal
    for each row call 'kz.otinish.audit.AppendOnlyTrigger';
