-- A mission's indicators with their targets, and the values reported for them. Every table is shared by
-- the mission's organisations (EvaluationPlugin.missionSharedTables): mission_id says which mission, and
-- tenant_id the organisation that last wrote the row (row-level security on PostgreSQL accepts a write only
-- as the bound organisation). Values are exact decimals. Types both PostgreSQL and H2 understand.

create table evaluation_indicator (
    id                        varchar(36)   not null primary key,
    tenant_id                 varchar(36)   not null,
    mission_id                varchar(36)   not null,
    code                      varchar(40)   not null,
    name_en                   varchar(300)  not null,
    name_fr                   varchar(300),
    name_da                   varchar(300),
    definition_en             varchar(4000),
    definition_fr             varchar(4000),
    definition_da             varchar(4000),
    unit                      varchar(40),
    direction                 varchar(10)   not null,
    calculation               varchar(10)   not null,
    periodicity               varchar(10)   not null,
    disaggregations           varchar(1000) not null,
    data_source               varchar(500),
    collection_method         varchar(500),
    reporter_organisation_id  varchar(36)   not null,
    baseline_value            numeric(24, 6),
    baseline_date             date,
    created_at                timestamp with time zone not null,
    updated_at                timestamp with time zone not null,
    revision                  bigint        not null,
    constraint evaluation_indicator_code unique (mission_id, code),
    constraint evaluation_indicator_baseline check ((baseline_value is null) = (baseline_date is null))
);
create index evaluation_indicator_reporter on evaluation_indicator (reporter_organisation_id);

create table evaluation_target (
    indicator_id   varchar(36)    not null references evaluation_indicator (id) on delete cascade,
    period_start   date           not null,
    tenant_id      varchar(36)    not null,
    mission_id     varchar(36)    not null,
    target_value   numeric(24, 6) not null,
    upper_value    numeric(24, 6),
    primary key (indicator_id, period_start),
    constraint evaluation_target_range check (upper_value is null or upper_value >= target_value)
);
create index evaluation_target_mission on evaluation_target (mission_id);

create table evaluation_actual (
    id                         varchar(36)    not null primary key,
    tenant_id                  varchar(36)    not null,
    mission_id                 varchar(36)    not null,
    indicator_id               varchar(36)    not null references evaluation_indicator (id) on delete cascade,
    period_start               date           not null,
    disaggregation             varchar(200),
    actual_value               numeric(24, 6) not null,
    source                     varchar(500),
    note                       varchar(2000),
    verification               varchar(10)    not null,
    verification_note          varchar(1000),
    verified_by                varchar(255),
    verified_at                timestamp with time zone,
    reported_by                varchar(255)   not null,
    reported_by_name           varchar(200),
    reporting_organisation_id  varchar(36)    not null,
    reported_at                timestamp with time zone not null,
    revision                   bigint         not null
);
create index evaluation_actual_mission on evaluation_actual (mission_id, indicator_id, period_start);
create index evaluation_actual_reporter on evaluation_actual (reporting_organisation_id);
