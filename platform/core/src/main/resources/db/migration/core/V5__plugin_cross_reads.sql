-- Every read a plugin makes across organisations (PluginDatabase.acrossOrganisations): which plugin, for
-- what, who was at work and from which organisation, when. Append-only: the runtime role may only read and
-- insert (SchemaSecurity).
create table plugin_cross_read (
    id               varchar(36)              not null primary key,
    occurred_at      timestamp with time zone not null,
    plugin_id        varchar(40)              not null,
    purpose          varchar(300)             not null,
    actor_subject    varchar(255),
    actor_name       varchar(200),
    organisation_id  varchar(36)
);
create index plugin_cross_read_time on plugin_cross_read (occurred_at);
