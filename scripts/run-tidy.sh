#!/usr/bin/env bash
# Runs clang-tidy (.clang-tidy) over the core/, cli/ and ui/ sources of a configured build, and
# clang-include-cleaner for includes nothing uses, and fails on any finding, saying how long it took.
#   scripts/run-tidy.sh [BUILD_DIR]   default build/ci (cmake --preset ci writes its compile_commands.json)
#   TIDY_JOBS=n                       parallel clang-tidy processes (default 2, as CI has 2 cores)
#   CLANG_TIDY=/path/to/clang-tidy    another binary (run-clang-tidy is looked up beside it)
# Generated files (moc, rcc) live in the build directory and are never checked.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
build=${1:-build/ci}
build=$(cd "$build" 2>/dev/null && pwd) || { echo "No build directory $1; run cmake --preset ci first." >&2; exit 2; }
if [ ! -f "$build/compile_commands.json" ]; then
    echo "$build has no compile_commands.json; configure it with cmake (CMAKE_EXPORT_COMPILE_COMMANDS is on)." >&2
    exit 2
fi

# clang-tidy 19 (Debian bookworm's newest): its checks and clang-include-cleaner beside it; 14 lacks both.
clang_tidy=${CLANG_TIDY:-}
if [ -z "$clang_tidy" ]; then
    for candidate in clang-tidy-19 clang-tidy; do
        if command -v "$candidate" >/dev/null; then clang_tidy=$(command -v "$candidate"); break; fi
    done
fi
version=$("$clang_tidy" --version 2>/dev/null | sed -n 's/.*LLVM version \([0-9]*\).*/\1/p' | head -1)
if [ -z "$version" ] || [ "$version" -lt 19 ]; then
    echo "clang-tidy 19 or newer is needed (scripts/install-deps.sh --tests installs clang-tidy-19)." >&2
    exit 2
fi
runner=$(command -v "run-clang-tidy-$version" || command -v run-clang-tidy) \
    || { echo "run-clang-tidy is not installed (it comes with clang-tidy-$version)." >&2; exit 2; }
include_cleaner=$(dirname "$(readlink -f "$clang_tidy")")/clang-include-cleaner
[ -x "$include_cleaner" ] || { echo "$include_cleaner is missing (clang-tools-$version)." >&2; exit 2; }

# The moc and rcc outputs are inside the build directory, so anchoring the regex at our folders skips them.
files="^$root/(core|cli|ui)/.*\\.cpp\$"
# -Wno-error: the compile commands carry CI's -Werror, and clang 19 warns inside GCC 12's <algorithm>.
start=$(date +%s)
status=0
"$runner" -clang-tidy-binary "$clang_tidy" -p "$build" -j "${TIDY_JOBS:-2}" -quiet -extra-arg=-Wno-error \
    -warnings-as-errors='*' "$files" || status=$?

# Includes nothing in the file uses (removals only: the "missing include" half does not know Qt's headers).
# Qt's <QFoo> forwarding headers are never reported, so what it finds are ours and the standard library's.
# A header is analysed on its own, so one that does not compile alone is reported too. yaml-cpp's and
# QtKeychain's umbrella headers provide nothing themselves, so they would always look unused.
ignored='yaml-cpp/.*,qt6keychain/.*'
unused_includes() {
    local out
    if out=$("$include_cleaner" -p "$build" --extra-arg=-Wno-error --insert=false --print=changes \
                 --ignore-headers="$ignored" "$1" 2>&1); then
        sed -n "s|^- \(.*\) @Line:\([0-9]*\)|$1:\2: unused include \1|p" <<<"$out"
    else
        echo "$1: does not compile on its own (clang-include-cleaner $1 says why)"
    fi
}
export -f unused_includes
export include_cleaner build ignored
unused=$(find core cli ui -type f \( -name '*.cpp' -o -name '*.h' \) | sort \
    | xargs -P "${TIDY_JOBS:-2}" -I{} bash -c 'unused_includes "$1"' _ {})
if [ -n "$unused" ]; then
    echo "$unused"
    status=1
fi

elapsed=$(( $(date +%s) - start ))
printf 'clang-tidy %s over core/, cli/, ui/ took %dm%02ds.\n' "$version" $((elapsed / 60)) $((elapsed % 60))
if [ "$status" -ne 0 ]; then
    echo "clang-tidy or clang-include-cleaner found problems (above)." >&2
    exit 1
fi
