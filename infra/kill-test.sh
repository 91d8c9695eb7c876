#!/usr/bin/env bash
# kill -9 under load (docs/performance.md, "Killed mid-write"): writers create missions, risks (then revise them
# with If-Match) and decisions through the API of a real server (Open Liberty + Keycloak + demo data) and
# note every write answered 2xx; the server's JVM is killed with SIGKILL mid-run and started again with the
# server script, as a service manager would, while the writers go on. Then every acknowledged write is read
# back, and every mission the run created, acknowledged or not, is checked whole: its leader role and the four
# starting risks written in the same transaction. Fails when one acknowledged write is missing or one mission
# is half-written. Webhooks too: an endpoint of the organisation (a receiver on loopback) takes the
# mission.created and decision.proposed events; after the run it must have received every acknowledged
# mission's and decision's event, none under two message ids (a delivery the killed server had claimed is sent
# again under its own id once the claim runs out, which a receiver drops as a repeat). And survey answers: a
# benchmark campaign (opened by ines, the benchmark analyst) is answered and submitted for each new mission;
# every acknowledged submission must read back submitted, and the campaign's kept counts must equal a recount
# of its answers (the repair command finds nothing to correct: no half-written aggregate). First on H2, then on
# PostgreSQL.
#
#   bash infra/kill-test.sh [--offline] [--no-build] [--database h2|postgresql|both] [--keep-database]
#                           [--writers 4] [--kill-after 20] [--after-restart 15]
#
# About 6 minutes per database; ports 8380 (Keycloak "bench"), 9480 (Liberty server missionhub-bench) and 9490
# (the webhook receiver).
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

RECEIVER_PORT=9490
source "$MISSIONHUB_ROOT/infra/bench/server.sh"
receiver_pid=""
trap '[[ -n "$receiver_pid" ]] && kill "$receiver_pid" 2>/dev/null; server_cleanup "$keep_database"' EXIT

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
# a complete answer to the needs-assessment template (the demo's published copy), varied by the writer's loop
answers() {
  local roles=(leader coordinator initiator implementer participant) phases=(getting_started middle end)
  jq -nc --arg role "${roles[$(($1 % 5))]}" --arg phase "${phases[$(($1 % 3))]}" '{answers: {involved: ["yes"], role: [$role],
    country: ["DK"], organisation_type: ["national_government"], setting: ["top_down"], phase: [$phase],
    challenge_field: ["health_wellbeing"], "characteristics.clear_target": ["2"], funding_sources: ["national_state"],
    risks: ["silos"]}}'
}

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
    # the benchmark campaign answered for the mission: saved, then submitted with the draft's ETag
    read -r status etag answer <<<"$(send PUT "$mission/survey/campaigns/$CAMPAIGN/response" "$(answers "$i")")"
    echo "$status" >>"$attempts"
    if [[ "$status" == 200 ]]; then
      read -r status answer etag <<<"$(send POST "$mission/survey/campaigns/$CAMPAIGN/response/submit" "" "$etag")"
      echo "$status" >>"$attempts"
      [[ "$status" == 200 ]] && echo "${mission#http://localhost:$HTTP_PORT}" >>"$BENCH_DIR/submitted-$n"
    fi
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

# a benchmark campaign of the demo's published questionnaire, open to every organisation, run by ines; prints its id
open_campaign() {
  local now closes
  now="$(date -u -d '-1 minute' +%FT%TZ)"
  closes="$(date -u -d '+1 day' +%FT%TZ)"
  curl -fsS --max-time 15 -H "Authorization: Bearer $ANALYST_TOKEN" -H 'Content-Type: application/json' \
    --data-binary "$(jq -nc --arg o "$now" --arg c "$closes" '{title: "Kill test campaign", instrument: {code: "needs_assessment_demo", version: 1},
      audience: {organisationTypes: []}, unit: "MISSION", anonymous: false, editableAfterSubmit: false, minimumCellSize: 3, opensAt: $o, closesAt: $c}')" \
    "$API/platform/survey/campaigns" | jq -r .id
}

# every acknowledged submission reads back submitted, and a recount corrects nothing; prints "submitted missing corrected"
verify_survey() {
  local path missing=0 submitted status corrected
  submitted="$(cat "$BENCH_DIR"/submitted-* 2>/dev/null | grep -c . || true)"
  while read -r path; do
    [[ -n "$path" ]] || continue
    status="$(curl -fsS --max-time 15 -H "Authorization: Bearer $TOKEN" "http://localhost:$HTTP_PORT$path/survey/campaigns/$CAMPAIGN/response" | jq -r .status)"
    if [[ "$status" != SUBMITTED ]]; then
      missing=$((missing + 1))
      log "LOST SUBMISSION: $path (${status:-nothing})"
    fi
  done < <(cat "$BENCH_DIR"/submitted-* 2>/dev/null || true)
  corrected="$(curl -fsS --max-time 120 -X POST -H "Authorization: Bearer $ANALYST_TOKEN" "$API/platform/survey/campaigns/$CAMPAIGN/recount" | jq -r .corrected)"
  echo "$submitted $missing ${corrected:-unknown}"
}

