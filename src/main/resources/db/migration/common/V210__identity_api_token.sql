-- API tokens (docs/operations.md, "API tokens"): a person's or an integration's bearer token for the
-- API, issued by the account's owner, stored only as the SHA-256 of the token (hex), with an expiry;
-- revoking keeps the row (who had which token when) and stops it at once.
create table api_token (
    id          uuid                        not null primary key,
    account_id  uuid                        not null references user_account (id),
    name        varchar(100)                not null,
    token_hash  varchar(64)                 not null,
    hint        varchar(12)                 not null,
    created_at  timestamp(6) with time zone not null,
    expires_at  timestamp(6) with time zone not null,
    revoked_at  timestamp(6) with time zone,
    constraint api_token_hash unique (token_hash)
);
create index api_token_account on api_token (account_id);
