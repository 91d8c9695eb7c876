#!/usr/bin/env bash
# Makes sure a PostgreSQL server answers on $PGHOST:$PGPORT (default 127.0.0.1:5432), starting the local
# Debian cluster if it is installed but down.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"

export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}"
if pg_isready -q -h "$PGHOST" -p "$PGPORT"; then
  exit 0
fi
if [[ -d /etc/postgresql ]] && command -v pg_ctlcluster >/dev/null; then
  for version in /etc/postgresql/*; do
    log "Starting PostgreSQL $(basename "$version")"
    pg_ctlcluster --skip-systemctl-redirect "$(basename "$version")" main start || true
  done
fi
for _ in $(seq 1 30); do
  pg_isready -q -h "$PGHOST" -p "$PGPORT" && exit 0
  sleep 1
done
die "PostgreSQL does not answer on $PGHOST:$PGPORT (install it: apt-get install -y postgresql)"
