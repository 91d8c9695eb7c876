-- A mission's own survey: run by one of its organisations, answered by the people of the mission's
-- organisations, its results kept inside them. Benchmark campaigns have neither column.
alter table survey_campaign add column mission_id varchar(36);
alter table survey_campaign add column owner_organisation_id varchar(36);
alter table survey_campaign add constraint survey_campaign_mission_owner check ((mission_id is null) = (owner_organisation_id is null));
create index survey_campaign_mission on survey_campaign (mission_id);
