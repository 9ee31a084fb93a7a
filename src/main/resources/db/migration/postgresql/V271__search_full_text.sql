-- search on PostgreSQL (docs/search.md): the search document as a weighted tsvector, computed by
-- the database from the folded words (A: number and names, B: subject, C: text, D: files), with a
-- GIN index for the word-prefix queries; a trigram index finds a registration number by any part.
-- pg_trgm is a trusted extension: a database owner may create it; else a superuser runs this first.
create extension if not exists pg_trgm with schema public;

alter table appeal_search add column document tsvector generated always as (
    setweight(to_tsvector('simple'::regconfig, head_words), 'A')
    || setweight(to_tsvector('simple'::regconfig, subject_words), 'B')
    || setweight(to_tsvector('simple'::regconfig, body_words), 'C')
    || setweight(to_tsvector('simple'::regconfig, file_words), 'D')) stored;

create index appeal_search_document_idx on appeal_search using gin (document);
create index appeal_search_number_idx on appeal_search using gin (number_key public.gin_trgm_ops);
