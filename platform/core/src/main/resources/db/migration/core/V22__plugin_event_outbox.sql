-- Events on their way to plugins (issue 19): one row per event and plugin active when it happened, written in the
-- transaction of the change the event tells about, so that a delivery survives a crash or a restart of the server
-- (before, retries were kept in memory). A server claims a row (claimed_until, the version), calls the plugin and
-- deletes the row; a listener that fails is tried again later (attempts, next_attempt_at) until it gives up.
create table plugin_event_outbox (
    id               varchar(36)    not null primary key,
    plugin_id        varchar(100)   not null,
    event_type       varchar(300)   not null,
    payload          varchar(20000) not null,
    organisation_id  varchar(36)    not null,
    occurred_at      timestamp with time zone not null,
    attempts         integer        not null,
    next_attempt_at  timestamp with time zone not null,
    claimed_by       varchar(100),
    claimed_until    timestamp with time zone,
    last_error       varchar(500),
    created_at       timestamp with time zone not null,
    version          bigint         not null
);
create index plugin_event_outbox_due on plugin_event_outbox (next_attempt_at);
