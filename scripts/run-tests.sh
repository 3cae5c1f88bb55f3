#!/usr/bin/env bash
# Installs what is missing, builds everything with warnings as errors, starts a private PostgreSQL
# server and runs every test (unit, storage on SQLite and PostgreSQL, the CLI against the simulator,
# the GUI offscreen).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --tests
cmake --preset ci >/dev/null
cmake --build --preset ci

pgdir=$(mktemp -d /tmp/arrscore-pg.XXXXXX)
cleanup() { tests/support/pg-server.sh stop "$pgdir" >/dev/null 2>&1 || true; rm -rf "$pgdir"; }
trap cleanup EXIT
port=$(( 20000 + RANDOM % 20000 ))
if url=$(tests/support/pg-server.sh start "$pgdir" "$port"); then
    export ARRSCORE_TEST_PG="$url"
    echo "PostgreSQL for the storage tests: $url"
else
    if [ -n "${CI:-}" ]; then
        echo "Could not start PostgreSQL; the storage tests need it in CI." >&2
        exit 1
    fi
    echo "Could not start PostgreSQL: the storage tests run on SQLite only." >&2
fi
ctest --preset ci "$@"
