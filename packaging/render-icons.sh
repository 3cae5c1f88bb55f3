#!/usr/bin/env bash
# Renders resources/icons/arrscore.svg into the files that are checked in next to it, so building needs no SVG tools:
#   resources/icons/arrscore-<N>.png   the hicolor theme sizes (installed) and the window icon (compiled in)
#   packaging/windows/arrscore.ico     the .exe's and the installer's icon
#   packaging/macos/arrscore.icns      the app bundle's icon
# Run it after changing the SVG (Debian: librsvg2-bin, imagemagick, icnsutils) and commit what it wrote.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
svg=$here/resources/icons/arrscore.svg
for tool in rsvg-convert convert png2icns; do
    command -v "$tool" >/dev/null || { echo "render-icons.sh needs $tool (apt-get install librsvg2-bin imagemagick icnsutils)" >&2; exit 1; }
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The SVG is drawn on a 16-unit grid: these sizes all land its edges on whole pixels.
for size in 16 32 48 64 128 256 512; do
    rsvg-convert --width "$size" --height "$size" "$svg" --output "$tmp/$size.png"
    # No timestamps or other text chunks: the same SVG gives the same bytes.
    convert "$tmp/$size.png" -strip "PNG32:$here/resources/icons/arrscore-$size.png"
done
rsvg-convert --width 1024 --height 1024 "$svg" --output "$tmp/1024.png"
# 24 px (Windows' small icon at 150 %) is not on the grid; it is rendered as well as it goes.
rsvg-convert --width 24 --height 24 "$svg" --output "$tmp/24.png"

convert "$tmp/16.png" "$tmp/24.png" "$tmp/32.png" "$tmp/48.png" "$tmp/64.png" "$tmp/256.png" \
    "$here/packaging/windows/arrscore.ico"
png2icns "$here/packaging/macos/arrscore.icns" "$tmp/16.png" "$tmp/32.png" "$tmp/48.png" "$tmp/128.png" \
    "$tmp/256.png" "$tmp/512.png" "$tmp/1024.png" >/dev/null
echo "Rendered the icon into resources/icons/arrscore-*.png, packaging/windows/arrscore.ico, packaging/macos/arrscore.icns"
