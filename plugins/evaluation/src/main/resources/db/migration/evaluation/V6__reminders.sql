-- Reminders sent about a value due or overdue: one row per indicator, period and kind, so that a reminder is
-- sent once, whichever server's job sends it (the primary key refuses the second).
create table evaluation_reminder (
    indicator_id   varchar(36)   not null references evaluation_indicator (id) on delete cascade,
    period_start   date          not null,
    kind           varchar(12)   not null,
    tenant_id      varchar(36)   not null,
    mission_id     varchar(36)   not null,
    sent_at        timestamp with time zone not null,
    constraint evaluation_reminder_once primary key (indicator_id, period_start, kind)
);
create index evaluation_reminder_mission on evaluation_reminder (mission_id);
