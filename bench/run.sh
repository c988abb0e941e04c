#!/usr/bin/env bash
# Builds the Release configuration and runs every benchmark: bench/run.sh [REQUESTS]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${OW_BENCH_BUILD_DIR:-build-release}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DOW_BUILD_TESTS=OFF -DOW_BUILD_BENCH=ON >/dev/null
cmake --build "$build" --target bench_http
"$build/bench/bench_http" "${1:-4000}"
