-- Runs of plugins' scheduled jobs: one row per job and time slot, inserted by the server that runs it, so
-- that a job runs once per slot however many servers share the database (the primary key decides).
create table plugin_job_run (
    plugin_id    varchar(40)              not null,
    job_id       varchar(40)              not null,
    slot         bigint                   not null,
    claimed_by   varchar(100)             not null,
    claimed_at   timestamp with time zone not null,
    outcome      varchar(20),
    primary key (plugin_id, job_id, slot)
);
