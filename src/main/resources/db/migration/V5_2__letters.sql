-- Letter texts changed by an administrator (for all cases), and texts of one case (a motivation per ground,
-- earlier decisions, a salutation). regime '' means both regimes. The defaults ship in the jar.
create table letter_text (
    text_key    varchar(200)   not null,
    regime      varchar(8)     not null,
    body        varchar(20000) not null,
    updated_by  varchar(100)   not null,
    updated_at  timestamp with time zone not null,
    primary key (text_key, regime)
);

create table case_letter_text (
    request_id  bigint         not null references request (id) on delete cascade,
    text_key    varchar(200)   not null,
    body        varchar(20000) not null,
    updated_by  varchar(100)   not null,
    updated_at  timestamp with time zone not null,
    primary key (request_id, text_key)
);

-- The search record (zoekslag) as the case handler states it in the decision: terms one per line, sources one per
-- line, the period searched. The search capability's own sweep log is merged in when it has one.
create table search_record (
    request_id   bigint         not null primary key references request (id) on delete cascade,
    terms        varchar(8000)  not null,
    sources      varchar(4000),
    period_from  date,
    period_to    date,
    searched_on  date,
    recorded_by  varchar(100)   not null,
    recorded_at  timestamp with time zone not null
);
