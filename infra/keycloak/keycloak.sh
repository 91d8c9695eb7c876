#!/usr/bin/env bash
# Fetches, starts, waits for and stops a real Keycloak for MissionHub, headless on loopback.
#
#   keycloak.sh start <instance> <http-port> [--clean]   start (idempotent) and wait until ready
#   keycloak.sh stop <instance>                          stop it (idempotent)
#   keycloak.sh status <instance>
#   keycloak.sh freeze|thaw <instance>                   suspend it (it accepts connections and answers
#                                                        nothing, the hardest outage) and let it go on
#
# Each instance (for example "run" for the README run command, "test" for the test suite) lives in
# $MISSIONHUB_CACHE_DIR/keycloak/<version>/<instance> with its own data; --clean wipes the data, so the
# realm (infra/keycloak/realm/missionhub-realm.json, the development realm with demo users) is imported
# afresh. The distribution comes from Maven Central (org.keycloak:keycloak-quarkus-dist), cached in ~/.m2.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"

command="${1:-}"
instance="${2:-}"
[[ -n "$command" && -n "$instance" ]] || die "usage: keycloak.sh start|stop|status <instance> [http-port] [--clean]"
home="$MISSIONHUB_CACHE_DIR/keycloak/$KEYCLOAK_VERSION/$instance"
pidfile="$home/keycloak.pid"

running() { [[ -f "$pidfile" ]] && kill -0 "$(cat "$pidfile")" 2>/dev/null; }

ensure_distribution() {
  [[ -x "$home/bin/kc.sh" ]] && return
  local zip="$HOME/.m2/repository/org/keycloak/keycloak-quarkus-dist/$KEYCLOAK_VERSION/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip"
  if [[ ! -f "$zip" ]]; then
    log "Fetching Keycloak $KEYCLOAK_VERSION from Maven Central (once, about 180 MB)"
    mvnw dependency:get -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" -Dtransitive=false
  fi
  local unpack="$home.unpack"
  rm -rf "$unpack" && mkdir -p "$unpack"
  unzip -q "$zip" -d "$unpack"
  rm -rf "$home" && mv "$unpack/keycloak-$KEYCLOAK_VERSION" "$home" && rmdir "$unpack"
}

start() {
  local port="${1:?http port}" clean="${2:-}"
  local management=$((port + 1))
  if running; then
    [[ "$clean" == "--clean" ]] || { log "Keycloak ($instance) already runs on port $port"; return; }
    stop
  fi
  ensure_distribution
  if [[ "$clean" == "--clean" ]]; then
    rm -rf "$home/data"
  fi
  mkdir -p "$home/data/import"
  cp "$MISSIONHUB_ROOT/infra/keycloak/realm/missionhub-realm.json" "$home/data/import/"
  # the production realm's password denylist (the development realm has no password policy)
  bash "$MISSIONHUB_ROOT/infra/keycloak/fetch-password-denylist.sh" "$home/data/password-blacklists"
  log "Starting Keycloak ($instance) on http://localhost:$port (the first start takes about a minute)"
  # setsid: kc.sh keeps java as a child; stopping the process group stops both
  JAVA_HOME="$(keycloak_java_home)" \
  KC_BOOTSTRAP_ADMIN_USERNAME="${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}" \
  KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}" \
    setsid "$home/bin/kc.sh" start-dev \
      --http-host=127.0.0.1 --http-port="$port" --http-management-port="$management" \
      --hostname="http://localhost:$port" --health-enabled=true --import-realm \
      >"$home/keycloak.log" 2>&1 < /dev/null &
  echo $! >"$pidfile"
  wait_for_url "http://127.0.0.1:$management/health/ready" 240 "Keycloak ($instance)"
  wait_for_url "http://127.0.0.1:$port/realms/missionhub/.well-known/openid-configuration" 60 "Keycloak realm missionhub"
  log "Keycloak ($instance) is ready"
}

stop() {
  if running; then
    local pid
    pid="$(cat "$pidfile")"
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 30); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 1
    done
    kill -KILL -- "-$pid" 2>/dev/null || true
    log "Keycloak ($instance) stopped"
  fi
  rm -f "$pidfile"
}

# SIGSTOP/SIGCONT to the whole process group (kc.sh and its java)
signal_group() {
  running || die "Keycloak ($instance) is not running"
  kill "-$1" -- "-$(cat "$pidfile")"
}

case "$command" in
  start) start "${3:-8180}" "${4:-}" ;;
  stop) stop ;;
  freeze) signal_group STOP && log "Keycloak ($instance) frozen" ;;
  thaw) signal_group CONT && log "Keycloak ($instance) goes on" ;;
  status) if running; then echo "running (pid $(cat "$pidfile"))"; else echo "stopped"; fi ;;
  *) die "unknown command $command" ;;
esac
