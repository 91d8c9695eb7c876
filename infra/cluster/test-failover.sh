#!/usr/bin/env bash
# Losing a server of a cluster (issue "scale-out"; docs/operations.md, "Several servers"): two MissionHub
# servers behind HAProxy on one PostgreSQL database, with HTTP sessions kept in it. A person signs in through
# Keycloak in headless Chromium and works in their workspace; API writers write through the balancer; the
# server holding the person's session is killed (SIGKILL). Then:
#   - the person's next click (Vaadin navigation within the open page) is served by the other server, in
#     the same HTTP session, signed in: no Keycloak page. The page's components stayed in the lost server's
#     memory, so that click loads the page again (the UI state is not carried over; docs/operations.md), and
#     the click after it opens the mission;
#   - every write acknowledged with 2xx, before and after the loss, is in the database;
#   - the lost server back, a partner comments on the open mission through it: the person's page, on the other
#     server, announces the change within seconds (live_change);
#   - Keycloak's back-channel logout is then sent to the restarted server alone; the person is signed out of
#     everything in Keycloak: the other server, which holds the session, ends it within seconds (the logout
#     reaches it through the database), and the next page asks for the password.
# Fails otherwise. Screenshots before and after in $CLUSTER_DIR.
#
#   bash infra/cluster/test-failover.sh [--offline] [--no-build] [--keep]
#
# About 7 minutes. Needs haproxy, chromium and chromium-driver from Debian, and PostgreSQL.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
source "$MISSIONHUB_ROOT/infra/cluster/cluster-lib.sh"
source "$MISSIONHUB_ROOT/infra/cluster/webdriver.sh"
cd "$MISSIONHUB_ROOT"

maven_args=()
build=true
keep=false
while (($#)); do
  case "$1" in
    --offline) maven_args+=(-o) ;;
    --no-build) build=false ;;
    --keep) keep=true ;;
    *) die "unknown option $1 (see the comment at the top of $0)" ;;
  esac
  shift
done
command -v jq >/dev/null || die "jq is needed: apt-get install jq"
BASE="http://localhost:$BALANCER_PORT"
API="$BASE/api/v1"
ORG=ministry-social-affairs
WRITES="$CLUSTER_DIR/writes"

finish() {
  local status=$?
  if ((status != 0)) && [[ -n "$WD_SESSION" ]]; then
    wd_console > "$CLUSTER_DIR/browser-console.log"
    log "The browser's console: $CLUSTER_DIR/browser-console.log; the servers' logs: $WLP/usr/servers/missionhub-{a,b}/logs"
  fi
  wd_quit
  [[ -n "${writer_pid:-}" ]] && kill "$writer_pid" 2>/dev/null || true
  $keep || cluster_stop
  exit "$status"
}
trap finish EXIT

if $build; then
  log "Building MissionHub"
  mvnw "${maven_args[@]}" install -DskipTests -DskipITs
fi
cluster_create "${maven_args[@]}"
# one person writes as fast as the servers answer: the limits that protect a real server would count it
export MISSIONHUB_RATE_LIMIT_ADDRESS_PER_MINUTE=100000000 MISSIONHUB_RATE_LIMIT_PERSON_PER_MINUTE=100000000
cluster_start

token() { demo_token "$CLUSTER_KEYCLOAK_PORT" "$@"; }

risk() { jq -nc --arg t "$1" '{title: $t, category: "SILOS", likelihood: 3, impact: 4, mitigation: "Joint steering group"}'; }

# writer SECONDS: creates risks on one mission through the balancer, one after the other; every acknowledged
# risk goes to $WRITES (its address and title), every refused or unanswered try to $WRITES.failed
writer() {
  local until=$(($(date +%s) + $1)) n=0 access answer status location
  access=$(token anna)
  : > "$WRITES"
  : > "$WRITES.failed"
  while (($(date +%s) < until)); do
    n=$((n + 1))
    answer=$(curl -sS -o /dev/null -w '%{http_code} %header{location}' --max-time 10 -X POST \
      "$API/orgs/$ORG/missions/$MISSION/risks" -H "Authorization: Bearer $access" \
      -H 'Content-Type: application/json' -d "$(risk "Failover risk $n")" 2>/dev/null) || answer=000
    read -r status location <<<"$answer"
    if [[ "$status" == 2* ]]; then echo "$location Failover risk $n" >> "$WRITES"; else echo "$n $status" >> "$WRITES.failed"; fi
  done
}

