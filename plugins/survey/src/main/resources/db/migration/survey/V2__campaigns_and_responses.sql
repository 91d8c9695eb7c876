-- Benchmark campaigns: a published instrument version put to organisations (platform level, no tenant).
create table survey_campaign (
    id                     varchar(36)   not null primary key,
    title                  varchar(200)  not null,
    description            varchar(4000),
    instrument_code        varchar(64)   not null,
    instrument_version     integer       not null,
    audience_types         varchar(400)  not null, -- organisation types, comma-separated; empty: every type
    audience_countries     varchar(1200) not null, -- ISO 3166 codes, comma-separated; empty: every country
    unit                   varchar(16)   not null,
    anonymous              boolean       not null,
    editable_after_submit  boolean       not null,
    min_cell_size          integer       not null,
    opens_at               timestamp with time zone not null,
    closes_at              timestamp with time zone not null,
    results_published_at   timestamp with time zone,
    created_at             timestamp with time zone not null,
    created_by             varchar(255)  not null,
    revision               bigint        not null,
    constraint survey_campaign_unit check (unit in ('MISSION', 'PERSON')),
    constraint survey_campaign_dates check (closes_at > opens_at),
    constraint survey_campaign_instrument foreign key (instrument_code, instrument_version)
        references survey_instrument_version (instrument_code, version_number)
);

-- Answers being written, saved and resumed; the row goes when the response is submitted.
-- unit_key is 'mission:<id>' or 'person:<subject>': one response per mission or per person.
create table survey_draft (
    campaign_id      varchar(36)     not null references survey_campaign (id),
    unit_key         varchar(300)    not null,
    organisation_id  varchar(36)     not null,
    mission_id       varchar(36)     not null,
    saved_by         varchar(255)    not null,
    saved_by_name    varchar(255)    not null,
    answers          varchar(1000000) not null,
    updated_at       timestamp with time zone not null,
    revision         bigint          not null,
    primary key (campaign_id, unit_key)
);

-- Who has submitted, as a one-way hash of the unit key, so that no one answers twice. In an anonymous
-- campaign this is the only trace of who answered, and nothing links it to a response.
create table survey_participation (
    campaign_id  varchar(36) not null references survey_campaign (id),
    unit_hash    varchar(64) not null,
    primary key (campaign_id, unit_hash)
);

-- Submitted responses, with the facts results are broken down by, as they were when it was submitted.
-- Anonymous campaigns keep neither the mission nor the person, and only the day of submission.
create table survey_response (
    id                  varchar(36)     not null primary key,
    campaign_id         varchar(36)     not null references survey_campaign (id),
    instrument_version  integer         not null,
    organisation_id     varchar(36)     not null,
    mission_id          varchar(36),
    respondent_subject  varchar(255),
    respondent_name     varchar(255),
    org_type            varchar(40)     not null,
    country             varchar(2)      not null,
    phase               varchar(20)     not null,
    governance_mode     varchar(20)     not null,
    challenge_area      varchar(40)     not null,
    answers             varchar(1000000) not null,
    submitted_on        date            not null,
    updated_at          timestamp with time zone,
    revision            bigint          not null
);
create index survey_response_campaign on survey_response (campaign_id, organisation_id);

-- One row per coded answer (per option of a multiple choice, per item of a matrix), with the breakdown
-- facts copied in, so that a question's results are one GROUP BY over one table. ordinal 0 marks the
-- first row of a respondent's answer to a question: counting those counts respondents.
create table survey_answer (
    response_id      varchar(36)  not null references survey_response (id) on delete cascade,
    campaign_id      varchar(36)  not null,
    question         varchar(130) not null,
    answer_value     varchar(64),
    answer_number    double precision,
    ordinal          smallint     not null,
    org_type         varchar(40)  not null,
    country          varchar(2)   not null,
    phase            varchar(20)  not null,
    governance_mode  varchar(20)  not null,
    challenge_area   varchar(40)  not null
);
create index survey_answer_question on survey_answer (campaign_id, question);
create index survey_answer_response on survey_answer (response_id);
