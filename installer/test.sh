#!/usr/bin/env bash
# Installs what is missing, builds the test configuration (Debug, -Werror, ASan+UBSan) and runs
# the whole suite with CTest. `.ci/run` runs exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."

installer/setup-deps.sh --no-demo
# The API description's linter and the answers' validator (ajv), pinned in docs/package-lock.json.
if [ ! -x docs/node_modules/.bin/redocly ] || [ ! -d docs/node_modules/ajv ] || [ ! -d docs/node_modules/yaml ]; then
  (cd docs && npm ci --no-audit --no-fund --loglevel=error)
fi

build=${OW_TEST_BUILD_DIR:-build-test}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DOW_WERROR=ON -DOW_SANITIZE=ON -DOW_SHARED_LIBS=ON
cmake --build "$build"
cd "$build"
ctest --output-on-failure --timeout 300 -j "$(nproc)"
