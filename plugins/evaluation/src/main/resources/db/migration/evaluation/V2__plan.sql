-- A mission's monitoring and evaluation plan: one row per mission, its evaluation questions (with the
-- indicators answering each) and its evaluation moments. Shared by the mission's organisations like the
-- indicators (EvaluationPlugin.missionSharedTables).

create table evaluation_plan (
    mission_id            varchar(36)    not null primary key,
    tenant_id             varchar(36)    not null,
    purpose               varchar(4000),
    report_within_days    integer        not null,
    budget_amount         numeric(20, 4),
    budget_currency       varchar(3),
    status                varchar(10)    not null,
    approval_decision_id  varchar(36),
    approved_on           date,
    updated_at            timestamp with time zone not null,
    revision              bigint         not null,
    constraint evaluation_plan_budget check ((budget_amount is null) = (budget_currency is null)),
    constraint evaluation_plan_days check (report_within_days between 0 and 366)
);

create table evaluation_question (
    id           varchar(36)   not null primary key,
    tenant_id    varchar(36)   not null,
    mission_id   varchar(36)   not null,
    seq          integer       not null,
    question     varchar(1000) not null,
    criterion    varchar(15)   not null
);
create index evaluation_question_mission on evaluation_question (mission_id, seq);

create table evaluation_question_indicator (
    question_id   varchar(36) not null references evaluation_question (id) on delete cascade,
    indicator_id  varchar(36) not null references evaluation_indicator (id) on delete cascade,
    tenant_id     varchar(36) not null,
    mission_id    varchar(36) not null,
    primary key (question_id, indicator_id)
);
create index evaluation_question_indicator_mission on evaluation_question_indicator (mission_id);

create table evaluation_moment (
    id           varchar(36)  not null primary key,
    tenant_id    varchar(36)  not null,
    mission_id   varchar(36)  not null,
    kind         varchar(15)  not null,
    title        varchar(200) not null,
    due_date     date         not null,
    done         boolean      not null
);
create index evaluation_moment_mission on evaluation_moment (mission_id, due_date);
