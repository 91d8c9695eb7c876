#!/usr/bin/env bash
# Traces with OpenTelemetry (docs/operations.md, "Traces"): starts a real server (Open Liberty + Keycloak + demo
# data, H2) with MISSIONHUB_TRACING=otlp and OpenTelemetry's OTLP/HTTP exporter pointed at a receiver on
# loopback (infra/bench/otlp-receiver.py, standing in for a collector), calls the API as anna, and checks that
# its span arrives, with the service name, and that no export holds the access token, the Authorization header or
# a client secret.
#
#   bash infra/check-traces.sh [--offline] [--no-build]
#
# About 3 minutes; ports 8380 (Keycloak "bench"), 9480 (Liberty server missionhub-bench) and 9492 (the receiver).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$MISSIONHUB_ROOT"

BENCH_DIR="${MISSIONHUB_BENCH_DIR:-/tmp/missionhub-bench}/traces"
KEYCLOAK_PORT=8380
HTTP_PORT=9480
SERVER=missionhub-bench
SERVER_DATABASE=missionhub_traces
RECEIVER_PORT=9492
build=true
maven_args=()
while (($#)); do
  case "$1" in
    --offline) maven_args+=(-o) ;;
    --no-build) build=false ;;
    *) die "unknown option $1 (see the comment at the top of $0)" ;;
  esac
  shift
done

source "$MISSIONHUB_ROOT/infra/bench/server.sh"
receiver_pid=""
trap '[[ -n "$receiver_pid" ]] && kill "$receiver_pid" 2>/dev/null; server_cleanup false' EXIT
rm -rf "$BENCH_DIR"
mkdir -p "$BENCH_DIR"

if $build; then
  log "Building MissionHub"
  mvnw "${maven_args[@]}" install -DskipTests -DskipITs
fi
start_keycloak
python3 "$MISSIONHUB_ROOT/infra/bench/otlp-receiver.py" "$RECEIVER_PORT" "$BENCH_DIR/exports" &
receiver_pid=$!

export MISSIONHUB_TRACING=otlp OTEL_SDK_DISABLED=false OTEL_SERVICE_NAME=missionhub \
  OTEL_EXPORTER_OTLP_ENDPOINT="http://127.0.0.1:$RECEIVER_PORT" OTEL_EXPORTER_OTLP_PROTOCOL=http/protobuf \
  OTEL_METRICS_EXPORTER=none OTEL_LOGS_EXPORTER=none OTEL_BSP_SCHEDULE_DELAY=500
start_server h2 "${maven_args[@]}"
TOKEN="$(token)"
status="$(curl -sS -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "http://localhost:$HTTP_PORT/api/v1/me")"
[[ "$status" == 200 ]] || die "GET /api/v1/me answered $status"

log "Waiting for the spans"
exports=("$BENCH_DIR/exports")
found=false
for _ in $(seq 1 60); do
  # (grep on the files, not cat | grep -q: with pipefail, cat's broken pipe would count as not found)
  if grep -rqa "/api/v1/me" "${exports[@]}" 2>/dev/null; then
    found=true
    break
  fi
  sleep 1
done
$found || die "no span of GET /api/v1/me reached the receiver within 60 s ($(ls "$BENCH_DIR/exports" 2>/dev/null | wc -l) exports received)"
# service.name's value follows its key within a few bytes of protobuf framing (-z: the framing holds newline bytes)
LC_ALL=C grep -rqazP 'service\.name[\s\S]{2,8}missionhub' "${exports[@]}" || die "the spans do not name the service missionhub"
if grep -rqa -e "missionhub-ui-dev-secret" -e "missionhub-provisioner-dev-secret" "${exports[@]}"; then die "a span holds a client secret"; fi
if grep -rqaF -- "${TOKEN##*.}" "${exports[@]}"; then die "a span holds the access token"; fi
if grep -rqai "bearer" "${exports[@]}"; then die "a span holds the Authorization header"; fi
log "Traces arrive: $(ls "$BENCH_DIR/exports" | wc -l) exports, GET /api/v1/me among the spans, the service named missionhub, no token or secret"
