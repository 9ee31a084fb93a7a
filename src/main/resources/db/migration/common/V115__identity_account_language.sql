-- Issue 4 polish: an account's preferred language (KK, RU, EN) for its e-mail and pages;
-- Kazakh, the state language, by default.
alter table user_account add column preferred_language varchar(2) default 'KK' not null;
