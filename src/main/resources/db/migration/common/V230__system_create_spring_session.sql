-- Signed-in sessions in the database (Spring Session JDBC), so that every node of Otinish serves
-- a person whose previous request went to another node (docs/operations.md, "Running two or more
-- nodes"). The names of the tables and columns are the ones Spring Session's JDBC repository
-- queries; times are milliseconds since the epoch, as it writes them. The embedded default keeps
-- its sessions in memory and leaves these tables empty.
create table spring_session (
    primary_id            char(36)     not null primary key,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval integer      not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100)
);
create unique index spring_session_session_id_idx on spring_session (session_id);
create index spring_session_expiry_idx on spring_session (expiry_time);
create index spring_session_principal_idx on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null references spring_session (primary_id) on delete cascade,
    attribute_name     varchar(200) not null,
    attribute_bytes    ${binary}    not null,
    primary key (session_primary_id, attribute_name)
);
