-- The mission's theory of change: steps (initiatives read from the roadmap, activities, outputs, outcomes),
-- the links between them with their assumptions and evidence (to_node_id null: the mission target), and the
-- step each indicator measures (one step per indicator). Shared by the mission's organisations like the rest.
create table evaluation_node (
    id             varchar(36)   not null primary key,
    tenant_id      varchar(36)   not null,
    mission_id     varchar(36)   not null,
    kind           varchar(12)   not null,
    title          varchar(300)  not null,
    description    varchar(2000),
    initiative_id  varchar(36),
    created_at     timestamp with time zone not null,
    updated_at     timestamp with time zone not null,
    revision       bigint        not null,
    constraint evaluation_node_initiative unique (mission_id, initiative_id)
);
create index evaluation_node_mission on evaluation_node (mission_id);

create table evaluation_link (
    id             varchar(36)   not null primary key,
    tenant_id      varchar(36)   not null,
    mission_id     varchar(36)   not null,
    from_node_id   varchar(36)   not null references evaluation_node (id) on delete cascade,
    to_node_id     varchar(36)   references evaluation_node (id) on delete cascade,
    assumptions    varchar(2000),
    evidence       varchar(2000),
    created_at     timestamp with time zone not null,
    updated_at     timestamp with time zone not null,
    revision       bigint        not null
);
create index evaluation_link_mission on evaluation_link (mission_id);

create table evaluation_node_indicator (
    indicator_id   varchar(36)   not null primary key references evaluation_indicator (id) on delete cascade,
    node_id        varchar(36)   not null references evaluation_node (id) on delete cascade,
    tenant_id      varchar(36)   not null,
    mission_id     varchar(36)   not null
);
create index evaluation_node_indicator_mission on evaluation_node_indicator (mission_id);
