#!/usr/bin/env bash
# Builds the camera reader the web app loads only when the camera opens, into app/public/codes/
# (dx copies public/ into the web build). Run before `dx build --platform web` / `dx serve`.
# Needs the wasm32 target and the wasm-bindgen CLI of the version in Cargo.lock (.ci/run
# installs both); wasm-opt from the e2e suite's npm binaryen when it is there.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
target="${CARGO_TARGET_DIR:-$root/target}"
out="$root/app/public/codes"
cargo build --locked -p attune-codes-web --lib --target wasm32-unknown-unknown --profile web-release
wasm-bindgen --target web --no-typescript --out-dir "$out" \
  "$target/wasm32-unknown-unknown/web-release/attune_codes_web.wasm"
opt="$root/tests/e2e/node_modules/.bin/wasm-opt"
if [ -x "$opt" ]; then
  "$opt" -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals \
    "$out/attune_codes_web_bg.wasm" -o "$out/attune_codes_web_bg.wasm"
fi
ls -l "$out"
