#!/usr/bin/env bash
# Compares the web app's two possible storages with Attune's store in a browser worker
# (see src/lib.rs and tests/e2e/storage-compare.mjs): OPFS (opfs-sahpool) against the relaxed
# IndexedDB VFS the app uses. A measurement, not a CI test; figures in BENCHMARKS.md.
# Needs what tests/e2e/run.sh needs (wasm-bindgen-cli, clang-19, chromium, the npm packages).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/attune-target}"
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
cd "$root"
cargo build --release --locked -p attune-web-storage --target wasm32-unknown-unknown
site=$(mktemp -d)
wasm-bindgen --target web --no-typescript --out-dir "$site/pkg" \
  "$CARGO_TARGET_DIR/wasm32-unknown-unknown/release/attune_web_storage.wasm"
cp "$here"/page/* "$site/"
cargo run --release --locked -q -p attune-tests --bin ten-years-backup -- "$site/ten-years.attune-backup" "ten years of us"
cd "$root/tests/e2e"
[ -d node_modules/playwright-core ] || npm ci --no-audit --no-fund
ATTUNE_STORAGE_PAGE="$site" ATTUNE_TEN_YEARS="$site/ten-years.attune-backup" node storage-compare.mjs
rm -rf "$site"
