#!/usr/bin/env bash
# Gives the integration tests a fresh PostgreSQL database: the owner role missionhub and the runtime role
# missionhub_app (passwords missionhub, as in ui/pom.xml), and an empty database missionhub_it owned by
# missionhub (another name in MISSIONHUB_TEST_DATABASE: infra/bench-api.sh). Connects as $PGUSER (default postgres; trust authentication on the build machines, or set
# PGPASSWORD).
set -euo pipefail
source "$(dirname "$0")/../lib.sh"

bash "$MISSIONHUB_ROOT/infra/postgres/ensure-postgres.sh"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
database="${MISSIONHUB_TEST_DATABASE:-missionhub_it}"
psql -v ON_ERROR_STOP=1 -v db="$database" -q -d postgres <<'SQL'
do $$ begin
  if not exists (select from pg_roles where rolname = 'missionhub') then
    create role missionhub login password 'missionhub';
  end if;
  if not exists (select from pg_roles where rolname = 'missionhub_app') then
    create role missionhub_app login password 'missionhub' nosuperuser nocreatedb nocreaterole nobypassrls;
  end if;
exception when duplicate_object then null;
end $$;
alter role missionhub createdb;
drop database if exists :"db" with (force);
create database :"db" owner missionhub;
SQL
log "PostgreSQL test database $database is ready"
