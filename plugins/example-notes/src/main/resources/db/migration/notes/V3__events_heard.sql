-- Every event the listener heard for an organisation (the plugin guide's example of a listener).
create table notes_event_heard (
    id          varchar(36)              not null primary key,
    tenant_id   varchar(36)              not null,
    event_type  varchar(100)             not null,
    mission_id  varchar(36),
    heard_at    timestamp with time zone not null
);
create index notes_event_heard_tenant on notes_event_heard (tenant_id, heard_at);
