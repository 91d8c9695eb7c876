-- Notices sent ahead of a funder's budget days (issue 16): one row per funder, fiscal year and kind of day, written
-- with the notices, so that each is sent once whatever the number of servers or runs.
create table funding_reminder (
    funder_id      varchar(36)   not null references funding_funder (id) on delete cascade,
    fiscal_year    varchar(12)   not null,
    kind           varchar(10)   not null,
    tenant_id      varchar(36)   not null,
    mission_id     varchar(36)   not null,
    sent_at        timestamp with time zone not null,
    constraint funding_reminder_once primary key (funder_id, fiscal_year, kind)
);
create index funding_reminder_mission on funding_reminder (mission_id);
