#!/usr/bin/env bash
# The funding benchmark (docs/performance.md, "Funding at 100,000 flows"): a mission of 100,000 flows across 500
# initiatives and 50 funders, written to in-memory H2 with the plugin's migrations; measures the plan's read, the
# gap analysis, the funding mix, the budget-cycle alerts and the IATI export (JMH, average time per operation).
#
#   bash infra/bench-funding.sh [--offline] [--warmup N] [--iterations N]
#
# About 3 minutes on a 2-core machine, at the lowest CPU priority (nice 19). The build's classes are copied to
# $MISSIONHUB_BENCH_DIR/funding (default /tmp/missionhub-bench/funding), results kept there too.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$MISSIONHUB_ROOT"

BENCH_DIR="${MISSIONHUB_BENCH_DIR:-/tmp/missionhub-bench}"
WORK_DIR="$BENCH_DIR/funding"
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

log "Compiling the funding plugin and its benchmark"
# -am builds the platform API, the roadmap (whose API funding reads), the shared plugin code and the test kit from the reactor
nice -n 19 "$MISSIONHUB_ROOT/mvnw" "${maven_args[@]}" test-compile dependency:build-classpath \
  -Dmdep.outputFile="$WORK_DIR/classpath.txt" -Dmdep.includeScope=test -pl plugins/funding -am
# A copy of the compiled classes, so that a build running meanwhile does not pull them away mid-run.
rm -rf "$WORK_DIR/classes"
mkdir -p "$WORK_DIR/classes"
cp -r plugins/funding/target/classes "$WORK_DIR/classes/main"
cp -r plugins/funding/target/test-classes "$WORK_DIR/classes/test"
cp -r plugins/support/target/classes "$WORK_DIR/classes/support"
cp -r platform/api/target/classes "$WORK_DIR/classes/api"
cp -r plugins/roadmap/target/classes "$WORK_DIR/classes/roadmap"
cp -r plugins/testkit/target/classes "$WORK_DIR/classes/testkit"
CP="$WORK_DIR/classes/test:$WORK_DIR/classes/main:$WORK_DIR/classes/api:$WORK_DIR/classes/roadmap:$WORK_DIR/classes/testkit:$WORK_DIR/classes/support:$(cat "$WORK_DIR/classpath.txt")"

started=$SECONDS
log "Funding at 100,000 flows (JMH; load before: $(cut -d' ' -f1-3 /proc/loadavg))"
nice -n 19 java -cp "$CP" org.openjdk.jmh.Main 'org.missionhub.plugin.funding.bench.FundingBenchmark' \
  -rf text -rff "$WORK_DIR/results.txt" "${jmh_args[@]}"
echo
log "Summary ($((SECONDS - started))s in all, load after: $(cut -d' ' -f1-3 /proc/loadavg); also in $WORK_DIR/results.txt)"
cat "$WORK_DIR/results.txt"
