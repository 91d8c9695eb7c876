-- Cross-organisation workshops (issue 17): a benchmark analyst runs a workshop for organisations of their choosing
-- (say, a campaign's respondents), hosted by the platform rather than by a mission. Such a workshop has no mission;
-- the organisations invited to it are listed here, and their people take part. Like the mission's workshops these
-- tables carry no tenant: a workshop is shared by several organisations, and the application's access check (the
-- analyst, or an invited organisation) guards it.
alter table workshop alter column mission_id drop not null;

create table workshop_invitation (
    workshop_id      varchar(36)  not null references workshop (id),
    organisation_id  varchar(36)  not null references organisation (id),
    primary key (workshop_id, organisation_id)
);
create index workshop_invitation_organisation_idx on workshop_invitation (organisation_id);

-- What a platform workshop is about, when a plugin prepared it (contract 1.11.0): the plugin and its own reference
-- to the item, e.g. survey / campaign/<id> for a benchmark campaign's published results.
alter table workshop add column about_plugin varchar(100);
alter table workshop add column about_item varchar(200);
create index workshop_about_idx on workshop (about_plugin, about_item);
