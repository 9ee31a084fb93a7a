-- Kazakhstan's working-day calendar as data (calendar module). A year present in
-- calendar_year is DATA; any other year follows the statutory rules.
create table calendar_year (
    year_number integer      not null primary key,
    origin      varchar(200) not null,
    sources     varchar(4000),
    created_by  varchar(100) not null,
    created_at  timestamp(6) with time zone not null
);

-- The days that differ from an ordinary Monday-to-Friday week.
create table calendar_day (
    on_date     date          not null primary key,
    year_number integer       not null references calendar_year (year_number),
    kind        varchar(30)   not null,
    holiday     varchar(30),
    name        varchar(200)  not null,
    status      varchar(20)   not null,
    sources     varchar(4000) not null,
    note        varchar(1000),
    changed_by  varchar(100)  not null,
    changed_at  timestamp(6) with time zone not null
);
create index calendar_day_by_year_idx on calendar_day (year_number);

-- Every change, who made it and when; never updated or deleted.
create table calendar_change (
    id          uuid          not null primary key,
    year_number integer       not null,
    on_date     date,
    change_type varchar(20)   not null,
    before_text varchar(4000),
    after_text  varchar(4000),
    changed_by  varchar(100)  not null,
    changed_at  timestamp(6) with time zone not null
);
create index calendar_change_by_year_idx on calendar_change (year_number, changed_at);
