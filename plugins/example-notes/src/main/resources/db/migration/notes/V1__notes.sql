-- Notes on a mission. Mission data is shared by the lead and its partners, so notes are keyed by mission;
-- tenant_id is the organisation the author wrote from (the scope's organisation, never client input).
create table notes_note (
    id              varchar(36)   not null primary key,
    mission_id      varchar(36)   not null,
    tenant_id       varchar(36)   not null,
    author_subject  varchar(255)  not null,
    author_name     varchar(200)  not null,
    text            varchar(4000) not null,
    created_at      timestamp with time zone not null
);
create index notes_note_mission_idx on notes_note (mission_id, created_at);
