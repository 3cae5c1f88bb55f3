#!/usr/bin/env bash
# Checks that every C++ source we own is formatted as .clang-format says, naming the files that are not.
#   scripts/check-format.sh        exits 1 when a file would change (clang-format --dry-run --Werror)
#   scripts/check-format.sh --fix  formats them in place (what `cmake --build … --target format` runs)
# The formatting is clang-format 14's (Debian bookworm, CI): other versions break some lines differently.
# CLANG_FORMAT=/path/to/clang-format picks another binary.
set -euo pipefail
cd "$(dirname "$0")/.."

fix=0
case "${1:-}" in
    --fix) fix=1 ;;
    "") ;;
    *) echo "usage: $0 [--fix]" >&2; exit 2 ;;
esac

clang_format=${CLANG_FORMAT:-}
if [ -z "$clang_format" ]; then
    for candidate in clang-format-14 clang-format; do
        if command -v "$candidate" >/dev/null; then clang_format=$candidate; break; fi
    done
fi
if [ -z "$clang_format" ]; then
    echo "clang-format is not installed (scripts/install-deps.sh --tests installs it)." >&2
    exit 2
fi
version=$("$clang_format" --version | sed -n 's/.*version \([0-9]*\).*/\1/p')
[ "$version" = 14 ] || echo "warning: $clang_format is version $version; CI checks with clang-format 14." >&2

# Our sources: the folders we write, never a build directory (build/ and out/ sit at the root).
mapfile -t files < <(find app bench cli core sim tests ui -type f \( -name '*.cpp' -o -name '*.h' \) | sort)

if [ "$fix" = 1 ]; then
    "$clang_format" -i --style=file "${files[@]}"
    echo "Formatted ${#files[@]} files."
    exit 0
fi

# One run over all files; each violation is reported as "file:line:col: error: …".
status=0
output=$("$clang_format" --dry-run --Werror --style=file "${files[@]}" 2>&1) || status=$?
mapfile -t unclean < <(sed -n 's/^\([^:]*\):[0-9]*:[0-9]*: error: .*clang-format-violations.*/\1/p' <<<"$output" \
                       | sort -u)
if [ "$status" -ne 0 ] && [ ${#unclean[@]} -eq 0 ]; then
    echo "$output" >&2 # clang-format itself failed (an unreadable file, a bad .clang-format)
    exit 2
fi
if [ ${#unclean[@]} -gt 0 ]; then
    echo "Not formatted as .clang-format says (scripts/check-format.sh --fix, or the 'format' target):" >&2
    printf '  %s\n' "${unclean[@]}" >&2
    exit 1
fi
echo "All ${#files[@]} C++ sources are formatted."
