-- The audit trail proves itself: every entry is sealed, in order, with the SHA-256 of its content
-- and of the previous seal (a hash chain). Seals are written after the entry's transaction by
-- AuditSeals; verification recomputes the chain and names the first broken link.
create table audit_seal (
    position      bigint      not null primary key,
    entry_seq     bigint      not null unique references audit_entry (seq),
    previous_hash varchar(64) not null,
    entry_hash    varchar(64) not null
);
-- One row: the last seal, locked while sealing so that nodes take turns. It refers to the last
-- seal, which also keeps TRUNCATE of audit_seal from succeeding.
create table audit_chain_head (
    id            int         not null primary key,
    last_position bigint      references audit_seal (position),
    last_hash     varchar(64) not null
);
insert into audit_chain_head (id, last_position, last_hash)
values (1, null, '0000000000000000000000000000000000000000000000000000000000000000');
