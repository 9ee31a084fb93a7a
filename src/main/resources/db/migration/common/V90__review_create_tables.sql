-- Issue 4, the review module (sop.md REV-1..REV-12): routing, the extended commission,
-- meetings with gapless protocol numbers, verification, findings, decisions and their
-- measures and recommendations.

-- REV-1..REV-5: the dean's routing of an appeal to a body, with the executor.
create table review_routing (
    appeal_id           uuid         not null primary key,
    body_code           varchar(60)  not null,
    suggested_body_code varchar(60),
    executor_account    varchar(100) not null,
    executor_name       varchar(300) not null,
    routed_by           varchar(300) not null,
    routed_at           timestamp(6) with time zone not null
);

-- REV-6: the extended commission formed by the dean's order for one unresolved appeal.
create table review_commission (
    id            uuid         not null primary key,
    appeal_id     uuid         not null,
    school_code   varchar(30),
    order_number  varchar(60)  not null,
    order_date    date         not null,
    chair_name    varchar(300) not null,
    chair_account varchar(100) not null,
    formed_at     timestamp(6) with time zone not null,
    constraint review_commission_appeal_uk unique (appeal_id)
);
create table review_commission_member (
    commission_id uuid         not null references review_commission (id),
    sort_order integer      not null,
    member_kind   varchar(30)  not null,
    full_name     varchar(300) not null,
    represents    varchar(300),
    primary key (commission_id, sort_order)
);

-- One row per forum (a body's code, or COMMISSION:<id>) and year holds the last protocol
-- number; incremented under a row lock in the caller's transaction (no gaps, no repeats).
create table review_protocol_counter (
    forum_key     varchar(80) not null,
    protocol_year integer     not null,
    last_number   integer     not null,
    primary key (forum_key, protocol_year)
);

create table review_meeting (
    id              uuid         not null primary key,
    forum_key       varchar(80)  not null,
    body_code       varchar(60),
    commission_id   uuid references review_commission (id),
    school_code     varchar(30),
    meeting_date    date         not null,
    protocol_year   integer      not null,
    protocol_number integer      not null,
    minutes         varchar(20000),
    created_by      varchar(300) not null,
    created_at      timestamp(6) with time zone not null,
    constraint review_meeting_protocol_uk unique (forum_key, protocol_year, protocol_number)
);
create table review_agenda_item (
    meeting_id uuid    not null references review_meeting (id),
    appeal_id  uuid    not null,
    sort_order integer not null,
    primary key (meeting_id, appeal_id)
);
create index review_agenda_by_appeal_idx on review_agenda_item (appeal_id);
create table review_attendance (
    meeting_id  uuid         not null references review_meeting (id),
    sort_order integer      not null,
    full_name   varchar(300) not null,
    member_role varchar(30)  not null,
    account     varchar(100),
    present     boolean      not null,
    primary key (meeting_id, sort_order)
);

-- REV-7: requests to units for documents, with the response attached.
create table review_request (
    id            uuid          not null primary key,
    appeal_id     uuid          not null,
    unit_name     varchar(300)  not null,
    request_text  varchar(4000) not null,
    due_on        date          not null,
    requested_by  varchar(300)  not null,
    requested_at  timestamp(6) with time zone not null,
    response_note varchar(4000),
    file_name     varchar(300),
    content_type  varchar(150),
    sha256        varchar(64),
    content       ${binary},
    responded_at  timestamp(6) with time zone
);
create index review_request_by_appeal_idx on review_request (appeal_id);

-- REV-12: the applicant's arguments, each with its finding.
create table review_argument (
    id        uuid          not null primary key,
    appeal_id uuid          not null,
    sort_order integer       not null,
    argument  varchar(4000) not null,
    finding   varchar(20),
    grounds   varchar(4000),
    found_at  timestamp(6) with time zone
);
create index review_argument_by_appeal_idx on review_argument (appeal_id);

-- REV-8..REV-10: the protocol decision, one per appeal.
create table review_decision (
    appeal_id           uuid          not null primary key,
    meeting_id          uuid          not null references review_meeting (id),
    outcome             varchar(30)   not null,
    reasons             varchar(20000) not null,
    untrue_recognized   boolean       not null,
    applicant_measures  varchar(4000),
    apology             varchar(4000),
    decided_by          varchar(300)  not null,
    decided_at          timestamp(6) with time zone not null
);
create table review_action (
    id             uuid          not null primary key,
    appeal_id      uuid          not null,
    action_kind    varchar(20)   not null,
    sort_order integer       not null,
    addressee      varchar(300)  not null,
    action_text    varchar(4000) not null,
    responsible    varchar(300)  not null,
    due_on         date          not null,
    disciplinary   boolean       not null,
    done_at        timestamp(6) with time zone,
    done_note      varchar(4000)
);
create index review_action_by_appeal_idx on review_action (appeal_id);