log "Signing in as anna through the balancer, in headless Chromium"
wd_start
wd_open "$BASE/sign-in"
wd_type "$(wd_wait '#username')" anna
wd_click "$(wd_wait '#kc-login')"
wd_type "$(wd_wait '#password')" missionhub
wd_click "$(wd_wait '#kc-login')"
wd_wait '#workspace-title' 60 >/dev/null || { wd_screenshot "$CLUSTER_DIR/sign-in.png"; die "The workspace did not open after signing in ($(wd_url))"; }
wd_wait '#missions a' 30 >/dev/null || die "The workspace shows no missions"
before=$(wd_cookie MISSIONHUB_SERVER)
[[ "$before" == a || "$before" == b ]] || die "The balancer set no server cookie (got '$before')"
holder=$(server_of_cookie "$before")
wd_screenshot "$CLUSTER_DIR/before.png"
log "The session lives on $holder"

MISSION=$(curl -fsS "$API/orgs/$ORG/missions" -H "Authorization: Bearer $(token anna)" | jq -r '.items[0].id')
[[ -n "$MISSION" && "$MISSION" != null ]] || die "The demo organisation has no mission"
writer 25 &
writer_pid=$!
sleep 8

log "Killing $holder (SIGKILL) while the writer writes"
kill -9 "$(cluster_server_pid "$holder")"

# the next click: a mission of the workspace's list, a navigation within the open page (a Vaadin request). The
# other server has the HTTP session (the sign-in) but not the page's components, which stay in the memory of
# the server that built them (ServerLocalVaadinSessions): it answers "session expired" and Vaadin's client
# loads the page again, there, signed in. The click after that opens the mission.
# Liberty's session cookie: a four-digit cache version, the session id, then ":" and the server's clone id
session_id() { wd_cookie JSESSIONID | cut -d: -f1 | cut -c5-; }
session_before=$(session_id)
wd_call POST "/session/$WD_SESSION/execute/sync" '{"script": "window.missionhubPage = 1", "args": []}' >/dev/null
wd_click "$(wd_wait '#missions a')"
for ((i = 0; i < 120; i++)); do
  [[ "$(wd_call POST "/session/$WD_SESSION/execute/sync" '{"script": "return window.missionhubPage || 0", "args": []}')" == 0 ]] && break
  sleep 0.5
done
wd_wait '#workspace-title' 60 >/dev/null || { wd_screenshot "$CLUSTER_DIR/after.png"; die "After losing $holder the workspace did not load again ($(wd_url))"; }
[[ "$(wd_url)" == "$BASE/"* ]] || die "The browser left MissionHub for $(wd_url)"
link=$(wd_wait '#missions a') || die "The workspace shows no missions after the failover"
title=$(wd_text "$link")
wd_click "$link"
if ! heading=$(wd_wait '#mission-title' 60); then
  wd_screenshot "$CLUSTER_DIR/after.png"
  die "After losing $holder the click did not open the mission (page: $(wd_url)); screenshot $CLUSTER_DIR/after.png"
