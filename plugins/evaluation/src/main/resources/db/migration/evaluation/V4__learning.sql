-- The mission's learning log ("learning forward"): an insight, its evidence (an indicator, a document's
-- address, words), what it implies, and the decision of the decision log it fed. Shared by the mission's
-- organisations like the rest of the plugin's tables.
create table evaluation_learning (
    id             varchar(36)   not null primary key,
    tenant_id      varchar(36)   not null,
    mission_id     varchar(36)   not null,
    recorded_on    date          not null,
    insight        varchar(2000) not null,
    evidence       varchar(2000),
    evidence_url   varchar(500),
    indicator_id   varchar(36)   references evaluation_indicator (id) on delete set null,
    implication    varchar(2000),
    decision_id    varchar(36),
    author_subject varchar(255)  not null,
    author_name    varchar(200),
    created_at     timestamp with time zone not null,
    updated_at     timestamp with time zone not null,
    revision       bigint        not null
);
create index evaluation_learning_mission on evaluation_learning (mission_id, recorded_on);
