#!/usr/bin/env bash
# The README's test command: every test, unit and integration, on H2 and on PostgreSQL, against a real
# Keycloak. Needs a local PostgreSQL (started if installed but down); the build starts and stops the rest
# (a fresh test database, a Keycloak of its own on port 8280, two Liberty servers).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$MISSIONHUB_ROOT"

bash infra/postgres/ensure-postgres.sh
log "Building and testing (unit tests, then integration tests against Keycloak and Liberty on H2 and on PostgreSQL)"
"$MISSIONHUB_ROOT/mvnw" -B verify "$@"