fi
wd_screenshot "$CLUSTER_DIR/after.png"
[[ "$(wd_text "$heading")" == "$title" ]] || die "The mission page shows '$(wd_text "$heading")', not '$title'"
[[ "$(wd_url)" == "$BASE/missions/"* ]] || die "The browser is at $(wd_url), not on the mission's page"
after=$(wd_cookie MISSIONHUB_SERVER)
[[ -n "$after" && "$after" != "$before" ]] || die "The pages were not served by the other server (cookie '$after')"
[[ "$(wd_text "$(wd_wait '#sign-out')")" == "Sign out" ]] || die "The mission page shows no signed-in person"
# the same HTTP session: the sign-in came with it from the database, Keycloak was not asked again
[[ -n "$session_before" && "$(session_id)" == "$session_before" ]] || die "The other server started a new session ($session_before, now $(session_id)): a new sign-in"
log "$(server_of_cookie "$after") took over the session: the page loaded again there, signed in, and the next click opened '$title'"

wait "$writer_pid" || true
writer_pid=""
acknowledged=$(wc -l < "$WRITES")
failed=$(wc -l < "$WRITES.failed")
access=$(token anna)
lost=0
while read -r location risk; do
  title=$(curl -sS --max-time 10 "$location" -H "Authorization: Bearer $access" | jq -r '.title // empty')
  [[ "$title" == "$risk" ]] || { log "Lost: $risk ($location)"; lost=$((lost + 1)); }
done < "$WRITES"
log "Writes through the balancer: $acknowledged acknowledged, $lost of them lost; $failed not acknowledged"
((acknowledged > 0)) || die "No write was acknowledged"
((lost == 0)) || die "$lost acknowledged writes are missing"

log "Starting $holder again"
cluster_start_server "$holder"

# a change made through one server reaches a page open on the other (live_change): anna's mission page, on the
# server that took over, announces camille's comment posted through the restarted one
log "Camille comments on the mission through $holder; anna's page on the other server must announce it"
camille=$(token camille)
port=${CLUSTER_PORTS[$holder]}
partner=$(curl -fsS "http://localhost:$port/api/v1/me" -H "Authorization: Bearer $camille" | jq -r '.organisations[0].slug')
open_mission=$(wd_url | sed -E 's#.*/missions/([^/?#]+).*#\1#')
status=$(curl -sS -o /dev/null -w '%{http_code}' -X POST "http://localhost:$port/api/v1/orgs/$partner/missions/$open_mission/comments" \
  -H "Authorization: Bearer $camille" -H 'Content-Type: application/json' -d '{"body": "Posted through the other server"}')
[[ "$status" == 201 ]] || die "Camille's comment through $holder was answered $status"
announced=""
for ((i = 0; i < 30; i++)); do
  announced=$(wd_call POST "/session/$WD_SESSION/execute/sync" \
    '{"script": "return Array.from(document.querySelectorAll(\"vaadin-notification-card\")).map(c => c.innerText).join(\" | \")", "args": []}' | jq -r .)
  [[ "$announced" == *"changed this mission"* ]] && break
  sleep 0.5
done
wd_screenshot "$CLUSTER_DIR/live.png"
[[ "$announced" == *"changed this mission"* ]] || die "anna's page did not announce the change made through $holder; screenshot $CLUSTER_DIR/live.png"
log "anna's page announced it: $announced"

log "Keycloak's back-channel logouts now go to $holder alone; anna is signed out of everything in Keycloak"
cluster_backchannel_logout_to "http://localhost:${CLUSTER_PORTS[$holder]}/oidc-backchannel-logout"
anna=$(keycloak_admin GET "/users?username=anna&exact=true" | jq -r '.[0].id')
keycloak_admin POST "/users/$anna/logout" >/dev/null
sleep 3
wd_open "$BASE/workspace"
if ! wd_wait '#username' 30 >/dev/null; then
  wd_screenshot "$CLUSTER_DIR/signed-out.png"
  die "Keycloak ended anna's sign-in, $holder heard it, but the session on the other server goes on ($(wd_url)); screenshot $CLUSTER_DIR/signed-out.png"
fi
cluster_backchannel_logout_to "http://localhost:$BALANCER_PORT/oidc-backchannel-logout"
log "The logout $holder heard ended the session the other server held: the next page asks for the password"
log "Failover passed: screenshots $CLUSTER_DIR/before.png and $CLUSTER_DIR/after.png"
