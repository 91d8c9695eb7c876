#!/usr/bin/env bash
# Fetches, starts and stops a local SMTP server (GreenMail standalone) that accepts mail for every address
# and keeps it in memory, for the README run command and the test suite. Production uses a real mail server
# (docs/operations.md); nothing in MissionHub knows the difference.
#
#   greenmail.sh start <instance> <smtp-port> <api-port>   start (idempotent) and wait until ready
#   greenmail.sh restart <instance> <smtp-port> <api-port> start afresh, with empty inboxes (the tests)
#   greenmail.sh stop <instance>                            stop it (idempotent)
#
# Read what arrived for an address: GET http://localhost:<api-port>/api/user/<address>/messages/ (JSON, each
# message's raw MIME text under "mimeMessage"); purge: POST /api/mail/purge. On loopback only.
# The jar comes from Maven Central (com.icegreen:greenmail-standalone), cached in ~/.m2.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"

command="${1:-}"
instance="${2:-}"
[[ -n "$command" && -n "$instance" ]] || die "usage: greenmail.sh start|stop <instance> [smtp-port api-port]"
home="$MISSIONHUB_CACHE_DIR/greenmail/$instance"
pidfile="$home/greenmail.pid"
jar="$HOME/.m2/repository/com/icegreen/greenmail-standalone/$GREENMAIL_VERSION/greenmail-standalone-$GREENMAIL_VERSION.jar"

running() { [[ -f "$pidfile" ]] && kill -0 "$(cat "$pidfile")" 2>/dev/null; }

start() {
  local smtp="${1:?smtp port}" api="${2:?api port}"
  if running; then
    log "Mail server ($instance) already runs: SMTP on port $smtp"
    return
  fi
  if [[ ! -f "$jar" ]]; then
    log "Fetching GreenMail $GREENMAIL_VERSION from Maven Central (once, about 10 MB)"
    mvnw dependency:get -Dartifact="com.icegreen:greenmail-standalone:$GREENMAIL_VERSION" -Dtransitive=false
  fi
  mkdir -p "$home"
  log "Starting the mail server ($instance): SMTP on 127.0.0.1:$smtp, inboxes on http://localhost:$api/api/user"
  setsid java -Xmx128m \
    -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port="$smtp" \
    -Dgreenmail.auth.disabled -Dgreenmail.hostname=127.0.0.1 -Dgreenmail.api.port="$api" \
    -jar "$jar" >"$home/greenmail.log" 2>&1 < /dev/null &
  echo $! >"$pidfile"
  wait_for_url "http://127.0.0.1:$api/api/service/readiness" 60 "Mail server ($instance)"
}

stop() {
  if running; then
    local pid
    pid="$(cat "$pidfile")"
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 15); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 1
    done
    kill -KILL "$pid" 2>/dev/null || true
    log "Mail server ($instance) stopped"
  fi
  rm -f "$pidfile"
}

case "$command" in
  start) start "${3:-3025}" "${4:-8025}" ;;
  restart) stop && start "${3:-3025}" "${4:-8025}" ;;
  stop) stop ;;
  status) if running; then echo "running (pid $(cat "$pidfile"))"; else echo "stopped"; fi ;;
  *) die "unknown command $command" ;;
esac
