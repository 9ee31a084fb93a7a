-- Seals are as append-only as the entries, and neither table can be emptied with TRUNCATE.
create trigger audit_seal_append_only before update or delete on audit_seal
    for each row execute function audit_entry_is_append_only();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_is_append_only();
create trigger audit_seal_no_truncate before truncate on audit_seal
    for each statement execute function audit_entry_is_append_only();
