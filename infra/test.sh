#!/usr/bin/env bash
# The README's test command: every test, unit and integration, on H2 and on PostgreSQL.
# Needs a local PostgreSQL (started if installed but down); starts and stops what else it needs.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$MISSIONHUB_ROOT"

bash infra/postgres/prepare-test-database.sh
log "Building and testing (unit tests, then integration tests against Liberty on H2 and on PostgreSQL)"
"$MISSIONHUB_ROOT/mvnw" -B verify "$@"
