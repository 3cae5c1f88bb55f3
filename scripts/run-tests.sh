#!/usr/bin/env bash
# Installs what is missing, checks the format, builds everything with warnings as errors, runs
# clang-tidy, starts a private PostgreSQL server and runs every test (the layer check, unit, storage on
# SQLite and PostgreSQL, the CLI against the simulator, the GUI offscreen); then the whole suite again under
# AddressSanitizer + UBSan, the threaded parts under ThreadSanitizer, each fuzz target for a bounded time,
# and the Debian package built, installed, started and removed.
#   ARRSCORE_CHECKS=0      skips the format and clang-tidy checks
#   ARRSCORE_SANITIZERS=0  skips the sanitizer and fuzz stages
#   ARRSCORE_PACKAGE=0     skips the package check (it needs root or sudo: it installs the package)
# Arguments go to the first ctest run only, e.g. -R tst_snapshotstore.
set -euo pipefail
cd "$(dirname "$0")/.."
stage() { printf '\n== %s (%d s so far)\n' "$*" "$SECONDS"; }
stage "Dependencies"
scripts/install-deps.sh --tests
cmake --preset ci >/dev/null
# The code checks run before and after the build: formatting first (seconds), clang-tidy once the
# generated headers exist. ARRSCORE_CHECKS=0 skips both, for a quick local run of the tests alone.
checks=${ARRSCORE_CHECKS:-1}
if [ "$checks" != 0 ]; then
    scripts/check-format.sh
fi
stage "Build (ci preset, warnings are errors)"
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
# clang-tidy needs only the build's generated headers. It is the longest check (about a build's worth of
# parsing), so it starts now and runs to the end at the lowest priority, on what the stages after it leave
# idle (the tests wait on timers and sockets, lintian and the package's install use one core; CI has two);
# its output is kept until the end, or printed at once if a stage fails.
tidy_pid=
tidy_log=build/ci/run-tidy.log
if [ "$checks" != 0 ]; then
    stage "clang-tidy (in the background, to the end) and the tests"
    # Its own process group (job control on for this one start), so that a failure can stop it with all its
    # clang-tidy processes. Not setsid: a new session is a new scheduler autogroup, which shares the CPU equally
    # with this one whatever its nice value.
    set -m
    nice -n 19 scripts/run-tidy.sh build/ci >"$tidy_log" 2>&1 &
    tidy_pid=$!
    set +m
else
    stage "The tests"
fi
tidy_result() {
    [ -n "$tidy_pid" ] || return 0
    local status=0
    wait "$tidy_pid" || status=$?
    tidy_pid=
    cat "$tidy_log"
    return $status
}
tidy_stop() {
    [ -n "$tidy_pid" ] || return 0
    if kill -0 "$tidy_pid" 2>/dev/null; then
        kill -- "-$tidy_pid" 2>/dev/null || true
        echo "run-tests.sh: clang-tidy was stopped by the failure above; what it had found so far:" >&2
    fi
    wait "$tidy_pid" 2>/dev/null || true
    tidy_pid=
    cat "$tidy_log" >&2
}
trap 'tidy_stop; cleanup' EXIT
# A private D-Bus session with a throw-away, unlocked gnome-keyring (its files in the temporary directory,
# never the user's keyrings) gives the keychain tests a real Secret Service.
if command -v dbus-run-session >/dev/null && command -v gnome-keyring-daemon >/dev/null; then
    export ARRSCORE_TEST_KEYCHAIN=1
    mkdir -p "$pgdir/keyring"
    dbus-run-session -- bash -c '
        printf "arrscore-tests" | XDG_DATA_HOME="$0" gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
        shift
        exec ctest --preset ci "$@"' "$pgdir/keyring" ctest "$@" || tests_status=$?
else
    ctest --preset ci "$@" || tests_status=$?
fi
if [ "${tests_status:-0}" != 0 ]; then
    echo "run-tests.sh: tests failed (ctest's output above)." >&2
    exit 1
fi

if [ "${ARRSCORE_SANITIZERS:-1}" != 0 ]; then
    stage "AddressSanitizer + UBSan over every test"
    scripts/run-sanitizers.sh --asan
    stage "ThreadSanitizer over the threaded parts"
    scripts/run-sanitizers.sh --tsan
    stage "Fuzzing, ${ARRSCORE_FUZZ_SECONDS:=30} s per target"
    ARRSCORE_FUZZ_SECONDS=$ARRSCORE_FUZZ_SECONDS scripts/run-fuzz.sh
fi
if [ "${ARRSCORE_PACKAGE:-1}" != 0 ]; then
    stage "The Debian package: build, lintian, install, start, remove"
    scripts/check-package.sh
fi
stage "clang-tidy's result"
tidy_status=0
tidy_result || tidy_status=$?
if [ "$tidy_status" != 0 ]; then
    echo "run-tests.sh: clang-tidy or clang-include-cleaner found problems (above)." >&2
    exit 1
fi
stage "All done"
