#!/bin/sh
# Regenerates the add-in's PNG icons from assets/icon.svg (32-128 px) and assets/icon-16.svg
# (a simplified drawing for 16 px). Needs rsvg-convert (Debian/Ubuntu: apt-get install librsvg2-bin;
# macOS: brew install librsvg). The PNGs are committed, so building the add-in does not need it.
set -eu
cd "$(dirname "$0")/../assets"
command -v rsvg-convert >/dev/null 2>&1 || { echo "rsvg-convert not found (install librsvg2-bin)" >&2; exit 1; }
rsvg-convert -w 16 -h 16 -o icon-16.png icon-16.svg
for size in 32 64 80 128; do
  rsvg-convert -w "$size" -h "$size" -o "icon-$size.png" icon.svg
done
echo "Rendered: $(ls icon-*.png | tr '\n' ' ')"
