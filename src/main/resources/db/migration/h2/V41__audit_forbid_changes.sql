-- H2 needs a Java trigger class for the same guard; the application has no update or delete
-- path for audit_entry, and the PostgreSQL migration enforces it in the database.
select 1;
