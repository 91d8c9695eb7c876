-- When a person was last seen working in MissionHub, and when their previous visit ended (issue 17: "since your
-- last visit"). A visit ends after half an hour without activity; belongs to the person, not to an organisation.
create table person_visit (
    subject            varchar(255) not null primary key,
    last_seen_at       timestamp with time zone not null,
    previous_visit_at  timestamp with time zone,
    version            bigint       not null
);
