-- Accounts made by the demo loader keep the well-known password "demo": outside the embedded
-- default Otinish refuses to start while such an account exists (see identity.DemoPasswords).
alter table user_account add column demo_password boolean default false not null;
