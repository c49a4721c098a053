#!/usr/bin/env bash
# Compiles Attune's generated Kotlin bindings and CoupleOnTheJvm.kt with kotlinc (npm), against
# Debian's JNA (libjna-java) and kotlinx-coroutines (libkotlinx-coroutines-java), and runs the
# test on the JVM against the host-built libattune_ffi.so: the calls the Android app makes.
#   bash platforms/bindgen.sh && bash tests/bindings/kotlin/run.sh [bindings-dir]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
bindings="${1:-$root/platforms/bindings}"
kotlinc_dir="$root/platforms/android/check"
[ -x "$kotlinc_dir/node_modules/kotlin-compiler/bin/kotlinc" ] || (cd "$kotlinc_dir" && npm ci --no-audit --no-fund)
kotlinc="$kotlinc_dir/node_modules/kotlin-compiler/bin/kotlinc"
jars=/usr/share/java/jna.jar:/usr/share/java/kotlinx-coroutines-core.jar:/usr/share/java/atomicfu.jar
for jar in ${jars//:/ }; do [ -f "$jar" ] || { echo "missing $jar (apt install libjna-java libkotlinx-coroutines-java libkotlinx-atomicfu-java)"; exit 1; }; done
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
# -nowarn: the generated file's own warnings (unused parameters, old coroutines metadata) are
# not ours; our test compiles with every warning shown in its own pass below.
"$kotlinc" -nowarn -jvm-target 17 -cp "$jars" -d "$out/bindings.jar" \
  "$bindings/kotlin/uniffi/attune_core/attune_core.kt" "$bindings/kotlin/uniffi/attune_ffi/attune_ffi.kt" \
  "$here/compat/DelicateCoroutinesApi.kt"
"$kotlinc" -Werror -jvm-target 17 -cp "$jars:$out/bindings.jar" -d "$out/test.jar" "$here/CoupleOnTheJvm.kt"
kotlin_stdlib="$kotlinc_dir/node_modules/kotlin-compiler/lib/kotlin-stdlib.jar"
# The library the bindings load: the one bindgen.sh copied next to the Python bindings.
java -Djna.library.path="$bindings/python/attune" -cp "$jars:$kotlin_stdlib:$out/bindings.jar:$out/test.jar" CoupleOnTheJvmKt
