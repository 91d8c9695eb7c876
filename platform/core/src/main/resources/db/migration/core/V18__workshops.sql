-- Peer-exchange workshops (issue 17): what the seed's workshop did, inside a mission. A facilitator (a leader or
-- coordinator) opens a session with prompts and runs it through phases: silent posting (each sees only their own
-- notes), reveal, breakout groups, dot voting, and a closed summary. Notes and dots carry no audit entries (an
-- anonymous workshop must not name its authors anywhere, the mission's activity included); the workshop's own
-- changes (created, phase moved) are audited like any mission record.
create table workshop (
    id               varchar(36)   not null primary key,
    mission_id       varchar(36)   not null references mission (id),
    title            varchar(200)  not null,
    phase            varchar(20)   not null,
    anonymous        boolean       not null,
    dots_per_person  integer       not null,
    group_size       integer       not null,
    facilitator      varchar(255)  not null references person (subject),
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    version          bigint        not null
);
create index workshop_mission_idx on workshop (mission_id, created_at);

create table workshop_prompt (
    workshop_id  varchar(36)  not null references workshop (id),
    prompt_order integer      not null,
    prompt_text  varchar(500) not null,
    primary key (workshop_id, prompt_order)
);

-- Who takes part, for which organisation, and in which breakout group (null before the groups are formed).
create table workshop_participant (
    workshop_id      varchar(36)  not null references workshop (id),
    subject          varchar(255) not null references person (subject),
    organisation_id  varchar(36)  not null references organisation (id),
    group_number     integer,
    joined_at        timestamp with time zone not null,
    primary key (workshop_id, subject)
);

create table workshop_note (
    id                      varchar(36)   not null primary key,
    workshop_id             varchar(36)   not null references workshop (id),
    prompt                  integer       not null,
    author_subject          varchar(255)  not null references person (subject),
    author_organisation_id  varchar(36)   not null references organisation (id),
    body                    varchar(1000) not null,
    cluster_label           varchar(100),
    created_at              timestamp with time zone not null,
    version                 bigint        not null
);
create index workshop_note_workshop_idx on workshop_note (workshop_id, prompt, created_at);

-- A person's dots on a note (several on one note allowed, at most the workshop's dots per person in all).
create table workshop_vote (
    note_id      varchar(36)  not null references workshop_note (id),
    subject      varchar(255) not null,
    dots         integer      not null,
    primary key (note_id, subject)
);
