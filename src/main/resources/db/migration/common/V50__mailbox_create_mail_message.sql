-- Every letter read from a corporate mailbox, kept byte for byte (INT-2a, INT-5). A letter is
-- read once: its key is the Message-ID's hash, or the raw bytes' hash when it has none.
create table mail_message (
    id              uuid          not null primary key,
    mailbox         varchar(100)  not null,
    school_code     varchar(30),
    message_key     varchar(80)   not null,
    message_id      varchar(1000),
    sender          varchar(320),
    subject         varchar(1000),
    received_at     timestamp(6) with time zone not null,
    fetched_at      timestamp(6) with time zone not null,
    size_bytes      bigint        not null,
    raw             ${binary}     not null,
    appeal_id       uuid,
    status          varchar(30)   not null,
    notes           varchar(4000),
    acknowledged_at timestamp(6) with time zone,
    constraint mail_message_key_uk unique (message_key)
);
create index mail_message_school_idx on mail_message (school_code, fetched_at);
create index mail_message_appeal_idx on mail_message (appeal_id);
