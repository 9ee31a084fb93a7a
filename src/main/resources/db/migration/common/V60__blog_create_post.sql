-- The Rector's blog (INT-2c, INT-3): posts as written, their moderation and routing. Nothing is
-- ever deleted (INT-5): a refused post keeps its status and reason.
create table blog_post (
    id              uuid          not null primary key,
    version         integer       not null,
    reference       varchar(32)   not null unique,
    written_at      timestamp(6) with time zone not null,
    body_text       varchar(20000) not null,
    author_name     varchar(300),
    author_address  varchar(500),
    author_contact  varchar(320),
    account_id      uuid,
    author_type     varchar(20)   not null,
    category        varchar(40)   not null,
    school_code     varchar(30),
    language        varchar(5)    not null,
    status          varchar(20)   not null,
    public_question varchar(20000),
    public_answer   varchar(20000),
    published_at    timestamp(6) with time zone,
    refusal_reason  varchar(2000),
    routing         varchar(30)   not null,
    routed_school   varchar(30),
    appeal_id       uuid,
    routed_at       timestamp(6) with time zone,
    routed_by       varchar(300)
);
create index blog_post_status_idx on blog_post (status, written_at);
create index blog_post_routing_idx on blog_post (routing, written_at);

-- The post's own status history, oldest first (the audit trail records the same steps).
create table blog_post_step (
    post_id       uuid          not null references blog_post (id),
    position      integer       not null,
    occurred_at   timestamp(6) with time zone not null,
    action        varchar(40)   not null,
    status_before varchar(30),
    status_after  varchar(30)   not null,
    actor         varchar(300)  not null,
    note          varchar(2000),
    primary key (post_id, position)
);
