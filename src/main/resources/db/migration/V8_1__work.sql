-- Background work. scheduled_tasks is db-scheduler's own table (its documented DDL, which runs on PostgreSQL
-- and on H2 in PostgreSQL mode); work_progress holds the counts behind the progress bars of the CLI and the web.

create table scheduled_tasks (
    task_name             varchar(100) not null,
    task_instance         varchar(100) not null,
    task_data             bytea,
    execution_time        timestamp with time zone not null,
    picked                boolean not null,
    picked_by             varchar(50),
    last_success          timestamp with time zone,
    last_failure          timestamp with time zone,
    consecutive_failures  int,
    last_heartbeat        timestamp with time zone,
    version               bigint not null,
    priority              smallint,
    primary key (task_name, task_instance)
);

create index scheduled_tasks_execution_time on scheduled_tasks (execution_time);
create index scheduled_tasks_last_heartbeat on scheduled_tasks (last_heartbeat);
create index scheduled_tasks_priority on scheduled_tasks (priority desc, execution_time asc);

-- One row per request and kind of work ("lezen", "duplicaten", "index" …): total items, done, failed, and when
-- the current run started, from which the ETA follows.
create table work_progress (
    request_id   bigint       not null references request (id) on delete cascade,
    kind         varchar(32)  not null,
    total        int          not null,
    done         int          not null,
    failed       int          not null,
    started_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null,
    finished_at  timestamp with time zone,
    primary key (request_id, kind)
);
