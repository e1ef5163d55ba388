-- Back-office accounts. Passwords are stored as bcrypt hashes only.
create table app_user (
    username       varchar(64)   not null primary key,
    display_name   varchar(200)  not null,
    password_hash  varchar(200)  not null,
    roles          varchar(200)  not null,
    enabled        boolean       not null,
    failed_logins  int           not null default 0,
    locked_until   timestamp with time zone,
    created_at     timestamp with time zone not null
);
