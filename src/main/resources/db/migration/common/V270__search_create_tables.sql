-- search: one normalized search document per appeal (docs/search.md). Every *_words column holds
-- the distinct words of its source, lower case with the Kazakh letters folded to their Russian
-- look-alikes, separated by single spaces with a space at either end. head_words: the registration
-- number and the names of the applicant, the representative and the co-applicants; number_key: the
-- registration number without dashes or spaces. format: the version of the normalization that wrote
-- the row (the start-up backfill rewrites older rows).
create table appeal_search (
    appeal_id     uuid primary key,
    number_key    varchar(100)     not null,
    head_words    varchar(4000)    not null,
    subject_words varchar(1000)    not null,
    body_words    varchar(1000000) not null,
    file_words    varchar(1000000) not null,
    format        integer          not null,
    indexed_at    timestamp(6) with time zone not null
);

-- The text of an attached PDF or DOCX, extracted once and kept for search and its snippets
-- (empty for images, or when the file holds no text).
create table attachment_text (
    attachment_id uuid primary key,
    appeal_id     uuid             not null,
    file_name     varchar(300)     not null,
    extracted     varchar(1000000) not null,
    extracted_at  timestamp(6) with time zone not null
);
create index attachment_text_appeal_idx on attachment_text (appeal_id);
