#!/usr/bin/env bash
# Runs the benchmarks of two Release builds alternately (base, new, base, new, …), so that the
# machine's mood falls on both alike:
#   bench/compare.sh BASE_BUILD_DIR NEW_BUILD_DIR [ROUNDS] [OUT_DIR]
# Each build dir must hold bench/bench_http, bench/bench_queue and bench/bench_cases (build a
# revision with: cmake -S SRC -B DIR -G Ninja -DCMAKE_BUILD_TYPE=Release -DOW_BUILD_TESTS=OFF &&
# cmake --build DIR --target bench_http bench_queue bench_cases). Output: one file per run in
# OUT_DIR (default bench-compare/), named BENCH-base|new-ROUND.txt.
set -euo pipefail
base=$(realpath "$1")
new=$(realpath "$2")
rounds=${3:-2}
out=$(realpath -m "${4:-bench-compare}")
mkdir -p "$out"
for round in $(seq 1 "$rounds"); do
  for side in base new; do
    dir=$base
    [ "$side" = new ] && dir=$new
    (cd "$dir" && bench/bench_http 3000) > "$out/http-$side-$round.txt" 2>&1
    (cd "$dir" && bench/bench_queue 1000) > "$out/queue-$side-$round.txt" 2>&1
    (cd "$dir" && bench/bench_cases 10000) > "$out/cases-$side-$round.txt" 2>&1
  done
done
echo "results in $out"
