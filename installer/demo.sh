#!/usr/bin/env bash
# Installs what is missing, builds OneWindow (Release), starts onewindow-server on an embedded
# SQLite file under the user's data folder seeded with the demo city, and opens the desktop
# client plus the kiosk and hall-display shells. Ctrl+C (or closing the client) stops them all.
set -euo pipefail
cd "$(dirname "$0")/.."

installer/setup-deps.sh
build=${OW_DEMO_BUILD_DIR:-build-release}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DOW_BUILD_TESTS=OFF -DOW_BUILD_BENCH=OFF
cmake --build "$build"

data="${XDG_DATA_HOME:-$HOME/.local/share}/onewindow"
port=${OW_DEMO_PORT:-8460}
mkdir -p "$data"
echo "OneWindow demo: data in $data, server on http://127.0.0.1:$port"
"$build/bin/onewindow-server" --listen "127.0.0.1:$port" --data-dir "$data" --seed-demo --demo-history &
server=$!
trap 'kill $server ${kiosk:-} ${display:-} 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
  curl -sf "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break
  kill -0 $server 2>/dev/null || { echo "onewindow-server did not start" >&2; exit 1; }
  sleep 0.2
done

if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  echo "No display found: the server runs on http://127.0.0.1:$port (Ctrl+C to stop)."
  echo "Start the client elsewhere with: $build/bin/onewindow --server http://127.0.0.1:$port"
  wait $server
  exit 0
fi
url="http://127.0.0.1:$port"
"$build/bin/onewindow-kiosk" --windowed --server "$url" --device kiosk-city --password device1234 --lang zh_CN &
kiosk=$!
"$build/bin/onewindow-display" --windowed --server "$url" --device display-city --password device1234 --lang zh_CN &
display=$!
echo "Log in as teller1 / demo1234 (more accounts in README.md)."
"$build/bin/onewindow" --server "$url" --user teller1 --lang zh_CN
