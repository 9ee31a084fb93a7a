-- The university's organization (sop.md REV-1..REV-6): loaded from organization/university.yml
-- at start-up, upserted by code. file_hash remembers which version of the file's entry a row
-- came from, so that an admin's edit survives restarts until the file's entry itself changes.
create table university (
    code       varchar(40)  not null primary key,
    name_kk    varchar(300) not null,
    name_ru    varchar(300) not null,
    name_en    varchar(300) not null,
    address_kk varchar(500) not null,
    address_ru varchar(500) not null,
    address_en varchar(500) not null,
    email      varchar(320) not null,
    file_hash  varchar(64)  not null
);

create table school (
    code       varchar(20)  not null primary key,
    name_kk    varchar(300) not null,
    name_ru    varchar(300) not null,
    name_en    varchar(300) not null,
    email      varchar(320) not null,
    sort_order integer      not null,
    file_hash  varchar(64)  not null
);

create table body (
    id          uuid         not null primary key,
    code        varchar(40)  not null unique,
    body_type   varchar(30)  not null,
    school_code varchar(20)  references school (code),
    name_kk     varchar(300) not null,
    name_ru     varchar(300) not null,
    name_en     varchar(300) not null,
    email       varchar(320),
    sort_order  integer      not null,
    file_hash   varchar(64)  not null
);
create index body_by_school_idx on body (school_code);

create table body_member (
    id          uuid         not null primary key,
    body_id     uuid         not null references body (id),
    member_role varchar(20)  not null,
    full_name   varchar(300) not null,
    position_kk varchar(300) not null,
    position_ru varchar(300) not null,
    position_en varchar(300) not null,
    email       varchar(320),
    account     varchar(100),
    sort_order  integer      not null
);
create index body_member_by_body_idx on body_member (body_id);
create index body_member_by_account_idx on body_member (account);

create table official (
    code              varchar(40)  not null primary key,
    official_position varchar(20)  not null,
    school_code       varchar(20)  references school (code),
    full_name         varchar(300) not null,
    email             varchar(320),
    phone             varchar(50),
    account           varchar(100),
    reports_to        varchar(40),
    sort_order        integer      not null,
    file_hash         varchar(64)  not null
);

create table unit (
    code                varchar(40)  not null primary key,
    kind                varchar(30)  not null,
    name_kk             varchar(300) not null,
    name_ru             varchar(300) not null,
    name_en             varchar(300) not null,
    email               varchar(320),
    contact_full_name   varchar(300),
    contact_position_kk varchar(300),
    contact_position_ru varchar(300),
    contact_position_en varchar(300),
    sort_order          integer      not null,
    file_hash           varchar(64)  not null
);
