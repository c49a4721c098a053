#!/usr/bin/env bash
# Builds the installable web app, the one way README, DEVELOPERS.md and CI build it:
#  1. the camera's reader, a wasm of its own (app/codes-web/build.sh);
#  2. the app, split by route (`web-split`, `--wasm-split`): a first visit downloads the frame and
#     its first screen, every other screen's code comes when it opens (BENCHMARKS.md, "Split by
#     route"). `--debug-symbols false`: dx otherwise keeps DWARF in a release wasm. `-O0` for the
#     final link only: wasm-ld otherwise lets equal strings share bytes, and dx 0.7.10's splitter,
#     zeroing a symbol that moved to a screen's module, zeroes a string the first module still
#     reads (DioxusLabs/dioxus#5769; SQLite then found its fresh database "malformed").
#  3. the names of the app's wasm, Welcome's module and Spanish's written into index.html, which
#     asks for them once its painted first screen is up (see below).
# The site is $CARGO_TARGET_DIR/dx/attune-app/release/web/public (target/dx/... without it).
# Needs dx, wasm-bindgen, clang-19 and the wasm32 target (README, "Install on your phone").
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
"$root/app/codes-web/build.sh"
public="${CARGO_TARGET_DIR:-$root/target}/dx/attune-app/release/web/public"
# Each build's modules have new names; old ones would only be dead weight on the host.
rm -rf "$public/assets"
dx build --platform web --release --profile web-release --debug-symbols false -p attune-app \
  --features web-split --wasm-split --rustc-args=-Clink-arg=-O0
# index.html asks for the app's wasm, Welcome's module (a first visit's first screen; the
# router draws it only once the store has opened) and on a Spanish page Spanish's early: their
# names go in its placeholders. The app's own fetch of each is then answered by that request.
one() {
  local found=("$public"/assets/$1)
  if [ "${#found[@]}" -ne 1 ] || [ ! -f "${found[0]}" ]; then
    echo "build.sh: expected one $1 in $public/assets, found: ${found[*]}" >&2
    exit 1
  fi
  echo "/assets/${found[0]##*/}"
}
app_wasm="$(one 'attune-app_bg-dxh*.wasm')"
welcome_wasm="$(one 'module_*_routeWelcome[0-9a-f]*-dxh*.wasm')"
spanish_wasm="$(one 'module_*_spanish-dxh*.wasm')"
for place in app-wasm welcome-wasm spanish-wasm; do
  grep -q "'%$place%'" "$public/index.html" \
    || { echo "build.sh: index.html has no place for '%$place%'" >&2; exit 1; }
done
sed -i -e "s|'%app-wasm%'|'$app_wasm'|" -e "s|'%welcome-wasm%'|'$welcome_wasm'|" \
  -e "s|'%spanish-wasm%'|'$spanish_wasm'|" "$public/index.html"
