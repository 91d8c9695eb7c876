#!/usr/bin/env bash
# The packaged server started the way a machine without Liberty installed (or a plain Java container) starts it:
# liberty:package with include=minify,runnable makes one jar of the runtime's needed features, the configuration,
# the JDBC drivers and the WAR; `java -jar` runs it against a fresh PostgreSQL database. Passes when the server
# becomes ready, has migrated PostgreSQL (core's and the plugins' schema histories), answers its API's index and
# writes its console as JSON. No Keycloak is started: becoming ready does not need it (the demo data does). About 4 minutes; port 9580; database missionhub_runnable (dropped afterwards).
#
#   bash infra/container/test-runnable.sh [--offline] [--no-build]
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
cd "$MISSIONHUB_ROOT"

SERVER=missionhub-runnable
HTTP_PORT=9580
DATABASE=missionhub_runnable
WORK="${MISSIONHUB_BENCH_DIR:-/tmp/missionhub-bench}/runnable"
build=true
maven_args=()
while (($#)); do
  case "$1" in
    --offline) maven_args+=(-o) ;;
    --no-build) build=false ;;
    *) die "unknown option $1 (see the comment at the top of $0)" ;;
  esac
  shift
done
psql_admin() { psql -h "${PGHOST:-127.0.0.1}" -p "${PGPORT:-5432}" -U "${PGUSER:-postgres}" -q "$@"; }
server_pid=""
cleanup() {
  [[ -n "$server_pid" ]] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
  psql_admin -d postgres -c "drop database if exists $DATABASE with (force)" >/dev/null 2>&1 || true
}
trap cleanup EXIT

rm -rf "$WORK"
mkdir -p "$WORK"
if $build; then
  log "Building MissionHub"
  mvnw "${maven_args[@]}" install -DskipTests -DskipITs
fi
log "Packaging the server (liberty:package, minify,runnable)"
mvnw "${maven_args[@]}" -pl ui liberty:create liberty:deploy liberty:package -Dliberty.server.name="$SERVER" \
  -Dinclude=minify,runnable -DpackageName=missionhub -DpackageDirectory="$WORK" >/dev/null
jar="$WORK/missionhub.jar"
[[ -f "$jar" ]] || die "liberty:package made no $jar"
log "Packaged: $(du -h "$jar" | cut -f1) $jar"

MISSIONHUB_TEST_DATABASE="$DATABASE" bash infra/postgres/prepare-test-database.sh
log "Starting it with java -jar on PostgreSQL"
(
  cd "$WORK"
  export HTTP_PORT HTTPS_PORT=$((HTTP_PORT + 1))
  export MISSIONHUB_DATA_DIR="$WORK/data"
  export MISSIONHUB_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DATABASE"
  export MISSIONHUB_DB_DATASOURCE=org.postgresql.ds.PGSimpleDataSource
  export MISSIONHUB_PROFILE=development
  export MISSIONHUB_KEYCLOAK_PROVISIONER_CLIENT_SECRET=missionhub-provisioner-dev-secret
  export MISSIONHUB_UI_CLIENT_SECRET=missionhub-ui-dev-secret
  # no Keycloak is needed to become ready; the reconciliation with it is for a real deployment
  export MISSIONHUB_IDENTITY_SYNC_ON_STARTUP=false
  export WLP_LOGGING_CONSOLE_FORMAT=json
  exec java -jar "$jar" >"$WORK/console.log" 2>&1
) &
server_pid=$!
wait_for_url "http://localhost:$HTTP_PORT/health/ready" 300 "The packaged server"
index="$(curl -fsS "http://localhost:$HTTP_PORT/api/v1")"
grep -q '"version":"1"' <<<"$index" || die "the API's index answered: $index"
histories="$(psql_admin -d "$DATABASE" -Atc "select count(*) from information_schema.tables where table_name like 'flyway%history%'")"
missions="$(psql_admin -d "$DATABASE" -Atc "select count(*) from information_schema.tables where table_name = 'mission'")"
((histories >= 2 && missions == 1)) || die "PostgreSQL holds $histories schema histories and $missions mission tables"
# every line Liberty writes is JSON; the jar's launcher and the JVM print a few plain lines before it starts
plain="$(grep -v '^{' "$WORK/console.log" | grep -v -e '^Extracting files to ' -e '^Successfully extracted' -e '^OpenJDK 64-Bit Server VM warning' || true)"
[[ -z "$plain" ]] || die "the console has lines that are not JSON: $plain"
log "The packaged server ran with java -jar on PostgreSQL: ready, $histories schema histories (core's and the plugins'), the API answering, JSON console"
