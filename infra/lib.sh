# Shared helpers of MissionHub's infra scripts. Source it; do not run it.
# shellcheck shell=bash

MISSIONHUB_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
MISSIONHUB_CACHE_DIR="${MISSIONHUB_CACHE_DIR:-$HOME/.cache/missionhub}"
KEYCLOAK_VERSION="${KEYCLOAK_VERSION:-26.7.3}"
GREENMAIL_VERSION="${GREENMAIL_VERSION:-2.1.8}"

log() { printf '\033[1;34m[missionhub]\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31m[missionhub]\033[0m %s\n' "$*" >&2; exit 1; }

# wait_for_url URL SECONDS [WHAT]: waits until the URL answers 200.
wait_for_url() {
  local url="$1" seconds="$2" what="${3:-$1}" i
  for ((i = 0; i < seconds; i++)); do
    if curl -fsS -o /dev/null --max-time 3 "$url" 2>/dev/null; then
      return 0
    fi
    sleep 1
  done
  die "$what did not become ready within ${seconds}s ($url)"
}

# demo_token KEYCLOAK_PORT [USERNAME]: an access token of a demo person of the development realm (anna by
# default), for the API, from a development Keycloak on that port
demo_token() {
  curl -fsS "http://localhost:$1/realms/missionhub/protocol/openid-connect/token" \
    -d grant_type=password -d client_id=missionhub-cli -d username="${2:-anna}" -d password=missionhub \
    -d 'scope=openid organization:*' | sed -E 's/.*"access_token":"([^"]+)".*/\1/'
}

# A Java for Keycloak: Temurin 25 when installed (Keycloak recommends it), else the default java.
keycloak_java_home() {
  local candidate
  for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-25-jdk; do
    if [[ -x "$candidate/bin/java" ]]; then
      echo "$candidate"
      return
    fi
  done
  dirname "$(dirname "$(readlink -f "$(command -v java)")")"
}

mvnw() { "$MISSIONHUB_ROOT/mvnw" -B -q "$@"; }
