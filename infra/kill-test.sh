#!/usr/bin/env bash
# kill -9 under load (docs/performance.md, "Killed mid-write"): writers create missions, risks (then revise them
# with If-Match) and decisions through the API of a real server (Open Liberty + Keycloak + demo data) and
# note every write answered 2xx; the server's JVM is killed with SIGKILL mid-run and started again with the
# server script, as a service manager would, while the writers go on. Then every acknowledged write is read
# back, and every mission the run created, acknowledged or not, is checked whole: its leader role and the four
# starting risks written in the same transaction. Fails when one acknowledged write is missing or one mission
# is half-written. First on H2, then on PostgreSQL.
#
#   bash infra/kill-test.sh [--offline] [--no-build] [--database h2|postgresql|both] [--keep-database]
#                           [--writers 4] [--kill-after 20] [--after-restart 15]
#
# About 4 minutes per database; ports 8380 (Keycloak "bench") and 9480 (Liberty server missionhub-bench).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$MISSIONHUB_ROOT"

BENCH_DIR="${MISSIONHUB_BENCH_DIR:-/tmp/missionhub-bench}/kill"
KEYCLOAK_PORT=8380
HTTP_PORT=9480
SERVER=missionhub-bench
SERVER_DATABASE=missionhub_kill_test
databases=(h2 postgresql)
writers=4
kill_after=20
after_restart=15
build=true
keep_database=false
maven_args=()
while (($#)); do
  case "$1" in
    --offline) maven_args+=(-o) ;;
    --no-build) build=false ;;
    --keep-database) keep_database=true ;;
    --database) [[ "$2" == both ]] && databases=(h2 postgresql) || databases=("$2"); shift ;;
    --writers) writers="$2"; shift ;;
    --kill-after) kill_after="$2"; shift ;;
    --after-restart) after_restart="$2"; shift ;;
    *) die "unknown option $1 (see the comment at the top of $0)" ;;
  esac
  shift
done
command -v jq >/dev/null || die "jq is needed: apt-get install jq"
mkdir -p "$BENCH_DIR"
API="http://localhost:$HTTP_PORT/api/v1"
ORG=ministry-social-affairs
PREFIX="Kill test"

source "$MISSIONHUB_ROOT/infra/bench/server.sh"
trap 'server_cleanup "$keep_database"' EXIT

if $build; then
  log "Building MissionHub"
  mvnw "${maven_args[@]}" install -DskipTests -DskipITs
fi
start_keycloak

# send METHOD URL [BODY [ETAG]]: prints "status location etag" (status 000 when the server did not answer)
send() {
  local method="$1" url="$2" body="${3:-}" etag="${4:-}" args=()
  [[ -n "$body" ]] && args+=(-H 'Content-Type: application/json' --data-binary "$body")
  [[ -n "$etag" ]] && args+=(-H "If-Match: $etag")
  curl -sS -o /dev/null --max-time 15 -X "$method" -H "Authorization: Bearer $TOKEN" "${args[@]}" \
    -w '%{http_code} %header{location} %header{etag}\n' "$url" 2>/dev/null || true
}

charter() {
  jq -nc --arg t "$1" '{title: $t, statement: "Every young person has someone to turn to.", challengeArea: "HEALTH_WELLBEING",
    targetStatement: "Halve poor well-being by 2032", targetMeasurable: true, startDate: "2026-01-01",
    endDate: "2032-12-31", governanceMode: "HYBRID"}'
}
risk() { jq -nc --arg t "$1" '{title: $t, category: "SILOS", likelihood: 3, impact: 4, mitigation: "Joint steering group"}'; }
decision() { jq -nc --arg t "$1" '{title: $t, rationale: "Agreed by the steering group", status: "PROPOSED"}'; }

# writer N: writes until the stop file appears; notes "ack PATH TITLE" for every 2xx and "try PATH TITLE"
# before every update (an update the server applied but could not answer is not a lost write), and each
# attempt's status in attempts-N (000: no answer, the server was down or died with the request)
writer() {
  local n="$1" notes="$BENCH_DIR/notes-$1" attempts="$BENCH_DIR/attempts-$1" i=0 status location etag answer mission
  : >"$notes"
  while [[ ! -e "$BENCH_DIR/stop" ]]; do
    i=$((i + 1))
    read -r status location etag <<<"$(send POST "$API/orgs/$ORG/missions" "$(charter "$PREFIX mission $n-$i")")"
    echo "$status" >>"$attempts"
    if [[ "$status" != 201 ]]; then
      # a server that is down is asked again each second, as a patient client would
      sleep 1
      continue
    fi
    echo "ack ${location#http://localhost:$HTTP_PORT} $PREFIX mission $n-$i" >>"$notes"
    mission="$location"
    read -r status location etag <<<"$(send POST "$mission/risks" "$(risk "$PREFIX risk $n-$i")")"
    echo "$status" >>"$attempts"
    if [[ "$status" == 201 ]]; then
      echo "ack ${location#http://localhost:$HTTP_PORT} $PREFIX risk $n-$i" >>"$notes"
      echo "try ${location#http://localhost:$HTTP_PORT} $PREFIX risk $n-$i revised" >>"$notes"
      read -r status answer etag <<<"$(send PUT "$location" "$(risk "$PREFIX risk $n-$i revised")" "$etag")"
      echo "$status" >>"$attempts"
      [[ "$status" == 200 ]] && echo "ack ${location#http://localhost:$HTTP_PORT} $PREFIX risk $n-$i revised" >>"$notes"
    fi
    read -r status location etag <<<"$(send POST "$mission/decisions" "$(decision "$PREFIX decision $n-$i")")"
    echo "$status" >>"$attempts"
    [[ "$status" == 201 ]] && echo "ack ${location#http://localhost:$HTTP_PORT} $PREFIX decision $n-$i" >>"$notes"
  done
}

