-- MissionHub on PostgreSQL in production: run once as a superuser, then point MissionHub at the database
-- (docs/operations.md). The application role owns its schema so that Flyway can migrate it at start-up;
-- it is not a superuser and cannot bypass row-level security when that hardening is added.
--   psql -v app_password="'...'" -f create-production-database.sql
create role missionhub login password :app_password nosuperuser nocreaterole nocreatedb;
create database missionhub owner missionhub encoding 'UTF8' template template0;
\connect missionhub
revoke all on schema public from public;
grant all on schema public to missionhub;
