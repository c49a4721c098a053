#!/usr/bin/env bash
# Renders the PNG icons from icon.svg (rsvg-convert, Debian package librsvg2-bin). Run by hand after changing
# the mark; the PNGs are committed. Web app: app/public/icons; desktop/phone bundles: here.
set -euo pipefail
cd "$(dirname "$0")"
web=../../app/public/icons
mkdir -p "$web"
for size in 32 128 512; do rsvg-convert -w "$size" -h "$size" icon.svg -o "icon-$size.png"; done
for size in 192 512; do rsvg-convert -w "$size" -h "$size" icon.svg -o "$web/icon-$size.png"; done
rsvg-convert -w 512 -h 512 icon.svg -o "$web/maskable-512.png"
rsvg-convert -w 180 -h 180 icon.svg -o "$web/apple-touch-icon.png"
