#!/usr/bin/env bash
# The API benchmark (docs/performance.md, "The API against the server's floor"): wrk on loopback against a real
# server (Open Liberty + Keycloak + demo data), first on H2, then on PostgreSQL. Each endpoint runs alone for the
# same time with the same connections; every line is compared with the floor, GET /api/v1 (no token, no
# database): its throughput and p50 / p99 as ratios to the floor's.
#
#   bash infra/bench-api.sh [--offline] [--no-build] [--database h2|postgresql|both] [--keep-database]
#                           [--duration 20s] [--connections 50] [--threads 2] [--warmup 15s]
#
# Measured: GET /api/v1 (the floor), GET /api/v1/me, the mission list, one mission, writes (a risk created,
# then updated with If-Match, in turn) and missions created (with their plugin events); then the start-up time
# of the same server on its data, from launch to
# /health/ready. Needs wrk (Debian: apt-get install wrk) and PostgreSQL for the second run.
# About 10 minutes; ports 8380 (Keycloak "bench") and 9480 (Liberty server missionhub-bench). Nothing else should
# run meanwhile: wrk and the server share the machine, as a client on the same host would.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$MISSIONHUB_ROOT"

BENCH_DIR="${MISSIONHUB_BENCH_DIR:-/tmp/missionhub-bench}/api"
KEYCLOAK_PORT=8380
HTTP_PORT=9480
SERVER=missionhub-bench
databases=(h2 postgresql)
duration=20s
warmup=15s
connections=50
threads=2
build=true
keep_database=false
maven_args=()
while (($#)); do
  case "$1" in
    --offline) maven_args+=(-o) ;;
    --no-build) build=false ;;
    --keep-database) keep_database=true ;;
    --database) [[ "$2" == both ]] && databases=(h2 postgresql) || databases=("$2"); shift ;;
    --duration) duration="$2"; shift ;;
    --warmup) warmup="$2"; shift ;;
    --connections) connections="$2"; shift ;;
    --threads) threads="$2"; shift ;;
    *) die "unknown option $1 (see the comment at the top of $0)" ;;
  esac
  shift
done
command -v wrk >/dev/null || die "wrk is needed: apt-get install wrk"
mkdir -p "$BENCH_DIR"
export BENCH_LUA_DIR="$MISSIONHUB_ROOT/infra/bench"
API="http://localhost:$HTTP_PORT/api/v1"
ORG=ministry-social-affairs

SERVER_DATABASE=missionhub_bench_api
source "$MISSIONHUB_ROOT/infra/bench/server.sh"
trap 'server_cleanup "$keep_database"' EXIT

if $build; then
  log "Building MissionHub"
  mvnw "${maven_args[@]}" install -DskipTests -DskipITs
fi
start_keycloak

# run NAME PATH [SCRIPT]: a warm-up, then the measured run; prints "NAME rps p50 p99 errors requests"
run() {
  local name="$1" path="$2" script="${3:-$BENCH_LUA_DIR/report.lua}" line
  BENCH_TOKEN="$(token)" wrk -t"$threads" -c"$connections" -d"$warmup" -s "$script" "http://localhost:$HTTP_PORT$path" >/dev/null
  line="$(BENCH_TOKEN="$(token)" wrk -t"$threads" -c"$connections" -d"$duration" -s "$script" "http://localhost:$HTTP_PORT$path" | grep '^BENCH ')"
  echo "$name ${line#BENCH }"
}

for database in "${databases[@]}"; do
  start_server "$database" "${maven_args[@]}"
  export BENCH_TOKEN=""
  missions="$(curl -fsS -H "Authorization: Bearer $(token)" "$API/orgs/$ORG/missions")"
  mission="$(sed -E 's/.*"id":"([^"]+)".*/\1/' <<<"${missions%%\}*}")"
  [[ -n "$mission" ]] || die "the demo data has no mission for $ORG"
  export BENCH_RISKS_PATH="/api/v1/orgs/$ORG/missions/$mission/risks"
  export BENCH_MISSIONS_PATH="/api/v1/orgs/$ORG/missions"
  results="$BENCH_DIR/results-$database.txt"
  log "Measuring on $database (wrk -t$threads -c$connections -d$duration after ${warmup} of warm-up; load before: $(cut -d' ' -f1-3 /proc/loadavg))"
  {
    BENCH_TOKEN= run floor /api/v1
    run me /api/v1/me
    run missions "/api/v1/orgs/$ORG/missions"
    run mission "/api/v1/orgs/$ORG/missions/$mission"
    run risk-writes "$BENCH_RISKS_PATH" "$BENCH_LUA_DIR/risk-writes.lua"
    # last: it adds thousands of missions, which the lines above would then list
    run mission-creates "$BENCH_MISSIONS_PATH" "$BENCH_LUA_DIR/mission-creates.lua"
  } >"$results"
  # start-up: the same server started again on its data (migrations applied, demo data loaded), from the
  # launch of the server script to the first 200 of /health/ready
  stop_server
  startup_ms=$(restart_server)
  stop_server
  echo
  echo "== $database: $(date -u +%FT%TZ), $(nproc) cores, wrk -t$threads -c$connections -d$duration"
  echo "start-up to /health/ready (migrations applied): $((startup_ms / 1000)).$(( (startup_ms % 1000) / 100 )) s"
  awk 'NR == 1 { frps = $2; fp50 = $3; fp99 = $4 }
       { printf "%-12s %9.1f req/s  p50 %8.2f ms  p99 %8.2f ms  errors %-6d  floor/this: throughput %6.2fx  p50 %6.2fx  p99 %6.2fx\n",
           $1, $2, $3, $4, $5, frps / $2, $3 / fp50, $4 / fp99 }' "$results"
done
