#!/usr/bin/env bash
# Builds the Release configuration and runs every benchmark:
#   bench/run.sh [REQUESTS] [QUEUE_SCALE] [CASES]
# REQUESTS per HTTP run (default 4000); QUEUE_SCALE operations per queue run (default 2000);
# CASES for the case benchmarks (default 10000).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${OW_BENCH_BUILD_DIR:-build-release}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DOW_BUILD_TESTS=OFF -DOW_BUILD_BENCH=ON >/dev/null
cmake --build "$build" --target bench_http bench_queue bench_cases
"$build/bench/bench_http" "${1:-4000}"
# The queue's data goes to a folder on the project's disk (fsync costs are part of the figures).
(cd "$build" && bench/bench_queue "${2:-2000}")
(cd "$build" && bench/bench_cases "${3:-10000}")
