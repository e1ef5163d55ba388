-- The judgement (beoordeling) per document of a request: the inventory is derived from these and the redaction
-- boxes. document_id refers to the documents capability's table; no foreign key, so the two capabilities can
-- migrate independently (a judgement of a deleted document is reported as an inconsistency, not lost).
create table document_judgement (
    request_id    bigint        not null references request (id) on delete cascade,
    document_id   bigint        not null,
    judgement     varchar(20)   not null,
    grounds       varchar(1000),
    remark        varchar(1000),
    links         varchar(4000),
    public_title  varchar(500),
    suspended     boolean       not null default false,
    judged_by     varchar(100)  not null,
    judged_at     timestamp with time zone not null,
    primary key (request_id, document_id)
);
