-- Single sign-on: a person of the university's OpenID Connect provider (issuer and subject, the
-- provider's stable id) linked to the Otinish account they sign in as (see identity.SingleSignOn).
create table identity_link (
    id         uuid                        not null primary key,
    issuer     varchar(500)                not null,
    subject    varchar(255)                not null,
    account_id uuid                        not null references user_account (id),
    linked_at  timestamp(6) with time zone not null,
    constraint identity_link_person unique (issuer, subject)
);
create index identity_link_account on identity_link (account_id);
