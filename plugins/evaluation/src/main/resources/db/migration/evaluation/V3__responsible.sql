-- The person who reports an indicator's values (someone with a role in the mission through the reporting
-- organisation), for the plan's reporting schedule: who reports which indicator when.
alter table evaluation_indicator add column responsible_subject varchar(255);
alter table evaluation_indicator add column responsible_name varchar(200);
