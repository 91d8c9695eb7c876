-- Where an indicator's values come from besides people reporting them (issue 15): a figure of the mission's
-- surveys (kind SURVEY: source is the instrument's code, question and option the figure; no option for a
-- mean), and the seam for the funding plugin's figures (kind FUNDING). One feed per indicator; shared by the
-- mission's organisations like the rest.
create table evaluation_indicator_feed (
    indicator_id   varchar(36)   not null primary key references evaluation_indicator (id) on delete cascade,
    tenant_id      varchar(36)   not null,
    mission_id     varchar(36)   not null,
    kind           varchar(12)   not null,
    source         varchar(100)  not null,
    question       varchar(100)  not null,
    option_code    varchar(100),
    updated_at     timestamp with time zone not null,
    revision       bigint        not null,
    constraint evaluation_indicator_feed_kind check (kind in ('SURVEY', 'FUNDING'))
);
create index evaluation_indicator_feed_mission on evaluation_indicator_feed (mission_id);
