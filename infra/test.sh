#!/usr/bin/env bash
# The README's test command: every test, unit and integration, on H2 and on PostgreSQL, against a real
# Keycloak. Needs a local PostgreSQL (started if installed but down); the build makes everything else it
# needs (the test databases and their role, a Keycloak of its own on port 8280, two Liberty servers).
# Ends with the time each phase took (infra/test-timings.sh).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$MISSIONHUB_ROOT"

start=$SECONDS
bash infra/postgres/ensure-postgres.sh
log "Building and testing (unit tests, then integration tests against Keycloak and Liberty on H2 and on PostgreSQL)"
status=0
"$MISSIONHUB_ROOT/mvnw" -B verify "$@" || status=$?
bash infra/test-timings.sh "$((SECONDS - start))" || true
exit "$status"
