create table notification (
    id          uuid          not null primary key,
    recipient   varchar(100)  not null,
    created_at  timestamp(6) with time zone not null,
    message_key varchar(100)  not null,
    arguments   varchar(4000) not null,
    link        varchar(500)  not null,
    read_at     timestamp(6) with time zone
);
create index notification_recipient_idx on notification (recipient, created_at);
