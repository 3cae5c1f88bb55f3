#!/bin/bash
# Builds the benchmarks optimised in their own build folder and runs them all, printing everything:
#
#   bench/run-all.sh [BUILD_DIR]        (default build/bench)
#
# Configures BUILD_DIR with CMAKE_BUILD_TYPE=Release, no tests and no GUI, builds only arrscore, arrsim,
# bench_sim, bench_storage, bench_export and bench_floor, then runs bench_sim, bench_storage, bench_export and
# bench_sync.sh one after the other (never in parallel: they would measure each other). Set
# ARRSCORE_BENCH_PG to a postgresql:// URL to include PostgreSQL in bench_storage
# (tests/support/pg-server.sh start DIR PORT prints one).
# Exit status: 0 when everything ran and met its goals, 1 otherwise.
set -u

here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build/bench}
jobs=${ARRSCORE_BENCH_JOBS:-2}

echo "== build: $build (Release, ARRSCORE_TESTS=OFF, ARRSCORE_GUI=OFF) =="
generator=()
command -v ninja >/dev/null 2>&1 && [ ! -f "$build/Makefile" ] && generator=(-G Ninja)
cmake -S "$here" -B "$build" "${generator[@]}" -DCMAKE_BUILD_TYPE=Release -DARRSCORE_TESTS=OFF \
    -DARRSCORE_GUI=OFF -DARRSCORE_BENCH=ON >/dev/null || exit 1
cmake --build "$build" --parallel "$jobs" --target arrscore arrsim bench_sim bench_storage bench_export \
    bench_floor || exit 1

status=0
echo
echo "== machine =="
echo "$(nproc) CPUs: $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1); $(uname -sr)"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"

echo
echo "== $build/bench/bench_sim =="
"$build/bench/bench_sim" || status=1

echo
echo "== $build/bench/bench_storage =="
"$build/bench/bench_storage" || status=1

echo
echo "== $build/bench/bench_export =="
"$build/bench/bench_export" || status=1

echo
echo "== bench/bench_sync.sh --build $build =="
"$here/bench/bench_sync.sh" --build "$build" || status=1
exit $status
