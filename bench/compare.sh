#!/usr/bin/env bash
# Runs the benchmarks of two Release builds alternately (base, new, base, new, …), so that the
# machine's mood falls on both alike:
#   bench/compare.sh BASE_BUILD_DIR NEW_BUILD_DIR [ROUNDS] [OUT_DIR]
# Each build dir must hold bin/onewindow-server, bench/bench_queue and bench/bench_cases (build a
# revision with: cmake -S SRC -B DIR -G Ninja -DCMAKE_BUILD_TYPE=Release -DOW_BUILD_TESTS=OFF &&
# cmake --build DIR --target bench_http bench_queue bench_cases). The HTTP rows run this
# checkout's bench/http_load.sh (wrk) on each side's server, with NEW_BUILD_DIR's bench_http as
# the baselines of both. Output: one file per run in OUT_DIR (default bench-compare/), named
# BENCH-base|new-ROUND.txt.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
base=$(realpath "$1")
new=$(realpath "$2")
rounds=${3:-2}
out=$(realpath -m "${4:-bench-compare}")
mkdir -p "$out"
for round in $(seq 1 "$rounds"); do
  for side in base new; do
    dir=$base
    [ "$side" = new ] && dir=$new
    # A row with answers it should not get makes http_load.sh fail: keep its table and go on.
    OW_BENCH_SERVER="$dir/bin/onewindow-server" "$here/http_load.sh" "$new" > "$out/http-$side-$round.txt" 2>&1 || true
    (cd "$dir" && bench/bench_queue 1000) > "$out/queue-$side-$round.txt" 2>&1
    (cd "$dir" && bench/bench_cases 10000) > "$out/cases-$side-$round.txt" 2>&1
  done
done
echo "results in $out"
