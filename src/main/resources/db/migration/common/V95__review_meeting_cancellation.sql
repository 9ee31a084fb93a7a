-- Issue 4 polish: a meeting cancelled before any decision keeps its protocol number (the
-- numbering stays gapless) with a "cancelled" protocol: when and why.
alter table review_meeting add column cancelled_at timestamp(6) with time zone;
alter table review_meeting add column cancel_reason varchar(2000);
