#!/usr/bin/env bash
# The activity benchmark (docs/performance.md, "A mission's activity at 100,000 events"): the statement a mission's
# activity runs in each organisation's log, on the first page and on page 1,000, over 100,000 events of the mission
# among 100,000 of others, in in-memory H2 (JMH, average time per page).
#
#   bash infra/bench-activity.sh [--offline] [--warmup N] [--iterations N]
#
# About 2 minutes on a 2-core machine, at the lowest CPU priority (nice 19). The build's classes are copied to
# $MISSIONHUB_BENCH_DIR/activity (default /tmp/missionhub-bench/activity), results kept there too.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$MISSIONHUB_ROOT"

BENCH_DIR="${MISSIONHUB_BENCH_DIR:-/tmp/missionhub-bench}"
WORK_DIR="$BENCH_DIR/activity"
jmh_args=()
maven_args=(-B -q)
while (($#)); do
  case "$1" in
    --offline) maven_args+=(-o) ;;
    --warmup) jmh_args+=(-wi "$2"); shift ;;
    --iterations) jmh_args+=(-i "$2"); shift ;;
    *) die "unknown option $1 (see the comment at the top of $0)" ;;
  esac
  shift
done
mkdir -p "$WORK_DIR"

log "Compiling the platform core and its benchmark"
nice -n 19 "$MISSIONHUB_ROOT/mvnw" "${maven_args[@]}" test-compile dependency:build-classpath \
  -Dmdep.outputFile="$WORK_DIR/classpath.txt" -Dmdep.includeScope=test -pl platform/core -am
# A copy of the compiled classes, so that a build running meanwhile does not pull them away mid-run.
rm -rf "$WORK_DIR/classes"
mkdir -p "$WORK_DIR/classes"
cp -r platform/core/target/test-classes "$WORK_DIR/classes/test"
CP="$WORK_DIR/classes/test:$(cat "$WORK_DIR/classpath.txt")"

started=$SECONDS
log "A mission's activity at 100,000 events (JMH; load before: $(cut -d' ' -f1-3 /proc/loadavg))"
nice -n 19 java -cp "$CP" org.openjdk.jmh.Main 'org.missionhub.core.activity.bench.ActivityBenchmark' \
  -rf text -rff "$WORK_DIR/results.txt" "${jmh_args[@]}"
echo
log "Summary ($((SECONDS - started))s in all, load after: $(cut -d' ' -f1-3 /proc/loadavg); also in $WORK_DIR/results.txt)"
cat "$WORK_DIR/results.txt"
