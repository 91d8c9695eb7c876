-- The roadmap of a mission: objectives, initiatives, milestones and dependencies. Every table is shared by
-- the mission's organisations (RoadmapPlugin.missionSharedTables): mission_id says which mission, and
-- tenant_id the organisation that last wrote the row (row-level security on PostgreSQL accepts a write only
-- as the bound organisation, so every write sets it). Who owns an initiative is owner_organisation_id.
-- Types both PostgreSQL and H2 (PostgreSQL mode) understand.

create table roadmap_objective (
    id           varchar(36)   not null primary key,
    tenant_id    varchar(36)   not null,
    mission_id   varchar(36)   not null,
    seq          integer       not null,
    title        varchar(200)  not null,
    statement    varchar(2000),
    due_year     integer,
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null,
    revision     bigint        not null
);
create index roadmap_objective_mission on roadmap_objective (mission_id, seq);

create table roadmap_initiative (
    id                     varchar(36)   not null primary key,
    tenant_id              varchar(36)   not null,
    mission_id             varchar(36)   not null,
    title                  varchar(200)  not null,
    description            varchar(4000),
    initiative_type        varchar(30)   not null,
    owner_organisation_id  varchar(36)   not null,
    responsible_subject    varchar(255),
    responsible_name       varchar(200),
    start_date             date,
    end_date               date,
    horizon_override       varchar(10),
    horizon_reason         varchar(500),
    lifecycle              varchar(12)   not null,
    rag                    varchar(5)    not null,
    rag_reason             varchar(1000),
    budget_amount          numeric(20, 4),
    budget_currency        varchar(3),
    tags                   varchar(1000) not null,
    created_at             timestamp with time zone not null,
    updated_at             timestamp with time zone not null,
    revision               bigint        not null,
    constraint roadmap_initiative_dates check (end_date is null or start_date is null or end_date >= start_date),
    constraint roadmap_initiative_budget check ((budget_amount is null) = (budget_currency is null))
);
create index roadmap_initiative_mission on roadmap_initiative (mission_id);
create index roadmap_initiative_owner on roadmap_initiative (owner_organisation_id);

-- The objectives an initiative serves, and the organisations contributing to it (besides its owner).
create table roadmap_initiative_objective (
    initiative_id  varchar(36) not null references roadmap_initiative (id) on delete cascade,
    objective_id   varchar(36) not null references roadmap_objective (id) on delete cascade,
    tenant_id      varchar(36) not null,
    mission_id     varchar(36) not null,
    primary key (initiative_id, objective_id)
);
create index roadmap_initiative_objective_mission on roadmap_initiative_objective (mission_id);

create table roadmap_contributor (
    initiative_id    varchar(36) not null references roadmap_initiative (id) on delete cascade,
    organisation_id  varchar(36) not null,
    tenant_id        varchar(36) not null,
    mission_id       varchar(36) not null,
    primary key (initiative_id, organisation_id)
);
create index roadmap_contributor_mission on roadmap_contributor (mission_id);
create index roadmap_contributor_organisation on roadmap_contributor (organisation_id);

-- Every RAG status an initiative had, with its reason: the history the board shows.
create table roadmap_rag_change (
    id               varchar(36)   not null primary key,
    initiative_id    varchar(36)   not null references roadmap_initiative (id) on delete cascade,
    tenant_id        varchar(36)   not null,
    mission_id       varchar(36)   not null,
    rag              varchar(5)    not null,
    reason           varchar(1000),
    changed_by       varchar(255)  not null,
    changed_by_name  varchar(200)  not null,
    changed_at       timestamp with time zone not null
);
create index roadmap_rag_change_initiative on roadmap_rag_change (initiative_id, changed_at);

create table roadmap_milestone (
    id                     varchar(36)   not null primary key,
    tenant_id              varchar(36)   not null,
    mission_id             varchar(36)   not null,
    initiative_id          varchar(36)   references roadmap_initiative (id) on delete cascade,
    title                  varchar(200)  not null,
    due_date               date          not null,
    owner_organisation_id  varchar(36)   not null,
    state                  varchar(10)   not null,
    created_at             timestamp with time zone not null,
    updated_at             timestamp with time zone not null,
    revision               bigint        not null
);
create index roadmap_milestone_mission on roadmap_milestone (mission_id, due_date);

-- predecessor -> successor; either end an initiative or a milestone. Deleting an item deletes its
-- dependencies (RoadmapStore), as the ends are of two kinds and cannot both be foreign keys.
create table roadmap_dependency (
    id                 varchar(36)  not null primary key,
    tenant_id          varchar(36)  not null,
    mission_id         varchar(36)  not null,
    predecessor_kind   varchar(10)  not null,
    predecessor_id     varchar(36)  not null,
    successor_kind     varchar(10)  not null,
    successor_id       varchar(36)  not null,
    dependency_kind    varchar(16)  not null,
    created_at         timestamp with time zone not null,
    constraint roadmap_dependency_unique unique (mission_id, predecessor_kind, predecessor_id, successor_kind, successor_id)
);
create index roadmap_dependency_mission on roadmap_dependency (mission_id);
