#!/usr/bin/env bash
# The roadmap benchmark (docs/performance.md, "Roadmap timeline and balance at 500 initiatives"): writes the
# benchmark mission (500 initiatives, 5,000 milestones, 2,000 dependencies, and a 5-initiative one to compare
# statement counts with) in an H2 file database and in a PostgreSQL database unless it is there already,
# counts the statements one read costs for each, then measures the timeline data and the balance (JMH),
# database by database, and their in-memory parts once.
#
#   bash infra/bench-roadmap.sh [--offline] [--databases "h2 postgresql"] [--recreate] [--warmup N] [--iterations N]
#
# About 5 minutes on a 2-core machine (writing the data takes seconds). Everything runs at the lowest CPU
# priority (nice 19, the PostgreSQL connections too). Needs a local PostgreSQL for "postgresql" (started if
# installed but down); the database missionhub_roadmap_bench is created if missing. H2 files go to
# $MISSIONHUB_BENCH_DIR/h2 (default /tmp/missionhub-bench/h2, beside the survey benchmark's); the build's
# classes are copied to $MISSIONHUB_BENCH_DIR/roadmap.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$MISSIONHUB_ROOT"

BENCH_DIR="${MISSIONHUB_BENCH_DIR:-/tmp/missionhub-bench}"
WORK_DIR="$BENCH_DIR/roadmap"
databases="h2 postgresql"
recreate=()
bench_args=()
maven_args=(-B -q)
while (($#)); do
  case "$1" in
    --offline) maven_args+=(-o) ;;
    --databases) databases="$2"; shift ;;
    --recreate) recreate=(--recreate) ;;
    --warmup | --iterations) bench_args+=("$1" "$2"); shift ;;
    *) die "unknown option $1 (see the comment at the top of $0)" ;;
  esac
  shift
done

mkdir -p "$BENCH_DIR/h2" "$WORK_DIR"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
if [[ " $databases " == *" postgresql "* ]]; then
  bash infra/postgres/ensure-postgres.sh
  if [[ -z "$(psql -d postgres -tAc "select 1 from pg_database where datname = 'missionhub_roadmap_bench'")" ]]; then
    log "Creating the PostgreSQL database missionhub_roadmap_bench"
    psql -d postgres -q -c 'create database missionhub_roadmap_bench'
  fi
fi

log "Compiling the roadmap plugin and its benchmark"
# -am builds the platform API from the reactor beside it (nothing is installed into the local repository)
nice -n 19 "$MISSIONHUB_ROOT/mvnw" "${maven_args[@]}" test-compile dependency:build-classpath \
  -Dmdep.outputFile="$WORK_DIR/classpath.txt" -Dmdep.includeScope=test -pl plugins/roadmap -am
# A copy of the compiled classes, so that a build running meanwhile does not pull them away mid-run.
rm -rf "$WORK_DIR/classes"
mkdir -p "$WORK_DIR/classes"
cp -r plugins/roadmap/target/classes "$WORK_DIR/classes/main"
cp -r plugins/roadmap/target/test-classes "$WORK_DIR/classes/test"
cp -r platform/api/target/classes "$WORK_DIR/classes/api"
CP="$WORK_DIR/classes/test:$WORK_DIR/classes/main:$WORK_DIR/classes/api:$(cat "$WORK_DIR/classpath.txt")"
java_props=(-Dbench.h2.dir="$BENCH_DIR/h2" -Dbench.roadmap.pg.url="jdbc:postgresql://$PGHOST:$PGPORT/missionhub_roadmap_bench" -Dbench.pg.user="$PGUSER")
run() { nice -n 19 java "${java_props[@]}" -cp "$CP" "$@"; }

started=$SECONDS
log "Benchmark data (skipped where it is there already)"
run -Xmx1g org.missionhub.plugin.roadmap.bench.RoadmapBenchData --databases "${databases// /,}" "${recreate[@]}"

log "Timeline data and balance (JMH, database by database; load before: $(cut -d' ' -f1-3 /proc/loadavg))"
run -Xmx512m org.missionhub.plugin.roadmap.bench.RoadmapBench --databases "${databases// /,}" --out "$WORK_DIR/results.txt" "${bench_args[@]}"

echo
log "Summary ($((SECONDS - started))s in all, load after: $(cut -d' ' -f1-3 /proc/loadavg); also in $WORK_DIR/results.txt)"
cat "$WORK_DIR/results.txt"
