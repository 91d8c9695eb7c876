-- MissionHub core schema. One set of migrations for PostgreSQL and for H2 in PostgreSQL mode:
-- keep to types and syntax both understand (varchar, boolean, integer, bigint, date,
-- timestamp with time zone, text).
-- Organisation-private tables carry tenant_id (the organisation's id) as the first primary key column;
-- EclipseLink filters them by it (see docs/architecture.md, "Tenancy").

create table organisation (
    id          varchar(36)  not null primary key,
    slug        varchar(63)  not null,
    name        varchar(200) not null,
    org_type    varchar(40)  not null,
    country     varchar(2)   not null,
    status      varchar(20)  not null,
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null,
    version     bigint       not null,
    constraint organisation_slug_unique unique (slug)
);

create table person (
    subject       varchar(255) not null primary key,
    display_name  varchar(200) not null,
    email         varchar(320),
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null,
    version       bigint       not null
);

create table membership (
    tenant_id   varchar(36)  not null references organisation (id),
    id          varchar(36)  not null,
    subject     varchar(255) not null references person (subject),
    org_role    varchar(20)  not null,
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null,
    version     bigint       not null,
    primary key (tenant_id, id),
    constraint membership_person_unique unique (tenant_id, subject)
);
create unique index membership_id_unique on membership (id);
create index membership_subject_idx on membership (subject);

create table mission (
    id                    varchar(36)   not null primary key,
    lead_organisation_id  varchar(36)   not null references organisation (id),
    title                 varchar(200)  not null,
    statement             varchar(4000) not null,
    challenge_area        varchar(40)   not null,
    target_statement      varchar(2000),
    target_measurable     boolean       not null,
    start_date            date,
    end_date              date,
    governance_mode       varchar(20)   not null,
    phase                 varchar(20)   not null,
    archived_at           timestamp with time zone,
    created_by            varchar(255)  not null,
    created_at            timestamp with time zone not null,
    updated_at            timestamp with time zone not null,
    version               bigint        not null
);
create index mission_lead_idx on mission (lead_organisation_id);

create table mission_partner (
    id               varchar(36)  not null primary key,
    mission_id       varchar(36)  not null references mission (id),
    organisation_id  varchar(36)  not null references organisation (id),
    status           varchar(20)  not null,
    invited_by       varchar(255) not null,
    invited_at       timestamp with time zone not null,
    responded_at     timestamp with time zone,
    version          bigint       not null,
    constraint mission_partner_unique unique (mission_id, organisation_id)
);
create index mission_partner_org_idx on mission_partner (organisation_id, status);

create table mission_role (
    id               varchar(36)  not null primary key,
    mission_id       varchar(36)  not null references mission (id),
    subject          varchar(255) not null references person (subject),
    organisation_id  varchar(36)  not null references organisation (id),
    mission_role     varchar(20)  not null,
    assigned_by      varchar(255) not null,
    assigned_at      timestamp with time zone not null,
    version          bigint       not null,
    constraint mission_role_unique unique (mission_id, subject, organisation_id, mission_role)
);
create index mission_role_org_idx on mission_role (organisation_id, subject);

create table decision (
    id           varchar(36)   not null primary key,
    mission_id   varchar(36)   not null references mission (id),
    title        varchar(200)  not null,
    rationale    varchar(4000),
    decided_on   date,
    decided_by   varchar(200),
    status       varchar(20)   not null,
    phase_from   varchar(20),
    phase_to     varchar(20),
    recorded_by  varchar(255)  not null,
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null,
    version      bigint        not null
);
create index decision_mission_idx on decision (mission_id);

create table risk (
    id           varchar(36)   not null primary key,
    mission_id   varchar(36)   not null references mission (id),
    title        varchar(200)  not null,
    description  varchar(4000),
    category     varchar(40)   not null,
    likelihood   integer       not null check (likelihood between 1 and 5),
    impact       integer       not null check (impact between 1 and 5),
    score        integer       not null,
    owner        varchar(200),
    mitigation   varchar(4000),
    status       varchar(20)   not null,
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null,
    version      bigint        not null
);
create index risk_mission_idx on risk (mission_id, status);

create table governance_body (
    id          varchar(36)   not null primary key,
    mission_id  varchar(36)   not null references mission (id),
    name        varchar(200)  not null,
    mandate     varchar(4000),
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null,
    version     bigint        not null
);
create index governance_body_mission_idx on governance_body (mission_id);

create table governance_body_member (
    body_id        varchar(36)  not null references governance_body (id),
    member_order   integer      not null,
    member_name    varchar(200) not null,
    affiliation    varchar(200),
    body_function  varchar(20)  not null,
    subject        varchar(255),
    primary key (body_id, member_order)
);

create table mission_comment (
    id                      varchar(36)   not null primary key,
    mission_id              varchar(36)   not null references mission (id),
    author_subject          varchar(255)  not null references person (subject),
    author_organisation_id  varchar(36)   not null references organisation (id),
    body                    varchar(4000) not null,
    created_at              timestamp with time zone not null,
    edited_at               timestamp with time zone,
    version                 bigint        not null
);
create index mission_comment_mission_idx on mission_comment (mission_id, created_at);

-- Append-only: the application has no UPDATE or DELETE path for this table.
create table audit_entry (
    tenant_id      varchar(36)  not null references organisation (id),
    id             varchar(36)  not null,
    occurred_at    timestamp with time zone not null,
    seq            integer      not null,
    actor_subject  varchar(255) not null,
    actor_name     varchar(200) not null,
    action         varchar(100) not null,
    entity_type    varchar(50)  not null,
    entity_id      varchar(100) not null,
    mission_id     varchar(36),
    operation      varchar(200) not null,
    changes        text         not null,
    primary key (tenant_id, id)
);
create index audit_entry_time_idx on audit_entry (tenant_id, occurred_at);
create index audit_entry_mission_idx on audit_entry (tenant_id, mission_id);
