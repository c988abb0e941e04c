#!/usr/bin/env bash
# Builds the Release configuration and runs every benchmark:
#   bench/run.sh [QUEUE_SCALE] [CASES]
# The HTTP rows: bench/http_load.sh (wrk; its settings through the environment, see there);
# QUEUE_SCALE operations per queue run (default 2000); CASES for the case benchmarks (default 10000);
# then bench_reports (a year of the city: about 3 minutes to generate the first time).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${OW_BENCH_BUILD_DIR:-build-release}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DOW_BUILD_TESTS=OFF -DOW_BUILD_BENCH=ON >/dev/null
cmake --build "$build" --target bench_http bench_queue bench_cases bench_reports bench_planning
bench/http_load.sh "$build"
# The queue's data goes to a folder on the project's disk (fsync costs are part of the figures).
(cd "$build" && bench/bench_queue "${1:-2000}")
(cd "$build" && bench/bench_cases "${2:-10000}")
# The reports on a generated year of the city (generated once, then reused from reports-cache/).
"$build"/bench/bench_reports
# The 15-minute promise on the generated county day (issue 16).
"$build"/bench/bench_planning
