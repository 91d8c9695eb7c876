#!/usr/bin/env bash
# Backs up a MissionHub instance into a new folder <destination>/missionhub-<UTC time>/ and prints its path
# last. docs/operations.md, "Backup and restore", says what it holds, how often, and how to restore it.
#
#   infra/backup.sh <destination folder>
#
# The database (MISSIONHUB_DB_URL, the development H2 file database by default):
#   PostgreSQL: pg_dump (custom format) as MISSIONHUB_BACKUP_DB_USER / MISSIONHUB_BACKUP_DB_PASSWORD, a role
#     that may read past row-level security (a superuser, or missionhub_backup from
#     infra/postgres/create-production-database.sql); default: postgres.
#   H2: BACKUP TO, a consistent copy while the server runs (its URL needs AUTO_SERVER=TRUE then) or not, as
#     MISSIONHUB_BACKUP_DB_USER (default: MISSIONHUB_DB_OWNER_USER, missionhub).
# Keycloak (MISSIONHUB_KEYCLOAK_URL, MISSIONHUB_KEYCLOAK_REALM), with a master-realm administrator
# (KEYCLOAK_ADMIN_USER / KEYCLOAK_ADMIN_PASSWORD, default admin / admin as the development Keycloak has):
#   keycloak/realm.json: the realm's settings, roles, groups and clients (partial export, secrets masked);
#   keycloak/organizations.json and keycloak/users.json: the organisations with their members, and the
#     users (no credentials: passwords and second factors live only in Keycloak's own database);
#   keycloak-database.pgdump: Keycloak's own PostgreSQL database, when MISSIONHUB_BACKUP_KEYCLOAK_DB_URL
#     (postgresql://user@host:port/db) is set. In production, set it: it is the only copy of credentials.
# manifest.json and tables.tsv: when, from where, and the row count of every table as the backup holds it
# (read back from the backup), which infra/restore.sh checks the restored database against.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
source "$MISSIONHUB_ROOT/infra/backup-lib.sh"

destination="${1:?usage: infra/backup.sh <destination folder>}"
url="$(database_url)"
folder="$destination/missionhub-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$folder/keycloak"

log "Backing up the database ($(redact "$url"))"
case "$url" in
  jdbc:postgresql:*)
    # not the HTTP sessions of a cluster (MISSIONHUB_SESSION_STORE=database): they hold sign-ins' tokens and are
    # worth nothing after a restore (people sign in again)
    PGPASSWORD="${MISSIONHUB_BACKUP_DB_PASSWORD:-}" pg_dump --format=custom --no-password --exclude-schema=http_sessions \
      --dbname="$(postgres_uri "$url" "${MISSIONHUB_BACKUP_DB_USER:-postgres}")" --file="$folder/database.pgdump"
    ;;
  jdbc:h2:*)
    h2_sql "$url" "${MISSIONHUB_BACKUP_DB_USER:-${MISSIONHUB_DB_OWNER_USER:-missionhub}}" \
      "${MISSIONHUB_BACKUP_DB_PASSWORD:-${MISSIONHUB_DB_OWNER_PASSWORD:-missionhub}}" "BACKUP TO '$folder/database-h2.zip'" >/dev/null
    ;;
  *) die "Cannot back up $url: PostgreSQL and H2 are supported" ;;
esac
backup_counts "$folder" >"$folder/tables.tsv"

log "Exporting Keycloak's realm, organisations and users"
keycloak_export "$folder/keycloak"
if [[ -n "${MISSIONHUB_BACKUP_KEYCLOAK_DB_URL:-}" ]]; then
  log "Backing up Keycloak's database"
  PGPASSWORD="${MISSIONHUB_BACKUP_KEYCLOAK_DB_PASSWORD:-}" pg_dump --format=custom --no-password \
    --dbname="$MISSIONHUB_BACKUP_KEYCLOAK_DB_URL" --file="$folder/keycloak-database.pgdump"
fi

write_manifest "$folder" "$url"
log "Backup complete: $(wc -l <"$folder/tables.tsv") tables, $(du -sh "$folder" | cut -f1)"
echo "$folder"
