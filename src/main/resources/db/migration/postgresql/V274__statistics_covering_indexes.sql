-- STAT-1 (issue 11): the dashboard at a million appeals (bench/RESULTS.md, "Reads at 1M").
-- Its five grouped queries read a period's appeals of one school or of every school. Without
-- these, each fetched tens to hundreds of thousands of wide rows (~3 kB each, with the text)
-- from the heap: 2 s for one school and year. With them each query is an index-only scan of
-- the period (autovacuum keeps the visibility map current for every older month).
create index if not exists appeal_figures_school_idx on appeal (school_code, received_at)
    include (id, status, kind, channel, applicant_type, decision_outcome, review_extended, applicant_agreed,
             repeat_ground, category, level_of_study, routed_body, answered_on, answer_working_days,
             answered_in_time, review_due_on);
create index if not exists appeal_figures_received_idx on appeal (received_at)
    include (id, school_code, status, kind, channel, applicant_type, decision_outcome, review_extended,
             applicant_agreed, repeat_ground, category, level_of_study, routed_body, answered_on,
             answer_working_days, answered_in_time, review_due_on);

-- "complaints against a decision": the contested appeals, read from the appeals that name an
-- earlier one alone (an index-only scan with the kind instead of a heap fetch per complaint);
-- it serves every lookup by the earlier appeal, so it replaces the plain index of V272
create index if not exists appeal_complaint_of_idx on appeal (earlier_appeal_id) include (kind)
    where earlier_appeal_id is not null;
drop index if exists appeal_earlier_idx;

-- The grouped counts: PostgreSQL multiplies each column's distinct values and expects as many
-- groups as rows (a sort spilled to disk, 0.9 s for the university's year); with the columns'
-- joint distinct counts it expects the few thousand groups there are and hashes them (0.3 s).
create statistics if not exists appeal_figures_stats (ndistinct)
    on school_code, status, kind, channel, applicant_type, decision_outcome, review_extended, applicant_agreed
    from appeal;
create statistics if not exists appeal_figures_repeat_stats (ndistinct)
    on school_code, status, kind, channel, applicant_type, decision_outcome, review_extended, repeat_ground
    from appeal;
create statistics if not exists appeal_breakdown_stats (ndistinct)
    on school_code, category, level_of_study, routed_body
    from appeal;
analyze appeal;
