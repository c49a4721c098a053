#!/usr/bin/env bash
# Builds the web app once, then runs the browser end-to-end suite against it in Debian's
# Chromium and in WebKitGTK, and Lighthouse in Chromium. Alone: `bash tests/e2e/run.sh` (needs
# dx, wasm-bindgen, clang-19, chromium, webkit2gtk-driver, xvfb and the en_US and es_MX
# locales; .ci/run installs them). Screenshots and page dumps of every step, and Lighthouse's
# reports, land in tests/e2e/artifacts/.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/attune-target}"

cd "$here"
if [ ! -x node_modules/.bin/esbuild ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
# dx uses the esbuild and wasm-opt pinned here instead of downloading its own.
export PATH="$here/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
export NO_DOWNLOADS=1

cd "$root"
# The web app as README builds it: the camera's reader and the app split by route
# (platforms/web/build.sh says why each flag).
"$root/platforms/web/build.sh" >"$here/dx-build.log" 2>&1 || { tail -40 "$here/dx-build.log"; exit 1; }
export ATTUNE_WEB_ROOT="$CARGO_TARGET_DIR/dx/attune-app/release/web/public"

cd "$here"
rm -rf artifacts && mkdir -p artifacts
# Ten years of a couple's life as a backup, for the browser to restore and measure.
# In the test build's profile (built already by CI's tests; 20 s here), not a release build of
# its own.
(cd "$root" && cargo run --locked -q -p attune-tests --bin ten-years-backup -- \
  "$here/artifacts/ten-years.attune-backup" "ten years of us")
export ATTUNE_TEN_YEARS="$here/artifacts/ten-years.attune-backup"
# A couple whose next update is close to the largest codes carry (256 kB), for e2e 29.
mkdir -p artifacts/big-update
(cd "$root" && cargo run --locked -q -p attune-tests --bin big-update-couple -- \
  "$here/artifacts/big-update/alex.attune-backup" "$here/artifacts/big-update/sam.attune-backup" "the two of us")
export ATTUNE_BIG_UPDATE="$here/artifacts/big-update"
node --test --test-concurrency=1 --test-reporter=spec e2e.test.mjs
# Swap by looking: two browsers whose fake cameras film each other's codes.
node --test --test-concurrency=1 --test-reporter=spec look.test.mjs
# The same app in WebKit (every iPhone browser's engine): WebKitGTK's MiniBrowser through its
# WebDriver, inside a virtual display.
xvfb-run -a node --test --test-concurrency=1 --test-reporter=spec webkit.test.mjs
CHROME_PATH="${CHROMIUM:-/usr/bin/chromium}" node lighthouse.mjs
