#!/usr/bin/env bash
# Runs each libFuzzer target (fuzz/) for a bounded time, starting from its checked-in seed corpus and regression
# inputs, in the asan build (ASan + UBSan; scripts/run-sanitizers.sh builds the same folder). Fails when a target
# finds a crash, a sanitizer report or a broken property, and prints the reproducer's path and how to keep it.
#
#   scripts/run-fuzz.sh [TARGET...]          all targets by default: apiparser configparser listdecoder
#                                            escaping retryafter
#   ARRSCORE_FUZZ_SECONDS=n                  time per target (default 45)
#   ARRSCORE_FUZZ_SEED=n                     libFuzzer's seed; under CI=true it defaults to 1, so that a CI run
#                                            explores what a local run with the same seed explored (a slower
#                                            machine, a prefix of it) and a red CI is reproducible; otherwise
#                                            random, so local runs keep finding new inputs
#
# New inputs the fuzzer finds go to build/asan/fuzz-corpus/<target>/ (kept between runs, never the checked-in
# corpus); failures to build/asan/fuzz-artifacts/<target>/.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
seconds=${ARRSCORE_FUZZ_SECONDS:-45}
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(apiparser configparser listdecoder escaping retryafter)

command -v clang++-19 >/dev/null || { echo "clang++-19 is missing: scripts/install-deps.sh --tests installs it." >&2; exit 2; }
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
build=$root/build/asan
start=$(date +%s)
cmake --preset asan "${launcher[@]}" >/dev/null
cmake --build "$build" --parallel "${ARRSCORE_SANITIZER_JOBS:-2}" --target "${targets[@]/#/fuzz_}"
echo "run-fuzz.sh: build took $(($(date +%s) - start)) s"

# Leaks are checked per input too: a parser that leaks on some input fails like one that crashes.
export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1:allocator_may_return_null=1"
export LSAN_OPTIONS="suppressions=$root/scripts/sanitizers/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:report_error_type=1"
seed_args=()
seed=${ARRSCORE_FUZZ_SEED:-}
[ -z "$seed" ] && [ "${CI:-}" = true ] && seed=1
[ -n "$seed" ] && seed_args=(-seed="$seed")
# One target on each core (ARRSCORE_SANITIZER_JOBS, default 2): each libFuzzer process is single-threaded.
# A target's report goes to its log and is printed whole once it is done, never interleaved with another's.
fuzz_one() {
    local target=$1 corpus=$build/fuzz-corpus/$1 artifacts=$build/fuzz-artifacts/$1/ t0
    rm -rf "$artifacts" # only this run's failures are reported
    mkdir -p "$corpus" "$artifacts" "fuzz/regressions/$target"
    t0=$(date +%s)
    # The first folder receives new inputs; the checked-in ones are only read. -timeout: one input taking 10 s
    # is a hang; -rss_limit_mb bounds what a parser may allocate for one input.
    if "$build/fuzz/fuzz_$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
        -print_final_stats=1 -artifact_prefix="$artifacts" "${seed_args[@]}" \
        "$corpus" "fuzz/corpus/$target" "fuzz/regressions/$target" >"$build/fuzz-$target.log" 2>&1; then
        runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$build/fuzz-$target.log")
        rss=$(sed -n 's/^stat::peak_rss_mb: *//p' "$build/fuzz-$target.log")
        echo "fuzz_$target: no failure in ${runs:-?} inputs, $(($(date +%s) - t0)) s, peak RSS ${rss:-?} MB"
        return 0
    fi
    echo "fuzz_$target: FAILED after $(($(date +%s) - t0)) s"
    tail -n 60 "$build/fuzz-$target.log"
    for crash in "$artifacts"*; do
        [ -f "$crash" ] || continue
        echo "reproducer: $crash ($(stat -c %s "$crash") bytes; base64: $(head -c 300 "$crash" | base64 -w0))"
        echo "  replay:   $build/fuzz/fuzz_$target $crash"
        echo "  keep it:  cp $crash fuzz/regressions/$target/<what-it-is>   (replayed by ctest -R fuzz_)"
    done
    return 1
}
jobs=${ARRSCORE_SANITIZER_JOBS:-2}
echo "== ${#targets[@]} targets, ${seconds} s each from fuzz/corpus/<target> and fuzz/regressions/<target>, $jobs at a time"
declare -A running=() # pid -> target
failed=()
reap() {
    local pid
    for pid in "${!running[@]}"; do
        if ! kill -0 "$pid" 2>/dev/null; then
            wait "$pid" || failed+=("${running[$pid]}")
            cat "$build/fuzz-summary-${running[$pid]}.txt"
            unset "running[$pid]"
        fi
    done
}
for target in "${targets[@]}"; do
    while [ ${#running[@]} -ge "$jobs" ]; do
        sleep 1
        reap
    done
    fuzz_one "$target" >"$build/fuzz-summary-$target.txt" 2>&1 &
    running[$!]=$target
done
while [ ${#running[@]} -gt 0 ]; do
    sleep 1
    reap
done
echo "run-fuzz.sh: $(( $(date +%s) - start )) s in all"
if [ ${#failed[@]} -gt 0 ]; then
    echo "run-fuzz.sh: failures in: ${failed[*]} (full logs: $build/fuzz-<target>.log)" >&2
    exit 1
fi
