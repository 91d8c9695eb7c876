-- MissionHub on PostgreSQL in production: run once as a superuser, then point MissionHub at the database
-- (docs/operations.md). Two roles: missionhub owns the schema and runs the migrations at start-up
-- (MISSIONHUB_DB_OWNER_USER); missionhub_app is what the application works as (MISSIONHUB_DB_USER). It owns
-- no table, so it cannot switch off row-level security, and it may only read and insert the audit log.
-- Neither is a superuser or may bypass row-level security.
-- A third role, missionhub_backup, is what infra/backup.sh dumps as: it reads everything, past row-level
-- security (which binds even the owner), and can change nothing.
--   psql -v owner_password="'...'" -v app_password="'...'" -v backup_password="'...'" -f create-production-database.sql
create role missionhub login password :owner_password nosuperuser nocreaterole nocreatedb nobypassrls;
create role missionhub_app login password :app_password nosuperuser nocreaterole nocreatedb nobypassrls;
create role missionhub_backup login password :backup_password nosuperuser nocreaterole nocreatedb bypassrls;
grant pg_read_all_data to missionhub_backup;
create database missionhub owner missionhub encoding 'UTF8' template template0;
\connect missionhub
revoke all on schema public from public;
grant all on schema public to missionhub;
grant usage on schema public to missionhub_app;
