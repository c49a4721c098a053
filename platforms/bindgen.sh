#!/usr/bin/env bash
# Generates Attune's Kotlin, Swift and Python bindings from the built attune-ffi library.
#   bash platforms/bindgen.sh [out-dir]     (default: platforms/bindings, git-ignored)
# Kotlin goes into the Android app's sources, Swift into the iOS app's; Python is what CI
# loads to test the bindings against the real library. Each language gets two modules: the
# core's own types (`attune_core`) and the store that uses them (`attune_ffi`); Python's are
# one package, `attune`, that holds both and the library.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-$root/platforms/bindings}"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/attune-target}"
cd "$root"
cargo build --locked -p attune-ffi -p uniffi-bindgen
lib="$CARGO_TARGET_DIR/debug/libattune_ffi.so"
[ -f "$lib" ] || lib="$CARGO_TARGET_DIR/debug/libattune_ffi.dylib"
for language in kotlin swift; do
  "$CARGO_TARGET_DIR/debug/uniffi-bindgen" generate --library "$lib" --language "$language" --out-dir "$out/$language" --no-format
done
# The Python modules import each other as a package's (`from . import attune_core`).
"$CARGO_TARGET_DIR/debug/uniffi-bindgen" generate --library "$lib" --language python --out-dir "$out/python/attune" --no-format
printf '%s\n' '"""Attune for Python: the core'"'"'s types and the store, one namespace."""' \
  'from .attune_core import *  # noqa: F403' 'from .attune_ffi import *  # noqa: F403' >"$out/python/attune/__init__.py"
cp "$lib" "$out/python/attune/"
echo "bindings in $out"
