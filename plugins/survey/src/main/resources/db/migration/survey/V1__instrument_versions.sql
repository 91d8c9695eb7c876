-- Survey instruments, one row per version. Platform-level (a benchmark analyst's instruments): no tenant.
-- A published version never changes: responses point to it. The definition is the instrument's JSON.
create table survey_instrument_version (
    instrument_code  varchar(64)      not null,
    version_number   integer          not null,
    status           varchar(16)      not null,
    definition       varchar(1000000) not null,
    predecessors     varchar(100000)  not null,
    created_at       timestamp with time zone not null,
    created_by       varchar(255)     not null,
    published_at     timestamp with time zone,
    revision         bigint           not null,
    primary key (instrument_code, version_number),
    constraint survey_instrument_version_status check (status in ('DRAFT', 'PUBLISHED'))
);
