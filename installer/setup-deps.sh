#!/usr/bin/env bash
# Installs every Debian package OneWindow needs to build, test and run its demo.
# Idempotent: packages already present are skipped; safe to run again and again.
#   installer/setup-deps.sh            build + test + demo packages
#   installer/setup-deps.sh --no-demo  skip the packages only the desktop demo needs
#   installer/setup-deps.sh --bench    also the load generator and tools bench/ uses
set -euo pipefail

want_demo=1
want_bench=0
for arg in "$@"; do
  case $arg in
    --no-demo) want_demo=0 ;;
    --bench) want_bench=1 ;;
    -h|--help) sed -n '2,6p' "$0"; exit 0 ;;
    *) echo "setup-deps: unknown option $arg" >&2; exit 2 ;;
  esac
done

packages=(
  # toolchain
  g++ cmake ninja-build pkg-config git file dpkg-dev curl ca-certificates
  # clang and its libFuzzer runtime: the fuzz targets of tests/fuzz and their smoke tests
  clang-14 libclang-rt-14-dev
  # Qt 6.4 modules used by core, server and ui
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins
  qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev
  qt6-charts-dev libqt6opengl6-dev
  qt6-speech-dev qt6-declarative-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libgl-dev libvulkan-dev libxkbcommon-dev
  # other libraries
  libboost-program-options-dev libsodium-dev libqrencode-dev
  # TLS: the server checks its key against its certificate with libssl; the tests make a CA and
  # a server certificate with the openssl command, as a hall's IT officer would (docs/tls.md)
  libssl-dev openssl
  # data: the most common passwords (zxcvbn's frequency list), refused as new passwords
  python3 python3-zxcvbn
  # the sqlite3 command line: the audit trail's tests edit the file as an attacker would
  sqlite3
  # PostgreSQL server for the city-scale store tests
  postgresql
  # API description lint (npx @redocly/cli) and PDF checks in tests
  nodejs npm poppler-utils
  # Chinese glyphs: the printed ticket, notice and receipt tests read the PDFs' text back
  fonts-noto-cjk
)
if [ "$want_demo" = 1 ]; then
  packages+=(qt6-speech-speechd-plugin xvfb xauth imagemagick xdotool)
fi
if [ "$want_bench" = 1 ]; then
  packages+=(wrk jq time)
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

# node/npm may come from outside Debian on a developer machine; do not fight it.
if command -v npm >/dev/null 2>&1; then
  filtered=()
  for p in "${missing[@]}"; do [[ $p == nodejs || $p == npm ]] || filtered+=("$p"); done
  missing=("${filtered[@]}")
fi

if [ ${#missing[@]} -gt 0 ]; then
  echo "setup-deps: installing ${missing[*]}"
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -q
  $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
else
  echo "setup-deps: all Debian packages present"
fi
