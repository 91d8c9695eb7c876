#!/usr/bin/env bash
# Two MissionHub servers behind HAProxy on one PostgreSQL database and one Keycloak, with demo data: what a
# cluster looks like, on one machine (docs/operations.md, "Several servers"). Ctrl+C stops everything.
#
#   bash infra/cluster/run-cluster.sh [--offline] [--no-build]
#
# Ports: 9680 (HAProxy: open MissionHub here), 9681 and 9683 (the servers), 8480 (Keycloak "cluster").
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
source "$MISSIONHUB_ROOT/infra/cluster/cluster-lib.sh"
cd "$MISSIONHUB_ROOT"

maven_args=()
build=true
while (($#)); do
  case "$1" in
    --offline) maven_args+=(-o) ;;
    --no-build) build=false ;;
    *) die "unknown option $1 (see the comment at the top of $0)" ;;
  esac
  shift
done

trap cluster_stop EXIT
if $build; then
  log "Building MissionHub"
  mvnw "${maven_args[@]}" install -DskipTests -DskipITs
fi
cluster_create "${maven_args[@]}"
cluster_start

cat <<INFO

  MissionHub (two servers behind HAProxy):  http://localhost:$BALANCER_PORT/
  The servers:   missionhub-a http://localhost:${CLUSTER_PORTS[missionhub-a]}/   missionhub-b http://localhost:${CLUSTER_PORTS[missionhub-b]}/
  Keycloak:      http://localhost:$CLUSTER_KEYCLOAK_PORT/  (admin console: admin / admin)
  Logins as in the README (anna, camille, ines, pia, ...; password missionhub).
  Stop a server to see another take over:  $WLP/bin/server stop missionhub-a

  Ctrl+C stops the cluster.
INFO
while true; do sleep 3600; done
