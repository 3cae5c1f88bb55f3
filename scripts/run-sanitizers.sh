#!/usr/bin/env bash
# Builds the project with sanitizers (clang 19) in its own build folder and runs tests under them; any report
# fails the run (the sanitizers abort the test, so ctest sees it fail), and it says how long each part took.
#
#   scripts/run-sanitizers.sh [--asan|--tsan] [CTEST_ARGS...]
#     --asan (default)  AddressSanitizer + UBSan (leaks included) over the whole test suite, the GUI tests
#                       offscreen, in build/asan (the asan preset; it also builds the fuzz targets for
#                       scripts/run-fuzz.sh, from the same objects).
#     --tsan            ThreadSanitizer over the tests of the threaded parts (saves on a worker, loads and
#                       analyses on a pool, the detail pane's pool, a sync session), in build/tsan, building
#                       only those. Debian's Qt is not built with TSan, so a hand-off inside Qt's library
#                       (QThreadPool::start, a QFuture's results, QThread::wait) is invisible to it: our work
#                       crosses threads through HandOff (core/base/handoff.h), whose slot is guarded by a mutex
#                       locked in our code and whose pool hand-off is marked (core/base/tsanannotations.h), and
#                       the tests' helper threads are std::threads. Any report fails the run.
#   CTEST_ARGS go to ctest, e.g. -R tst_snapshotstore to run one test.
#
# PostgreSQL rows run when ARRSCORE_TEST_PG is set (scripts/run-tests.sh exports it). The keychain tests run
# against a throw-away gnome-keyring in a private D-Bus session, as in run-tests.sh, never the user's keyring.
# Both presets are unity builds (CMAKE_UNITY_BUILD, a quarter less build time; docs/TESTING.md says why and what
# it asks of the sources). Suppressions: scripts/sanitizers/, each with its reason.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
mode=asan
case "${1:-}" in
    --asan) shift ;;
    --tsan) mode=tsan; shift ;;
esac

command -v clang++-19 >/dev/null || { echo "clang++-19 is missing: scripts/install-deps.sh --tests installs it." >&2; exit 2; }
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
jobs=${ARRSCORE_SANITIZER_JOBS:-2}

supp=$root/scripts/sanitizers
# Reports abort at once, with a stack; UBSan is built with -fno-sanitize-recover=all as well.
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:report_error_type=1"
export ASAN_OPTIONS="halt_on_error=1:abort_on_error=1:detect_leaks=1:strict_init_order=1:check_initialization_order=1"
export LSAN_OPTIONS="suppressions=$supp/lsan.supp:print_suppressions=0"
export TSAN_OPTIONS="halt_on_error=1:abort_on_error=1:second_deadlock_stack=1:suppressions=$supp/tsan.supp:print_suppressions=0"

# The threaded parts: HandOff itself (tst_handoff), the stores under helper threads (tst_snapshotstore,
# tst_snapshottransaction, tst_database), LibraryLoader's loads (tst_librarymodels, tst_mainwindow, tst_mainviews),
# the report's analyses and candidates on the pool (tst_htmlreport, the export dialog in tst_mainviews),
# FileDetailPane's pool (tst_filedetailpane), the database page's check (tst_settingsdialog), a sync's session and
# its SnapshotSaveQueue (tst_mainwindow syncs in-process; tst_snapshotsavequeue on its own). Not tst_syncjob or
# tst_syncsession: SyncJob and ArrClient start no thread (only Qt's network thread runs beside them), the session's
# save queue is covered by the two above, and their many syncs against the in-process simulator take over two
# minutes under TSan. Not the CLI tests: TSan aborts in QProcess's fork (a CHECK in the TSan runtime, not a
# report), so the CLI is covered by the ASan run.
tsan_tests=(tst_handoff tst_database tst_snapshotstore tst_snapshottransaction tst_librarymodels tst_htmlreport
            tst_filedetailpane tst_mainwindow tst_mainviews tst_settingsdialog tst_snapshotsavequeue)

build=build/$mode
start=$(date +%s)
cmake --preset "$mode" "${launcher[@]}" >/dev/null
if [ "$mode" = asan ]; then
    cmake --build "$build" --parallel "$jobs"
    regex=()
else
    cmake --build "$build" --parallel "$jobs" --target "${tsan_tests[@]}"
    regex=(-R "^($(IFS='|'; echo "${tsan_tests[*]}"))\$")
fi
built=$(date +%s)
echo "run-sanitizers.sh: $mode build took $((built - start)) s"

status=0
# Sanitized tests run 2 to 15 times slower: QTest's limit per test function grows with them. After a report
# QTest would attach gdb for a stack, which hangs under TSan: the sanitizer's own stack is the one that matters.
export QTEST_FUNCTION_TIMEOUT=900000 QTEST_DISABLE_STACK_DUMP=1
tests=(ctest --test-dir "$build" --output-on-failure -j "$jobs" "${regex[@]}" "$@")
if command -v dbus-run-session >/dev/null && command -v gnome-keyring-daemon >/dev/null; then
    keyring=$(mktemp -d /tmp/arrscore-sanitizers.XXXXXX)
    trap 'rm -rf "$keyring"' EXIT
    export ARRSCORE_TEST_KEYCHAIN=1
    dbus-run-session -- bash -c '
        printf "arrscore-tests" | XDG_DATA_HOME="$0" gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
        exec "$@"' "$keyring" "${tests[@]}" || status=$?
else
    unset ARRSCORE_TEST_KEYCHAIN # a session bus here would be the user's own keyring
    "${tests[@]}" || status=$?
fi
end=$(date +%s)
echo "run-sanitizers.sh: $mode tests took $((end - built)) s; $((end - start)) s in all"
exit $status
