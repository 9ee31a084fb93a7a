-- STAT-1: the dean's written analysis of a period's work with appeals, kept in Otinish for the
-- school council's report; one text per school and period, its latest version.
create table statistics_analysis (
    id           uuid          not null primary key,
    school_code  varchar(30)   not null,
    period_from  date          not null,
    period_to    date          not null,
    analysis     varchar(20000) not null,
    written_by   varchar(300)  not null,
    written_at   timestamp(6) with time zone not null,
    constraint statistics_analysis_period_uq unique (school_code, period_from, period_to)
);
