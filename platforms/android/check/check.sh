#!/usr/bin/env bash
# Type-checks the Android Kotlin (platforms/android/MainActivity.kt) with kotlinc (from npm)
# against stubs/: hand-written declarations of the Android, androidx, org.json and wry API it
# calls, with the SDK's names and signatures. It catches syntax, type and override mistakes in
# our Kotlin; it cannot tell whether a stub matches the real SDK, which only a build with the
# Android SDK does (docs/mobile.md). Needs Java 17+ and npm.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here"
[ -x node_modules/kotlin-compiler/bin/kotlinc ] || npm ci --no-audit --no-fund
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
mapfile -t stubs < <(find stubs -name '*.java' -o -name '*.kt' | sort)
node_modules/kotlin-compiler/bin/kotlinc -Werror -jvm-target 17 -d "$out" ../MainActivity.kt "${stubs[@]}"
echo "MainActivity.kt type-checks against ${#stubs[@]} stub files"