# verify: every acknowledged write is there, with its title or one written after it; prints "acknowledged lost"
verify_acknowledged() {
  local acknowledged lost=0 path body title
  acknowledged="$(cat "$BENCH_DIR"/notes-* | grep -c '^ack ' || true)"
  # per address, the titles it may hold: the last acknowledged one and any tried after it
  while IFS=$'\t' read -r path allowed; do
    body="$(curl -fsS --max-time 15 -H "Authorization: Bearer $TOKEN" "http://localhost:$HTTP_PORT$path" 2>/dev/null || true)"
    title="$(jq -r '.title // empty' <<<"$body" 2>/dev/null || true)"
    if [[ -z "$title" ]] || ! grep -qxF -- "$title" <<<"${allowed//$'\x1f'/$'\n'}"; then
      lost=$((lost + 1))
      log "LOST: $path (holds '${title:-nothing}', expected one of: ${allowed//$'\x1f'/ | })"
    fi
  done < <(cat "$BENCH_DIR"/notes-* | awk '
    { kind = $1; path = $2; title = $0; sub(/^[a-z]+ [^ ]+ /, "", title)
      if (!(path in order)) { order[path] = ++count; paths[count] = path }
      if (kind == "ack") { allowed[path] = title } else if (path in allowed) { allowed[path] = allowed[path] "\x1f" title } }
    END { for (i = 1; i <= count; i++) if (paths[i] in allowed) print paths[i] "\t" allowed[paths[i]] }')
  echo "$acknowledged $lost"
}

# every mission of the run, acknowledged or not: its leader and its four starting risks; prints "missions incomplete"
verify_whole() {
  local page=0 pages=1 ids=() id leaders proposed incomplete=0
  while ((page < pages)); do
    local list
    list="$(curl -fsS -G --max-time 30 -H "Authorization: Bearer $TOKEN" "$API/orgs/$ORG/missions" \
      --data-urlencode "q=$PREFIX mission" -d size=100 -d page="$page")"
    pages="$(jq '.totalPages' <<<"$list")"
    mapfile -t -O "${#ids[@]}" ids < <(jq -r --arg p "$PREFIX mission" '.items[] | select(.title | startswith($p)) | .id' <<<"$list")
    page=$((page + 1))
  done
  for id in "${ids[@]}"; do
    leaders="$(curl -fsS --max-time 15 -H "Authorization: Bearer $TOKEN" "$API/orgs/$ORG/missions/$id/roles" |
      jq '[(.items // .)[] | select(.role == "LEADER")] | length')"
    proposed="$(curl -fsS -G --max-time 15 -H "Authorization: Bearer $TOKEN" "$API/orgs/$ORG/missions/$id/risks" -d status=PROPOSED -d size=100 |
      jq '(.items // .) | length')"
    if [[ "$leaders" != 1 || "$proposed" != 4 ]]; then
      incomplete=$((incomplete + 1))
      log "HALF-WRITTEN: mission $id has $leaders leader(s) and $proposed starting risk(s)"
    fi
  done
  echo "${#ids[@]} $incomplete"
}

failed=false
for database in "${databases[@]}"; do
  start_server "$database" "${maven_args[@]}"
  TOKEN="$(token)"
  rm -f "$BENCH_DIR"/notes-* "$BENCH_DIR"/attempts-* "$BENCH_DIR/stop"
  log "Writing with $writers writers; SIGKILL after ${kill_after} s"
  for ((w = 1; w <= writers; w++)); do writer "$w" & done
  sleep "$kill_after"
  pid="$(server_pid)"
  [[ -n "$pid" ]] || die "the server's process is not found"
  kill -9 "$pid"
  log "Killed the server's JVM ($pid) with SIGKILL"
  while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
  restart_ms="$(restart_server)"
  log "Ready again after $restart_ms ms; writing ${after_restart} s more"
  sleep "$after_restart"
  touch "$BENCH_DIR/stop"
  wait
  attempted="$(cat "$BENCH_DIR"/attempts-* | wc -l)"
  unanswered="$(cat "$BENCH_DIR"/attempts-* | grep -c '^000' || true)"
  read -r acknowledged lost <<<"$(verify_acknowledged)"
  read -r missions incomplete <<<"$(verify_whole)"
  stop_server
  line="$database: $(date -u +%FT%TZ), $writers writers, SIGKILL after ${kill_after} s: $attempted writes sent ($unanswered unanswered: server down or killed with them), $acknowledged acknowledged, $lost lost; $missions missions of the run checked whole, $incomplete half-written; ready again $((restart_ms / 1000)).$(( (restart_ms % 1000) / 100 )) s after the restart"
  echo "$line" | tee -a "$BENCH_DIR/results.txt"
  ((lost == 0 && incomplete == 0)) || failed=true
done
! $failed || die "acknowledged writes were lost or missions half-written (above)"
