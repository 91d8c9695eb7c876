-- Portfolio reviews (issue 14): at a mission's cadence its leaders go through every active initiative and
-- decide continue, scale, pivot or stop, each verdict also a decision in the mission's decision log (core's,
-- through the contract: decision_id). Shared by the mission's organisations like every roadmap table.

create table roadmap_review (
    id          varchar(36)   not null primary key,
    tenant_id   varchar(36)   not null,
    mission_id  varchar(36)   not null,
    held_on     date          not null,
    title       varchar(200)  not null,
    closed_at   timestamp with time zone,
    created_by  varchar(255)  not null,
    created_at  timestamp with time zone not null,
    revision    bigint        not null
);
create index roadmap_review_mission on roadmap_review (mission_id, held_on);

create table roadmap_review_verdict (
    review_id        varchar(36)   not null references roadmap_review (id) on delete cascade,
    initiative_id    varchar(36)   not null references roadmap_initiative (id) on delete cascade,
    tenant_id        varchar(36)   not null,
    mission_id       varchar(36)   not null,
    verdict          varchar(10)   not null,
    rationale        varchar(2000) not null,
    decision_id      varchar(36)   not null,
    decided_by       varchar(255)  not null,
    decided_by_name  varchar(200)  not null,
    decided_at       timestamp with time zone not null,
    primary key (review_id, initiative_id)
);
create index roadmap_review_verdict_mission on roadmap_review_verdict (mission_id);

-- How often the mission reviews its portfolio, in months (3: quarterly).
create table roadmap_review_cadence (
    mission_id  varchar(36)  not null primary key,
    tenant_id   varchar(36)  not null,
    months      integer      not null check (months between 1 and 24),
    updated_at  timestamp with time zone not null
);
