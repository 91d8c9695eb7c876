-- The platform-level audit log (contract 1.3.0): what is changed outside any organisation — a plugin's
-- platform features, such as a benchmark analyst's campaigns and questionnaires. Append-only like
-- audit_entry: the runtime role may only read and insert (SchemaSecurity).
create table platform_audit_entry (
    id             varchar(36)  not null primary key,
    occurred_at    timestamp with time zone not null,
    actor_subject  varchar(255) not null,
    actor_name     varchar(200) not null,
    action         varchar(100) not null,
    entity_type    varchar(50)  not null,
    entity_id      varchar(100) not null,
    operation      varchar(200) not null,
    changes        text         not null
);
create index platform_audit_entry_time_idx on platform_audit_entry (occurred_at);
