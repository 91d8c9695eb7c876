# Helpers of infra/backup.sh and infra/restore.sh. Source it after lib.sh; do not run it.
# shellcheck shell=bash

# The database MissionHub uses, as server.xml resolves it.
database_url() {
  local data="${MISSIONHUB_DATA_DIR:-$HOME/.missionhub}"
  echo "${MISSIONHUB_DB_URL:-jdbc:h2:$data/h2/missionhub;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE}"
}

# A JDBC URL without anything that looks like a password.
redact() { sed -E 's/(password=)[^&;]*/\1***/Ig' <<<"$1"; }

# jdbc:postgresql://host:port/db?... -> postgresql://user@host:port/db (libpq form for pg_dump, psql).
postgres_uri() {
  local url="$1" user="$2" rest
  rest="${url#jdbc:postgresql://}"
  rest="${rest%%\?*}"
  echo "postgresql://$user@$rest"
}

# The H2 jar: H2_JAR, else the newest in the local Maven repository (the build puts it there).
h2_jar() {
  if [[ -n "${H2_JAR:-}" ]]; then
    echo "$H2_JAR"
    return
  fi
  local jar
  jar="$(find "$HOME/.m2/repository/com/h2database/h2" -name 'h2-*.jar' ! -name '*sources*' 2>/dev/null | sort -V | tail -1)"
  [[ -n "$jar" ]] || die "No H2 jar: build MissionHub once (./mvnw install) or set H2_JAR"
  echo "$jar"
}

# h2_sql URL USER PASSWORD SQL: runs SQL with H2's shell; prints result rows as tab-separated values.
h2_sql() {
  java -cp "$(h2_jar)" org.h2.tools.Shell -url "$1" -user "$2" -password "$3" -sql "$4" |
    awk -F' *\\| *' 'NR > 1 && !/^\(/ { $1 = $1; print }' OFS='\t'
}

# sql_rows URL USER PASSWORD SQL: tab-separated rows of a query on PostgreSQL or H2.
sql_rows() {
  local url="$1" user="$2" password="$3" sql="$4"
  case "$url" in
    jdbc:postgresql:*) PGPASSWORD="$password" psql --no-password -At -F $'\t' -v ON_ERROR_STOP=1 -d "$(postgres_uri "$url" "$user")" -c "$sql" ;;
    jdbc:h2:*) h2_sql "$url" "$user" "$password" "$sql" ;;
  esac
}

# table_counts URL USER PASSWORD: "<table>\t<rows>" for every table of the schema, sorted.
table_counts() {
  local url="$1" user="$2" password="$3" tables union=""
  if [[ -z "$user" ]]; then
    case "$url" in
      jdbc:postgresql:*) user=postgres ;;
      *) user="${MISSIONHUB_DB_OWNER_USER:-missionhub}" password="${MISSIONHUB_DB_OWNER_PASSWORD:-missionhub}" ;;
    esac
  fi
  tables="$(sql_rows "$url" "$user" "$password" \
    "select table_name from information_schema.tables where lower(table_schema) = 'public' and table_type = 'BASE TABLE' order by table_name")"
  [[ -n "$tables" ]] || die "The database has no tables: $(redact "$url")"
  local table
  while read -r table; do
    [[ "$table" =~ ^[a-z0-9_]+$ ]] || die "Unexpected table name: $table"
    union+="${union:+ union all }select '$table', count(*) from \"$table\""
  done <<<"$tables"
  sql_rows "$url" "$user" "$password" "$union" | sort
}

# backup_counts FOLDER: "<table>\t<rows>" for every table as the backup holds it (not as the live database
# holds it a moment later): read from the PostgreSQL dump, or from the H2 backup opened in a scratch folder.
# Reading the backup back is also the proof that it can be read.
backup_counts() {
  local folder="$1"
  if [[ -f "$folder/database.pgdump" ]]; then
    pg_restore --data-only --file=- "$folder/database.pgdump" |
      awk '/^COPY / { table = $2; sub(/^public\./, "", table); rows = 0; copying = 1; next }
           copying && /^\\\.$/ { print table "\t" rows; copying = 0; next }
           copying { rows++ }' | sort
  else
    local scratch
    scratch="$(mktemp -d)"
    java -cp "$(h2_jar)" org.h2.tools.Restore -file "$folder/database-h2.zip" -dir "$scratch" -db missionhub -quiet
    table_counts "jdbc:h2:$scratch/missionhub;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE" \
      "${MISSIONHUB_BACKUP_DB_USER:-${MISSIONHUB_DB_OWNER_USER:-missionhub}}" \
      "${MISSIONHUB_BACKUP_DB_PASSWORD:-${MISSIONHUB_DB_OWNER_PASSWORD:-missionhub}}"
    rm -rf "$scratch"
  fi
}

# keycloak_export FOLDER: the realm's settings, organisations with their members, and users, as JSON.
keycloak_export() {
  local folder="$1" base="${MISSIONHUB_KEYCLOAK_URL:-http://localhost:8180}" realm="${MISSIONHUB_KEYCLOAK_REALM:-missionhub}" token
  token="$(curl -fsS "$base/realms/master/protocol/openid-connect/token" \
    --data-urlencode grant_type=password --data-urlencode client_id=admin-cli \
    --data-urlencode "username=${KEYCLOAK_ADMIN_USER:-admin}" --data-urlencode "password=${KEYCLOAK_ADMIN_PASSWORD:-admin}" |
    sed -E 's/.*"access_token":"([^"]+)".*/\1/')" || die "Keycloak at $base refused the administrator's credentials"
  local admin=(curl -fsS -H "Authorization: Bearer $token")
  "${admin[@]}" -X POST "$base/admin/realms/$realm/partial-export?exportClients=true&exportGroupsAndRoles=true" >"$folder/realm.json"
  "${admin[@]}" "$base/admin/realms/$realm/users?briefRepresentation=false&max=1000000" >"$folder/users.json"
  local organisations ids id first=1
  organisations="$("${admin[@]}" "$base/admin/realms/$realm/organizations?briefRepresentation=false&max=1000000")"
  ids="$(grep -oE '"id":"[0-9a-f-]{36}","name"' <<<"$organisations" | cut -d'"' -f4)" || true
  {
    echo '{"organizations":'"$organisations"',"members":{'
    for id in $ids; do
      [[ $first == 1 ]] || echo ','
      first=0
      printf '"%s":' "$id"
      "${admin[@]}" "$base/admin/realms/$realm/organizations/$id/members?max=1000000"
    done
    echo '}}'
  } >"$folder/organizations.json"
}

# write_manifest FOLDER URL
write_manifest() {
  local folder="$1" url="$2"
  {
    echo '{'
    echo "  \"created\": \"$(date -u +%Y-%m-%dT%H:%M:%SZ)\","
    echo "  \"database\": \"$(redact "$url" | sed 's/"/\\"/g')\","
    echo "  \"keycloak\": \"${MISSIONHUB_KEYCLOAK_URL:-http://localhost:8180}/realms/${MISSIONHUB_KEYCLOAK_REALM:-missionhub}\","
    echo "  \"tables\": {"
    awk -F'\t' '{ printf "%s    \"%s\": %s", (NR > 1 ? ",\n" : ""), $1, $2 } END { print "" }' "$folder/tables.tsv"
    echo '  }'
    echo '}'
  } >"$folder/manifest.json"
}
