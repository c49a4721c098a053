#!/usr/bin/env bash
# Generates Attune's Kotlin, Swift and Python bindings from the built attune-ffi library.
#   bash platforms/bindgen.sh [out-dir]     (default: platforms/bindings, git-ignored)
# Kotlin goes into the Android app's sources, Swift into the iOS app's; Python is what CI
# loads to test the bindings against the real library.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-$root/platforms/bindings}"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/attune-target}"
cd "$root"
cargo build --locked -p attune-ffi -p uniffi-bindgen
lib="$CARGO_TARGET_DIR/debug/libattune_ffi.so"
[ -f "$lib" ] || lib="$CARGO_TARGET_DIR/debug/libattune_ffi.dylib"
for language in kotlin swift python; do
  "$CARGO_TARGET_DIR/debug/uniffi-bindgen" generate --library "$lib" --language "$language" --out-dir "$out/$language" --no-format
done
cp "$lib" "$out/python/"
echo "bindings in $out"
