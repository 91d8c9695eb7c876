#!/usr/bin/env bash
# The survey results benchmark (docs/performance.md): generates the benchmark campaign (1,000 organisations,
# 1,000,000 responses) in an H2 file database and in a PostgreSQL database unless it is there already, then
# measures, database by database, a question's full results report against the equivalent raw SQL GROUP BYs
# (JMH) and prints the ratios, then the heap growth of the CSV export of the whole campaign.
#
#   bash infra/bench-survey.sh [--offline] [--databases "h2 postgresql"] [--responses N] [--recreate]
#                              [--questions funding_sources,role] [--warmup N] [--iterations N]
#                              [--export-minutes M] [--no-export] [--data-only]
#
# It takes a while: the first run generates the data (on a 2-core machine about 5 minutes for PostgreSQL and
# 16 for H2; 5.6 GB and 8.9 GB on disk); a run on existing data about 30 minutes (H2's six GROUP BYs take
# 100 s each time: use --iterations 3 or --databases postgresql for a shorter run). Everything runs at the lowest CPU
# priority (nice 19, the PostgreSQL connections too). Needs a local PostgreSQL (started if installed but
# down); the database missionhub_bench is created if missing. H2 files go to $MISSIONHUB_BENCH_DIR
# (default /tmp/missionhub-bench).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$MISSIONHUB_ROOT"

BENCH_DIR="${MISSIONHUB_BENCH_DIR:-/tmp/missionhub-bench}"
databases="h2 postgresql"
responses=1000000
recreate=()
bench_args=()
export_minutes=15
export=1
data_only=0
maven_args=(-B -q)
while (($#)); do
  case "$1" in
    --offline) maven_args+=(-o) ;;
    --databases) databases="$2"; shift ;;
    --responses) responses="$2"; shift ;;
    --recreate) recreate=(--recreate) ;;
    --questions | --warmup | --iterations) bench_args+=("$1" "$2"); shift ;;
    --export-minutes) export_minutes="$2"; shift ;;
    --no-export) export=0 ;;
    --data-only) data_only=1 ;;
    *) die "unknown option $1 (see the comment at the top of $0)" ;;
  esac
  shift
done

mkdir -p "$BENCH_DIR"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
if [[ " $databases " == *" postgresql "* ]]; then
  bash infra/postgres/ensure-postgres.sh
  if [[ -z "$(psql -d postgres -tAc "select 1 from pg_database where datname = 'missionhub_bench'")" ]]; then
    log "Creating the PostgreSQL database missionhub_bench"
    psql -d postgres -q -c 'create database missionhub_bench'
  fi
fi

log "Compiling the survey plugin and its benchmark"
nice -n 19 "$MISSIONHUB_ROOT/mvnw" "${maven_args[@]}" test-compile dependency:build-classpath \
  -Dmdep.outputFile="$BENCH_DIR/classpath.txt" -Dmdep.includeScope=test -pl plugins/survey -am
# A copy of the compiled classes, so that a build running meanwhile does not pull them away mid-run.
rm -rf "$BENCH_DIR/classes"
mkdir -p "$BENCH_DIR/classes"
cp -r plugins/survey/target/classes "$BENCH_DIR/classes/main"
cp -r plugins/survey/target/test-classes "$BENCH_DIR/classes/test"
CP="$BENCH_DIR/classes/test:$BENCH_DIR/classes/main:$(cat "$BENCH_DIR/classpath.txt")"
java_props=(-Dbench.h2.dir="$BENCH_DIR/h2" -Dbench.pg.url="jdbc:postgresql://$PGHOST:$PGPORT/missionhub_bench" -Dbench.pg.user="$PGUSER")
run() { nice -n 19 java "${java_props[@]}" -cp "$CP" "$@"; }

started=$SECONDS
for db in $databases; do
  log "Benchmark data on $db ($responses responses; skipped if there already)"
  run -Xmx3g org.missionhub.plugin.survey.bench.BenchData --database "$db" --responses "$responses" "${recreate[@]}"
done
log "Data ready after $((SECONDS - started))s"
((data_only)) && exit 0

log "Results report against the raw SQL floor (JMH, database by database)"
run -Xmx512m org.missionhub.plugin.survey.bench.SurveyBench --databases "${databases// /,}" --out "$BENCH_DIR/results.txt" "${bench_args[@]}"

: >"$BENCH_DIR/export.txt"
for db in $databases; do
  ((export)) || break
  log "CSV export of the whole campaign on $db, in a 128 MB heap (stopped after $export_minutes minutes)"
  run -Xmx128m org.missionhub.plugin.survey.bench.ExportHeap --database "$db" --max-minutes "$export_minutes" | tee -a "$BENCH_DIR/export.txt" \
    || log "The export on $db did not finish within $export_minutes minutes"
done

echo
log "Summary ($((SECONDS - started))s in all; also in $BENCH_DIR/results.txt and export.txt)"
cat "$BENCH_DIR/results.txt" "$BENCH_DIR/export.txt"
