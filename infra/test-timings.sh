#!/usr/bin/env bash
# Prints how long each phase of the test run took, read from the JUnit reports the build wrote:
# unit tests (surefire, every module), the integration tests on H2 and on PostgreSQL (failsafe, without
# the browser tests) and the browser tests (failsafe, package org.missionhub.it.browser), each with its
# number of tests, and last the count of all tests. Usage: infra/test-timings.sh [TOTAL_SECONDS]; with the whole run's wall-clock time it
# also prints what the reports do not hold (compiling, packaging, starting Keycloak and the servers).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$MISSIONHUB_ROOT"

# phase_of FILE: the phase a report belongs to
phase_of() {
  local file="$1" database=""
  case "$file" in
    */surefire-reports/*) echo "unit tests"; return ;;
    */failsafe-reports/h2/*) database="H2" ;;
    */failsafe-reports/pg/*) database="PostgreSQL" ;;
    *) return ;;
  esac
  case "$(basename "$file")" in
    TEST-org.missionhub.it.browser.*) echo "browser tests ($database)" ;;
    *) echo "integration tests ($database)" ;;
  esac
}

declare -A seconds tests
all_tests=0 all_failed=0 all_skipped=0
order=("unit tests" "integration tests (H2)" "integration tests (PostgreSQL)" "browser tests (H2)" "browser tests (PostgreSQL)")
while IFS= read -r -d '' report; do
  phase="$(phase_of "$report")"
  [[ -n "$phase" ]] || continue
  # the root element: <testsuite ... name="..." time="12.345" tests="3" ...>
  read -r time count failed skipped < <(awk '
      function attr(line, name,   v) { v = line; if (!sub(".* " name "=\"", "", v)) return 0; sub(/".*/, "", v); gsub(/,/, "", v); return v }
      match($0, /<testsuite[ >]/) {
        line = substr($0, RSTART)
        print attr(line, "time"), attr(line, "tests"), attr(line, "failures") + attr(line, "errors"), attr(line, "skipped"); exit }' "$report")
  seconds[$phase]=$(awk -v a="${seconds[$phase]:-0}" -v b="${time:-0}" 'BEGIN { printf "%.1f", a + b }')
  tests[$phase]=$(( ${tests[$phase]:-0} + ${count:-0} ))
  all_tests=$(( all_tests + ${count:-0} )); all_failed=$(( all_failed + ${failed:-0} )); all_skipped=$(( all_skipped + ${skipped:-0} ))
done < <(find . -path ./node_modules -prune -o \( -path '*/target/surefire-reports/TEST-*.xml' -o -path '*/target/failsafe-reports/*/TEST-*.xml' \) -print0)

total_in_reports=0
printf '\nTime per phase (from the test reports):\n'
for phase in "${order[@]}"; do
  [[ -n "${seconds[$phase]:-}" ]] || continue
  printf '  %-32s %8.1f s  %5d tests\n' "$phase" "${seconds[$phase]}" "${tests[$phase]}"
  total_in_reports=$(awk -v a="$total_in_reports" -v b="${seconds[$phase]}" 'BEGIN { printf "%.1f", a + b }')
done
if [[ -n "${1:-}" ]]; then
  rest=$(awk -v a="$1" -v b="$total_in_reports" 'BEGIN { printf "%.1f", a - b }')
  printf '  %-32s %8.1f s\n' "build, Keycloak, server start-up" "$rest"
  printf '  %-32s %8d s\n' "whole run" "$1"
fi
printf 'Tests: %d passed, %d failed, %d skipped\n' "$((all_tests - all_failed - all_skipped))" "$all_failed" "$all_skipped"
