create table user_account (
    id            uuid         not null primary key,
    username      varchar(100) not null unique,
    password_hash varchar(200) not null,
    full_name     varchar(300) not null,
    role          varchar(30)  not null,
    school_code   varchar(30),
    email         varchar(320),
    phone         varchar(50),
    enabled       boolean      not null default true
);
