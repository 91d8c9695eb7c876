#!/usr/bin/env bash
# The README's run command: Keycloak + Open Liberty + the embedded H2 database + demo data.
# Stops both on Ctrl+C. Data stays in ~/.missionhub (MISSIONHUB_DATA_DIR) and survives restarts and
# `mvn clean`; Keycloak's users stay in ~/.cache/missionhub/keycloak.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$MISSIONHUB_ROOT"

KEYCLOAK_PORT="${KEYCLOAK_PORT:-8180}"
MAIL_SMTP_PORT="${MAIL_SMTP_PORT:-3025}"
MAIL_API_PORT="${MAIL_API_PORT:-8025}"
bash infra/keycloak/keycloak.sh start run "$KEYCLOAK_PORT"
# a local SMTP server that keeps every e-mail MissionHub sends (production configures its own: operations.md)
bash infra/mail/greenmail.sh start run "$MAIL_SMTP_PORT" "$MAIL_API_PORT"

log "Building MissionHub"
mvnw install -DskipTests -DskipITs

# MicroProfile Config reads these environment variables (see docs/operations.md)
export MISSIONHUB_DEMO_DATA_ENABLED="${MISSIONHUB_DEMO_DATA_ENABLED:-true}"
# development secrets below are accepted only in the development profile (docs/operations.md)
export MISSIONHUB_PROFILE="${MISSIONHUB_PROFILE:-development}"
export MISSIONHUB_KEYCLOAK_URL="http://localhost:$KEYCLOAK_PORT"
# the development realm's provisioning secret (infra/keycloak/realm); production sets its own
export MISSIONHUB_KEYCLOAK_PROVISIONER_CLIENT_SECRET="missionhub-provisioner-dev-secret"
export MISSIONHUB_UI_CLIENT_SECRET="missionhub-ui-dev-secret"
export MISSIONHUB_MAIL_SMTP_HOST="${MISSIONHUB_MAIL_SMTP_HOST:-127.0.0.1}"
export MISSIONHUB_MAIL_SMTP_PORT="${MISSIONHUB_MAIL_SMTP_PORT:-$MAIL_SMTP_PORT}"
export MISSIONHUB_MAIL_SMTP_STARTTLS="${MISSIONHUB_MAIL_SMTP_STARTTLS:-false}"
export MISSIONHUB_PUBLIC_URL="${MISSIONHUB_PUBLIC_URL:-http://localhost:9080}"

stop_all() {
  log "Stopping MissionHub"
  mvnw -pl ui liberty:stop >/dev/null 2>&1 || true
  bash infra/keycloak/keycloak.sh stop run || true
  bash infra/mail/greenmail.sh stop run || true
}
trap stop_all INT TERM

log "Starting Open Liberty"
mvnw -pl ui liberty:stop >/dev/null 2>&1 || true
mvnw -pl ui liberty:create liberty:deploy liberty:start
wait_for_url "http://localhost:9080/health/ready" 300 "MissionHub"

cat <<INFO

  MissionHub is running:   http://localhost:9080/
  API documentation:       http://localhost:9080/openapi/ui/
  Published results:       http://localhost:9080/public/survey/results  (no sign-in: the demo's earlier survey wave)
  Health:                  http://localhost:9080/health/ready
  Keycloak:                http://localhost:$KEYCLOAK_PORT/  (admin console: admin / admin)
  E-mail sent (local):     http://localhost:$MAIL_API_PORT/api/user/anna@ministry.example/messages/
                           (every address's inbox: http://localhost:$MAIL_API_PORT/api/user)
  Data:                    ${MISSIONHUB_DATA_DIR:-$HOME/.missionhub}

  Demo logins (password for all: missionhub)
    pia       platform administrator (PLATFORM_ADMIN)
    ines      benchmark analyst, OECD Mission Action Lab (BENCHMARK_ANALYST)
    anna      Ministry of Social Affairs, organisation admin
    mikkel    Ministry of Social Affairs, member
    sofie     Nordby Municipality, organisation admin
    jonas     Nordby Municipality AND Youth Minds, member of both
    camille   Youth Minds, organisation admin
    lucas     Youth Minds, member
    oliver    Green Futures Foundation, organisation admin

  Try the API with a real token:
    TOKEN=\$(curl -s http://localhost:$KEYCLOAK_PORT/realms/missionhub/protocol/openid-connect/token \\
      -d grant_type=password -d client_id=missionhub-cli -d username=anna -d password=missionhub \\
      -d 'scope=openid organization:*' | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
    curl -s -H "Authorization: Bearer \$TOKEN" http://localhost:9080/api/v1/orgs/ministry-social-affairs/missions

  Ctrl+C stops MissionHub, Keycloak and the mail server.
INFO

tail -n 0 -F ui/target/liberty/wlp/usr/servers/missionhub/logs/messages.log &
wait $!
