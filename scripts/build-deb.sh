#!/usr/bin/env bash
# Builds the Debian package of Arr Score Exporter for the system it runs on (Debian 12 bookworm, Ubuntu 24.04):
#   scripts/build-deb.sh            writes dist/arrscore_<version>_<arch>.deb
# From a copy of the working tree (what is checked out, with any uncommitted change), with debian/ and debhelper:
# hardening flags, stripped binaries with a separate -dbgsym package, Depends from dpkg-shlibdeps, the system's Qt.
# What the build needs: scripts/install-deps.sh --tests, or `apt-get build-dep ./` as root.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"

version=$(dpkg-parsechangelog --show-field Version)
project_version=$(sed -n 's/^project(ArrScoreExporter VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)
if [ "$version" != "$project_version" ]; then
    echo "debian/changelog is at $version but CMakeLists.txt at $project_version: add a debian/changelog entry" >&2
    exit 1
fi
arch=$(dpkg-architecture --query DEB_HOST_ARCH)
if ! missing=$(dpkg-checkbuilddeps 2>&1); then
    echo "$missing" >&2
    echo "Install them with scripts/install-deps.sh --tests (or: apt-get build-dep ./)" >&2
    exit 1
fi

# The commit the binaries name, read as the build itself reads it (with -dirty for uncommitted changes).
work=$here/build/deb
rm -rf "$work"
mkdir -p "$work" dist
cmake -DSOURCE_DIR="$here" -DOUTPUT="$work/commit.h" -P cmake/gitcommit.cmake
commit=$(sed -n 's/^#define ARRSCORE_GIT_COMMIT "\(.*\)"$/\1/p' "$work/commit.h")

# The copy: the files git knows and untracked ones it does not ignore; everything outside a git checkout.
src=$work/arrscore-$version
mkdir -p "$src"
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    git ls-files -z --cached --others --exclude-standard \
        | while IFS= read -r -d '' f; do [ -e "$f" ] && printf '%s\0' "$f"; done \
        | tar --null --files-from=- -cf - | tar -xf - -C "$src"
else
    tar --exclude=./build --exclude=./dist -cf - . | tar -xf - -C "$src"
fi

# ccache, when there is one, makes a second package build take seconds (dpkg's flags map the path away).
if command -v ccache >/dev/null; then
    export CMAKE_CXX_COMPILER_LAUNCHER=ccache
fi
export ARRSCORE_GIT_COMMIT=$commit
jobs=${ARRSCORE_JOBS:-$(nproc)}
echo "Building arrscore $version ($commit) for $arch in $src" >&2
(cd "$src" && DEB_BUILD_OPTIONS="parallel=$jobs nocheck" dpkg-buildpackage -b -us -uc) > "$work/build.log" 2>&1 || {
    tail -40 "$work/build.log" >&2
    echo "dpkg-buildpackage failed; the whole log is $work/build.log" >&2
    exit 1
}

deb=arrscore_${version}_${arch}.deb
mv "$work/$deb" dist/
mv "$work"/arrscore-dbgsym_"${version}"_"${arch}".*deb dist/ 2>/dev/null || true
echo "dist/$deb"
