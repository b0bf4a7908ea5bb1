#!/usr/bin/env bash
# Renders body-map.svg to the icon files the packages need (run by hand after editing the SVG;
# the results are committed so a build needs none of these tools):
#   body-map.png (512 px, Linux), body-map.ico (Windows), body-map.icns (macOS),
#   body-map-{16,32,48,64,128,256}.png (window icons).
# Needs librsvg2-bin (rsvg-convert), icoutils (icotool) and icnsutils (png2icns).
set -euo pipefail
cd "$(dirname "$0")"
for s in 16 32 48 64 128 256 512; do
  rsvg-convert -w "$s" -h "$s" body-map.svg -o "/tmp/body-map-$s.png"
done
cp /tmp/body-map-512.png body-map.png
for s in 16 32 48 64 128 256; do cp "/tmp/body-map-$s.png" "body-map-$s.png"; done
icotool -c -o body-map.ico /tmp/body-map-16.png /tmp/body-map-32.png /tmp/body-map-48.png /tmp/body-map-256.png
png2icns body-map.icns /tmp/body-map-16.png /tmp/body-map-32.png /tmp/body-map-128.png /tmp/body-map-256.png /tmp/body-map-512.png >/dev/null
