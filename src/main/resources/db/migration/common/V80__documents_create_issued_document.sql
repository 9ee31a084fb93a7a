-- Issued documents of an appeal (receipt, DL-3 and INT-4 letters): the PDF bytes as issued,
-- their SHA-256 and the JSON snapshot of the data they were made from. Never updated.
create table issued_document (
    id           uuid                         primary key,
    appeal_id    uuid                         not null,
    kind         varchar(40)                  not null,
    version      integer                      not null,
    language     varchar(2)                   not null,
    file_name    varchar(200)                 not null,
    content      ${binary}                    not null,
    sha256       varchar(64)                  not null,
    size_bytes   integer                      not null,
    snapshot     varchar(200000)              not null,
    issued_at    timestamp(6) with time zone  not null,
    issued_by    varchar(200)                 not null,
    constraint issued_document_version unique (appeal_id, kind, version)
);

create index issued_document_appeal on issued_document (appeal_id);
