-- The case file (TERM-1..TERM-6, INT-7..INT-9).
create table appeal (
    id                    uuid          not null primary key,
    version               integer       not null,
    kind                  varchar(20)   not null,
    status                varchar(40)   not null,
    channel               varchar(20)   not null,
    applicant_type        varchar(20)   not null,
    applicant_name        varchar(300),
    level_of_study        varchar(20),
    speciality            varchar(300),
    year_of_study         integer,
    study_language        varchar(20),
    funding               varchar(20),
    study_form            varchar(20),
    workplace_position    varchar(300),
    address               varchar(500),
    phone                 varchar(50),
    email                 varchar(320),
    anonymous             boolean       not null,
    confidential          boolean       not null,
    representative_name   varchar(300),
    representation_reason varchar(30),
    representation_basis  varchar(500),
    school_code           varchar(30),
    addressee             varchar(20)   not null,
    category              varchar(40)   not null,
    subject               varchar(300)  not null,
    body_text             varchar(1000000) not null,
    language              varchar(5)    not null,
    applicant_user_id     uuid,
    received_at           timestamp(6) with time zone not null,
    received_by           varchar(300),
    registration_number   varchar(60)   unique,
    journal_code          varchar(30),
    registered_at         timestamp(6) with time zone,
    registered_by         varchar(300),
    earlier_appeal_id     uuid,
    contested_decision    varchar(500),
    tracking_code         varchar(32)   not null unique,
    status_changed_at     timestamp(6) with time zone not null,
    status_note           varchar(4000)
);
create index appeal_applicant_idx on appeal (applicant_user_id);
create index appeal_school_status_idx on appeal (school_code, status);
create index appeal_status_received_idx on appeal (status, received_at);

create table appeal_co_applicant (
    appeal_id uuid         not null references appeal (id),
    position  integer      not null,
    full_name varchar(300) not null,
    contact   varchar(300),
    primary key (appeal_id, position)
);

create table appeal_deadline (
    appeal_id uuid         not null references appeal (id),
    kind      varchar(30)  not null,
    rule      varchar(200) not null,
    starts_on date         not null,
    due_on    date         not null
);
create index appeal_deadline_due_idx on appeal_deadline (kind, due_on);

create table attachment (
    id           uuid         not null primary key,
    appeal_id    uuid         not null references appeal (id),
    file_name    varchar(255) not null,
    content_type varchar(120) not null,
    size_bytes   bigint       not null,
    sha256       varchar(64)  not null,
    content      ${binary}    not null,
    uploaded_at  timestamp(6) with time zone not null
);
create index attachment_appeal_idx on attachment (appeal_id);
