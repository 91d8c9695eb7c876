# A real MissionHub server for the scripts that measure or break one (bench-api.sh, kill-test.sh): Keycloak
# instance "bench" on $KEYCLOAK_PORT and the Liberty server $SERVER on $HTTP_PORT, with demo data, on H2 or on
# a fresh PostgreSQL database $SERVER_DATABASE. Source it after lib.sh, with those four variables and
# $BENCH_DIR set; call server_cleanup from the caller's EXIT trap.
# shellcheck shell=bash

: "${KEYCLOAK_PORT:?}" "${HTTP_PORT:?}" "${SERVER:?}" "${SERVER_DATABASE:?}" "${BENCH_DIR:?}"
SERVER_DIR="$MISSIONHUB_ROOT/ui/target/liberty/wlp/usr/servers/$SERVER"

stop_server() { "$MISSIONHUB_ROOT/ui/target/liberty/wlp/bin/server" stop "$SERVER" >/dev/null 2>&1 || true; }

# server_cleanup KEEP_DATABASE: stops the server and Keycloak; drops the database unless KEEP_DATABASE is true
# (a database left behind keeps its roles from being dropped, and is of no use after the run)
server_cleanup() {
  stop_server
  bash "$MISSIONHUB_ROOT/infra/keycloak/keycloak.sh" stop bench >/dev/null 2>&1 || true
  if [[ "${1:-false}" != true ]]; then
    psql -h "${PGHOST:-127.0.0.1}" -p "${PGPORT:-5432}" -U "${PGUSER:-postgres}" -q -d postgres \
      -c "drop database if exists $SERVER_DATABASE with (force)" >/dev/null 2>&1 || true
  fi
}

start_keycloak() { bash "$MISSIONHUB_ROOT/infra/keycloak/keycloak.sh" start bench "$KEYCLOAK_PORT"; }

# token [USERNAME]: an access token of a demo person (anna by default) for the API
token() { demo_token "$KEYCLOAK_PORT" "${1:-anna}"; }

# start_server DATABASE [MAVEN_ARGS...]: a new server with new data (h2 or postgresql) and demo data, ready
start_server() {
  local database="$1"
  shift
  stop_server
  export MISSIONHUB_DATA_DIR="$BENCH_DIR/data-$database"
  rm -rf "$MISSIONHUB_DATA_DIR"
  mkdir -p "$MISSIONHUB_DATA_DIR"
  if [[ "$database" == postgresql ]]; then
    MISSIONHUB_TEST_DATABASE="$SERVER_DATABASE" bash "$MISSIONHUB_ROOT/infra/postgres/prepare-test-database.sh"
    export MISSIONHUB_DB_URL="jdbc:postgresql://127.0.0.1:5432/$SERVER_DATABASE"
    export MISSIONHUB_DB_DATASOURCE=org.postgresql.ds.PGSimpleDataSource
  else
    unset MISSIONHUB_DB_URL MISSIONHUB_DB_DATASOURCE
  fi
  export HTTP_PORT HTTPS_PORT=$((HTTP_PORT + 1))
  export MISSIONHUB_PROFILE=development MISSIONHUB_DEMO_DATA_ENABLED=true
  export MISSIONHUB_KEYCLOAK_URL="http://localhost:$KEYCLOAK_PORT"
  export MISSIONHUB_KEYCLOAK_PROVISIONER_CLIENT_SECRET="missionhub-provisioner-dev-secret"
  export MISSIONHUB_UI_CLIENT_SECRET="missionhub-ui-dev-secret"
  export MISSIONHUB_PUBLIC_URL="http://localhost:$HTTP_PORT"
  # one client address and one person send everything here: the limits that protect a real server would
  # measure themselves
  export MISSIONHUB_RATE_LIMIT_ADDRESS_PER_MINUTE=100000000 MISSIONHUB_RATE_LIMIT_PERSON_PER_MINUTE=100000000
  log "Starting Open Liberty on $database"
  mvnw "$@" -pl ui liberty:create liberty:deploy liberty:start -Dliberty.server.name="$SERVER" >/dev/null
  wait_for_url "http://localhost:$HTTP_PORT/health/ready" 300 "MissionHub"
}

# restart_server: starts the stopped (or killed) server again on its data with the server script, as a service
# manager would; prints the milliseconds from launch to the first 200 of /health/ready
restart_server() {
  local started_at
  started_at=$(date +%s%N)
  "$MISSIONHUB_ROOT/ui/target/liberty/wlp/bin/server" start "$SERVER" >/dev/null
  until curl -fsS -o /dev/null --max-time 2 "http://localhost:$HTTP_PORT/health/ready" 2>/dev/null; do
    (( $(date +%s%N) - started_at < 300000000000 )) || die "MissionHub did not become ready again within 300 s"
    sleep 0.2
  done
  echo $(( ($(date +%s%N) - started_at) / 1000000 ))
}

# server_pid: the process id of the running server's JVM
server_pid() {
  pgrep -f -- "ws-server.jar $SERVER\b" | head -1
}
