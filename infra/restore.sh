#!/usr/bin/env bash
# Restores a backup of infra/backup.sh into an empty database, then checks that every table has the rows
# the backup counted. Never overwrites: the target must be empty. docs/operations.md, "Backup and restore",
# gives the whole order (Keycloak first, then the database, then MissionHub reconciling the two).
#
#   infra/restore.sh <backup folder>
#
# Target (MISSIONHUB_DB_URL, the development H2 file database by default):
#   PostgreSQL: an existing, empty database (infra/postgres/create-production-database.sql makes one), whose
#     owner and runtime roles exist; restored as MISSIONHUB_RESTORE_DB_USER (default: MISSIONHUB_DB_OWNER_USER,
#     missionhub), checked as MISSIONHUB_BACKUP_DB_USER (default postgres: counting reads past row-level
#     security).
#   H2: the database file must not exist yet (stop the server, move the old file away).
# Keycloak's database: restored too when the backup has keycloak-database.pgdump and
#   MISSIONHUB_RESTORE_KEYCLOAK_DB_URL (postgresql://user@host:port/db, empty, Keycloak stopped) is set.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
source "$MISSIONHUB_ROOT/infra/backup-lib.sh"

folder="${1:?usage: infra/restore.sh <backup folder>}"
[[ -f "$folder/manifest.json" && -f "$folder/tables.tsv" ]] || die "$folder is not a MissionHub backup (no manifest.json)"
url="$(database_url)"
owner="${MISSIONHUB_RESTORE_DB_USER:-${MISSIONHUB_DB_OWNER_USER:-missionhub}}"
owner_password="${MISSIONHUB_RESTORE_DB_PASSWORD:-${MISSIONHUB_DB_OWNER_PASSWORD:-missionhub}}"

log "Restoring the database into $(redact "$url")"
case "$url" in
  jdbc:postgresql:*)
    [[ -f "$folder/database.pgdump" ]] || die "The backup holds no PostgreSQL dump (it was taken from H2?)"
    existing="$(PGPASSWORD="$owner_password" psql --no-password -At -d "$(postgres_uri "$url" "$owner")" \
      -c "select count(*) from information_schema.tables where table_schema = 'public'")"
    [[ "$existing" == 0 ]] || die "The target database is not empty ($existing tables): restore into an empty one"
    PGPASSWORD="$owner_password" pg_restore --no-password --exit-on-error --single-transaction \
      --dbname="$(postgres_uri "$url" "$owner")" "$folder/database.pgdump"
    ;;
  jdbc:h2:*)
    [[ -f "$folder/database-h2.zip" ]] || die "The backup holds no H2 database (it was taken from PostgreSQL?)"
    path="${url#jdbc:h2:}"
    path="${path#file:}"
    path="${path%%;*}"
    [[ ! -e "$path.mv.db" ]] || die "$path.mv.db exists: stop the server and move it away first"
    mkdir -p "$(dirname "$path")"
    java -cp "$(h2_jar)" org.h2.tools.Restore -file "$folder/database-h2.zip" -dir "$(dirname "$path")" -db "$(basename "$path")"
    ;;
  *) die "Cannot restore into $url: PostgreSQL and H2 are supported" ;;
esac

if [[ -f "$folder/keycloak-database.pgdump" && -n "${MISSIONHUB_RESTORE_KEYCLOAK_DB_URL:-}" ]]; then
  log "Restoring Keycloak's database"
  PGPASSWORD="${MISSIONHUB_RESTORE_KEYCLOAK_DB_PASSWORD:-}" pg_restore --no-password --exit-on-error --single-transaction \
    --dbname="$MISSIONHUB_RESTORE_KEYCLOAK_DB_URL" "$folder/keycloak-database.pgdump"
fi

log "Checking every table against the backup's counts"
check_user="${MISSIONHUB_BACKUP_DB_USER:-}"
check_password="${MISSIONHUB_BACKUP_DB_PASSWORD:-}"
if [[ "$url" == jdbc:h2:* && -z "$check_user" ]]; then
  check_user="$owner" check_password="$owner_password"
fi
if ! diff <(cat "$folder/tables.tsv") <(table_counts "$url" "$check_user" "$check_password") >&2; then
  die "The restored database differs from the backup (above: < backup, > restored)"
fi
log "Restored: $(wc -l <"$folder/tables.tsv") tables, every row count as backed up"
log "Next: start Keycloak (its database restored, or realm and users re-created from $folder/keycloak),"
log "then MissionHub with MISSIONHUB_IDENTITY_SYNC_ON_STARTUP=true: it makes Keycloak's organisations and"
log "memberships match the restored database (or POST /api/v1/platform/identity/reconcile)."
