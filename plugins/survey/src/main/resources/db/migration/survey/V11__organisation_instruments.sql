-- An organisation's own instruments, for its missions' surveys, next to the benchmark analysts': the owner
-- is part of the key ('platform' for the analysts', else the organisation's id), so two organisations may
-- both call a form "pulse" and neither learns of the other's. Like a mission survey's campaign row, the
-- table is platform-level (respondents of the mission's other organisations read the instrument they
-- answer); every read names its owner, and an organisation reaches only its own through its scope.
create table survey_instrument (
    owner_key        varchar(36)      not null,
    instrument_code  varchar(64)      not null,
    version_number   integer          not null,
    status           varchar(16)      not null,
    definition       varchar(1000000) not null,
    predecessors     varchar(100000)  not null,
    created_at       timestamp with time zone not null,
    created_by       varchar(255)     not null,
    published_at     timestamp with time zone,
    revision         bigint           not null,
    primary key (owner_key, instrument_code, version_number),
    constraint survey_instrument_status check (status in ('DRAFT', 'PUBLISHED'))
);
insert into survey_instrument (owner_key, instrument_code, version_number, status, definition, predecessors, created_at, created_by, published_at, revision)
    select 'platform', instrument_code, version_number, status, definition, predecessors, created_at, created_by, published_at, revision
    from survey_instrument_version;

alter table survey_campaign drop constraint survey_campaign_instrument;
alter table survey_campaign add column instrument_owner varchar(36) default 'platform' not null;
alter table survey_campaign add constraint survey_campaign_instrument foreign key (instrument_owner, instrument_code, instrument_version)
    references survey_instrument (owner_key, instrument_code, version_number);
drop table survey_instrument_version;