# the organisation's webhook endpoint: the receiver on loopback (allowed in the development profile)
register_webhook() {
  local status
  status="$(curl -sS -o /dev/null -w '%{http_code}' --max-time 15 -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    --data-binary "{\"url\": \"http://127.0.0.1:$RECEIVER_PORT/hook\", \"description\": \"kill test\", \"eventTypes\": [\"mission.created\", \"decision.proposed\"]}" \
    "$API/orgs/$ORG/webhooks")"
  [[ "$status" == 201 ]] || die "the webhook endpoint was not registered ($status)"
}

# the events every acknowledged mission and decision must have sent: "mission.created ID" and "decision.proposed ID"
expected_events() {
  cat "$BENCH_DIR"/notes-* | awk -v prefix="$PREFIX" '$1 == "ack" {
    n = split($2, part, "/")
    if (part[n - 1] == "missions" && index($0, prefix " mission ")) print "mission.created " part[n]
    if (part[n - 1] == "decisions") print "decision.proposed " part[n] }' | sort -u
}

# received events as "TYPE ID MESSAGE-ID", one per delivery
received_events() {
  awk -F '\t' '$2 == "mission.created" { print $2 " " $3 " " $1 } $2 == "decision.proposed" { print $2 " " $4 " " $1 }' "$BENCH_DIR/webhooks.log" 2>/dev/null || true
}

# waits (up to 3 minutes: a claim of the killed server runs out after two) until every expected event arrived;
# prints "expected received missing sent-under-two-ids repeated-deliveries"
verify_webhooks() {
  local expected missing waited=0
  expected="$(expected_events)"
  while true; do
    missing="$(comm -23 <(echo "$expected") <(received_events | cut -d' ' -f1,2 | sort -u) | grep -c . || true)"
    ((missing == 0 || waited >= 180)) && break
    sleep 5
    waited=$((waited + 5))
  done
  local twice repeated received
  received="$(received_events | cut -d' ' -f1,2 | sort -u | grep -c . || true)"
  twice="$(received_events | sort -u | cut -d' ' -f1,2 | uniq -d | grep -c . || true)"
  repeated="$(received_events | cut -d' ' -f3 | sort | uniq -d | grep -c . || true)"
  comm -23 <(echo "$expected") <(received_events | cut -d' ' -f1,2 | sort -u) | head -5 | while read -r line; do log "NOT DELIVERED: $line"; done
  echo "$(grep -c . <<<"$expected" || true) $received $missing $twice $repeated"
}

failed=false
for database in "${databases[@]}"; do
  start_server "$database" "${maven_args[@]}"
  TOKEN="$(token)"
  ANALYST_TOKEN="$(demo_token "$KEYCLOAK_PORT" ines)"
  CAMPAIGN="$(open_campaign)"
  [[ -n "$CAMPAIGN" && "$CAMPAIGN" != null ]] || die "the benchmark campaign was not opened"
  rm -f "$BENCH_DIR"/notes-* "$BENCH_DIR"/attempts-* "$BENCH_DIR"/submitted-* "$BENCH_DIR/stop" "$BENCH_DIR/webhooks.log"
  python3 "$MISSIONHUB_ROOT/infra/bench/webhook-receiver.py" "$RECEIVER_PORT" "$BENCH_DIR/webhooks.log" &
  receiver_pid=$!
  register_webhook
  log "Writing with $writers writers; SIGKILL after ${kill_after} s"
  writer_pids=()
  for ((w = 1; w <= writers; w++)); do
    writer "$w" &
    writer_pids+=($!)
  done
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
  wait "${writer_pids[@]}"
  attempted="$(cat "$BENCH_DIR"/attempts-* | wc -l)"
  unanswered="$(cat "$BENCH_DIR"/attempts-* | grep -c '^000' || true)"
  read -r acknowledged lost <<<"$(verify_acknowledged)"
  read -r missions incomplete <<<"$(verify_whole)"
  ANALYST_TOKEN="$(demo_token "$KEYCLOAK_PORT" ines)"
  read -r submissions lost_submissions corrected <<<"$(verify_survey)"
  log "Waiting for the webhook deliveries"
  read -r events delivered undelivered twice repeated <<<"$(verify_webhooks)"
  stop_server
  kill "$receiver_pid" 2>/dev/null || true
  receiver_pid=""
  line="$database: $(date -u +%FT%TZ), $writers writers, SIGKILL after ${kill_after} s: $attempted writes sent ($unanswered unanswered: server down or killed with them), $acknowledged acknowledged, $lost lost; $missions missions of the run checked whole, $incomplete half-written; ready again $((restart_ms / 1000)).$(( (restart_ms % 1000) / 100 )) s after the restart; survey: $submissions submissions acknowledged, $lost_submissions lost, $corrected kept counts a recount corrected; webhooks: $events events of acknowledged writes, $undelivered not delivered, $twice sent under two message ids ($delivered events received, $repeated messages delivered more than once)"
  echo "$line" | tee -a "$BENCH_DIR/results.txt"
  ((lost == 0 && incomplete == 0 && undelivered == 0 && twice == 0 && lost_submissions == 0)) && [[ "$corrected" == 0 ]] || failed=true
done
! $failed || die "acknowledged writes or submissions were lost, missions half-written, survey counts wrong, or webhook events not delivered or sent twice (above)"
