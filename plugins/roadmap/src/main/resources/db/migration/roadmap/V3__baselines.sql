-- Baselines (issue 14): a snapshot of the portfolio under a name (the plan approved at a gate, the start of a
-- year) to compare today against, as OpenProject's baselines. Items are copied, not referenced: a baseline
-- keeps what was deleted since. Shared by the mission's organisations like every roadmap table.

create table roadmap_baseline (
    id             varchar(36)   not null primary key,
    tenant_id      varchar(36)   not null,
    mission_id     varchar(36)   not null,
    name           varchar(200)  not null,
    taken_at       timestamp with time zone not null,
    taken_by_name  varchar(200)  not null,
    revision       bigint        not null
);
create index roadmap_baseline_mission on roadmap_baseline (mission_id, taken_at);

create table roadmap_baseline_item (
    baseline_id  varchar(36)   not null references roadmap_baseline (id) on delete cascade,
    item_kind    varchar(10)   not null,
    item_id      varchar(36)   not null,
    tenant_id    varchar(36)   not null,
    mission_id   varchar(36)   not null,
    title        varchar(200)  not null,
    owner_id     varchar(36),
    start_on     date,
    end_on       date,
    status       varchar(12)   not null,
    rag          varchar(5),
    primary key (baseline_id, item_kind, item_id)
);
create index roadmap_baseline_item_mission on roadmap_baseline_item (mission_id);
