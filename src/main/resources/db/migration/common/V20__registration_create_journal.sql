-- The journals of incoming documents (sop.md INT-1, TERM-7, TERM-8): configuration data.
-- A journal with no school is the records office's; every other belongs to one school.
create table journal (
    code           varchar(30)  not null primary key,
    name_kk        varchar(300) not null,
    name_ru        varchar(300) not null,
    name_en        varchar(300) not null,
    school_code    varchar(30),
    number_pattern varchar(100) not null default '{code}-{year}-{seq}',
    active         boolean      not null default true,
    position       integer      not null default 0
);
create unique index journal_by_school_uk on journal (school_code);

-- One row per journal and year holds the last number given. Registration increments it under
-- a row lock in the caller's transaction, so a rolled-back registration gives its number back.
create table journal_counter (
    journal_code      varchar(30) not null references journal (code),
    registration_year integer     not null,
    last_sequence     bigint      not null,
    primary key (journal_code, registration_year)
);

create table journal_entry (
    id                  uuid         not null primary key,
    journal_code        varchar(30)  not null references journal (code),
    registration_year   integer      not null,
    sequence_number     bigint       not null,
    registration_number varchar(100) not null,
    appeal_id           uuid         not null,
    received_at         timestamp(6) with time zone not null,
    registered_at       timestamp(6) with time zone not null,
    channel             varchar(30)  not null,
    registrar           varchar(300) not null,
    summary             varchar(1000) not null,
    constraint journal_entry_sequence_uk unique (journal_code, registration_year, sequence_number),
    constraint journal_entry_appeal_uk unique (appeal_id)
);
create index journal_entry_by_received_idx on journal_entry (journal_code, received_at);
