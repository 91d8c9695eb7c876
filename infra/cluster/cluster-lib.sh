# A cluster of MissionHub servers on one machine, for run-cluster.sh and test-failover.sh: one Keycloak
# (instance "cluster"), one PostgreSQL database, two Open Liberty servers (missionhub-a, missionhub-b) that keep
# HTTP sessions in that database (MISSIONHUB_SESSION_STORE=database, sessions-database.xml), and HAProxy in
# front with sticky sessions (haproxy.cfg). Source it after lib.sh; call cluster_stop from the EXIT trap.
# shellcheck shell=bash

CLUSTER_DIR="${MISSIONHUB_CLUSTER_DIR:-/tmp/missionhub-cluster}"
CLUSTER_DATABASE="${MISSIONHUB_CLUSTER_DATABASE:-missionhub_cluster}"
CLUSTER_KEYCLOAK_PORT=8480
BALANCER_PORT=9680
# the servers' names and HTTP ports (HTTPS on the next port)
declare -A CLUSTER_PORTS=([missionhub-a]=9681 [missionhub-b]=9683)
CLUSTER_SERVERS=(missionhub-a missionhub-b)
WLP="$MISSIONHUB_ROOT/ui/target/liberty/wlp"

# the server a name in the balancer's cookie stands for (haproxy.cfg: cookie a / cookie b)
server_of_cookie() { echo "missionhub-$1"; }

cluster_server_pid() { pgrep -f -- "ws-server.jar $1\b" | head -1; }

# cluster_create [MAVEN_ARGS...]: the two servers, from the built WAR and server configuration
cluster_create() {
  local server
  for server in "${CLUSTER_SERVERS[@]}"; do
    "$WLP/bin/server" stop "$server" >/dev/null 2>&1 || true
    mvnw "$@" -pl ui liberty:create liberty:deploy -Dliberty.server.name="$server" >/dev/null
  done
}

# cluster_database: a fresh PostgreSQL database with MissionHub's two roles
cluster_database() {
  MISSIONHUB_TEST_DATABASE="$CLUSTER_DATABASE" bash "$MISSIONHUB_ROOT/infra/postgres/prepare-test-database.sh"
}

# cluster_start_server NAME: starts one server with the cluster's settings and waits until it is ready
cluster_start_server() {
  local server="$1" port="${CLUSTER_PORTS[$1]}"
  (
    export HTTP_PORT="$port" HTTPS_PORT=$((port + 1))
    export MISSIONHUB_DATA_DIR="$CLUSTER_DIR/data-$server"
    mkdir -p "$MISSIONHUB_DATA_DIR"
    export MISSIONHUB_DB_URL="jdbc:postgresql://127.0.0.1:5432/$CLUSTER_DATABASE"
    export MISSIONHUB_DB_DATASOURCE=org.postgresql.ds.PGSimpleDataSource
    export MISSIONHUB_SESSION_STORE=database
    export MISSIONHUB_PROFILE=development MISSIONHUB_DEMO_DATA_ENABLED=true
    export MISSIONHUB_KEYCLOAK_URL="http://localhost:$CLUSTER_KEYCLOAK_PORT"
    export MISSIONHUB_KEYCLOAK_PROVISIONER_CLIENT_SECRET="missionhub-provisioner-dev-secret"
    export MISSIONHUB_UI_CLIENT_SECRET="missionhub-ui-dev-secret"
    export MISSIONHUB_PUBLIC_URL="http://localhost:$BALANCER_PORT"
    "$WLP/bin/server" start "$server" >/dev/null
  )
  wait_for_url "http://localhost:$port/health/ready" 300 "MissionHub server $server"
}

# cluster_balancer: HAProxy from Debian's package, in the foreground of a background job, with our config
cluster_balancer() {
  command -v haproxy >/dev/null || die "HAProxy is needed: apt-get install haproxy"
  mkdir -p "$CLUSTER_DIR"
  sed -e "s/@BALANCER_PORT@/$BALANCER_PORT/" \
      -e "s/@PORT_A@/${CLUSTER_PORTS[missionhub-a]}/" -e "s/@PORT_B@/${CLUSTER_PORTS[missionhub-b]}/" \
      "$MISSIONHUB_ROOT/infra/cluster/haproxy.cfg" > "$CLUSTER_DIR/haproxy.cfg"
  haproxy -c -q -f "$CLUSTER_DIR/haproxy.cfg" || die "HAProxy refused $CLUSTER_DIR/haproxy.cfg"
  haproxy -f "$CLUSTER_DIR/haproxy.cfg" -p "$CLUSTER_DIR/haproxy.pid" -D
  wait_for_url "http://localhost:$BALANCER_PORT/health/ready" 60 "The balancer"
}

# keycloak_admin METHOD PATH [BODY]: the cluster Keycloak's admin API for realm missionhub (development admin)
keycloak_admin() {
  local admin
  admin=$(curl -fsS "http://localhost:$CLUSTER_KEYCLOAK_PORT/realms/master/protocol/openid-connect/token" \
    -d grant_type=password -d client_id=admin-cli -d username=admin -d password=admin | jq -r .access_token)
  curl -fsS -X "$1" "http://localhost:$CLUSTER_KEYCLOAK_PORT/admin/realms/missionhub$2" \
    -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' ${3:+-d "$3"}
}

# cluster_backchannel_logout_to URL: where Keycloak posts its back-channel logouts (the UI client's setting;
# the development realm names the run command's server)
cluster_backchannel_logout_to() {
  local client
  client=$(keycloak_admin GET "/clients?clientId=missionhub-ui" | jq -c '.[0]')
  keycloak_admin PUT "/clients/$(jq -r .id <<<"$client")" \
    "$(jq -c --arg url "$1" '.attributes["backchannel.logout.url"] = $url' <<<"$client")" >/dev/null
}

# cluster_start: Keycloak (logouts to the balancer), the database, server A (it migrates and loads the demo
# data), server B, HAProxy
cluster_start() {
  mkdir -p "$CLUSTER_DIR"
  bash "$MISSIONHUB_ROOT/infra/keycloak/keycloak.sh" start cluster "$CLUSTER_KEYCLOAK_PORT"
  cluster_backchannel_logout_to "http://localhost:$BALANCER_PORT/oidc-backchannel-logout"
  cluster_database
  local server
  for server in "${CLUSTER_SERVERS[@]}"; do
    log "Starting $server on port ${CLUSTER_PORTS[$server]}"
    cluster_start_server "$server"
  done
  cluster_balancer
}

# cluster_stop [KEEP_DATABASE]: stops everything cluster_start started; drops the database unless told not to
cluster_stop() {
  local server
  [[ -f "$CLUSTER_DIR/haproxy.pid" ]] && kill "$(cat "$CLUSTER_DIR/haproxy.pid")" 2>/dev/null || true
  rm -f "$CLUSTER_DIR/haproxy.pid"
  for server in "${CLUSTER_SERVERS[@]}"; do
    "$WLP/bin/server" stop "$server" >/dev/null 2>&1 || true
  done
  bash "$MISSIONHUB_ROOT/infra/keycloak/keycloak.sh" stop cluster >/dev/null 2>&1 || true
  if [[ "${1:-false}" != true ]]; then
    psql -h "${PGHOST:-127.0.0.1}" -p "${PGPORT:-5432}" -U "${PGUSER:-postgres}" -q -d postgres \
      -c "drop database if exists $CLUSTER_DATABASE with (force)" >/dev/null 2>&1 || true
  fi
}
