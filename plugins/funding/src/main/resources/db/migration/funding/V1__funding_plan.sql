-- A mission's funding plan (issue 16, first part): its currency and exchange rates, its funders (an
-- organisation of the mission or an outside body), each initiative's need per year, and the flows per funder
-- x initiative: pledge, commitment, disbursement, expenditure, each an exact amount in its own currency.
-- Every table is shared by the mission's organisations (row-level security on PostgreSQL).
create table funding_settings (
    mission_id     varchar(36)   not null primary key,
    tenant_id      varchar(36)   not null,
    currency       varchar(3)    not null,
    updated_at     timestamp with time zone not null
);

create table funding_rate (
    id             varchar(36)   not null primary key,
    tenant_id      varchar(36)   not null,
    mission_id     varchar(36)   not null,
    currency       varchar(3)    not null,
    valid_from     date          not null,
    rate           numeric(24, 10) not null,
    constraint funding_rate_once unique (mission_id, currency, valid_from),
    constraint funding_rate_positive check (rate > 0)
);

create table funding_funder (
    id             varchar(36)   not null primary key,
    tenant_id      varchar(36)   not null,
    mission_id     varchar(36)   not null,
    name           varchar(200)  not null,
    organisation_id varchar(36),
    source_type    varchar(30)   not null,
    instrument     varchar(20)   not null,
    created_at     timestamp with time zone not null,
    updated_at     timestamp with time zone not null,
    revision       bigint        not null,
    constraint funding_funder_name unique (mission_id, name)
);
create index funding_funder_mission on funding_funder (mission_id);

create table funding_need (
    id             varchar(36)   not null primary key,
    tenant_id      varchar(36)   not null,
    mission_id     varchar(36)   not null,
    initiative_id  varchar(36)   not null,
    need_year      integer       not null,
    amount         numeric(24, 6) not null,
    currency       varchar(3)    not null,
    updated_at     timestamp with time zone not null,
    revision       bigint        not null,
    constraint funding_need_once unique (mission_id, initiative_id, need_year),
    constraint funding_need_positive check (amount > 0)
);
create index funding_need_mission on funding_need (mission_id);

create table funding_flow (
    id             varchar(36)   not null primary key,
    tenant_id      varchar(36)   not null,
    mission_id     varchar(36)   not null,
    funder_id      varchar(36)   not null references funding_funder (id) on delete cascade,
    initiative_id  varchar(36)   not null,
    stage          varchar(12)   not null,
    flow_date      date          not null,
    amount         numeric(24, 6) not null,
    currency       varchar(3)    not null,
    conditional    boolean       not null,
    expires        date,
    note           varchar(1000),
    created_at     timestamp with time zone not null,
    updated_at     timestamp with time zone not null,
    revision       bigint        not null,
    constraint funding_flow_stage check (stage in ('PLEDGE', 'COMMITMENT', 'DISBURSEMENT', 'EXPENDITURE')),
    constraint funding_flow_positive check (amount > 0)
);
create index funding_flow_mission on funding_flow (mission_id);
