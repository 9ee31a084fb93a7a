-- Issue 4 (RES-1..RES-3, DL-4): the draft answer and each of its versions, the delivery of
-- the approved answer, and the applicant's verdict with the complaint it may open.
create table answer_draft (
    id              uuid primary key,
    appeal_id       uuid not null,
    revision        int not null,
    body_text       varchar(100000) not null,
    state           varchar(20) not null,
    written_by      varchar(300) not null,
    written_at      timestamp(6) with time zone not null,
    reviewed_by     varchar(300),
    reviewed_at     timestamp(6) with time zone,
    return_reason   varchar(4000),
    version         int not null,
    constraint answer_draft_revision_uq unique (appeal_id, revision)
);
create index answer_draft_appeal_idx on answer_draft (appeal_id);

create table answer_delivery (
    appeal_id        uuid primary key,
    method           varchar(20) not null,
    delivered_on     date not null,
    handed_over_by   varchar(300),
    signed_by        varchar(300),
    post_address     varchar(1000),
    tracking_number  varchar(100),
    phone_call_on    date,
    phone_call_note  varchar(1000),
    email_to         varchar(320),
    email_sent_at    timestamp(6) with time zone,
    decision         varchar(4000),
    complaint_until  date not null,
    recorded_by      varchar(300) not null,
    recorded_at      timestamp(6) with time zone not null,
    version          int not null
);

create table answer_verdict (
    id                   uuid primary key,
    appeal_id            uuid not null,
    verdict              varchar(20) not null,
    said_at              timestamp(6) with time zone not null,
    complaint_appeal_id  uuid,
    window_ends_on       date,
    late                 boolean not null,
    late_reason          varchar(4000),
    higher_official      varchar(60)
);
create index answer_verdict_appeal_idx on answer_verdict (appeal_id);
create index answer_verdict_complaint_idx on answer_verdict (complaint_appeal_id);
