// Debian's kotlinx-coroutines is 1.0.1; uniffi's Kotlin imports this marker, which coroutines
// added in 1.5. Only the marker is missing: everything the bindings call (runBlocking,
// suspendCancellableCoroutine, GlobalScope) is in 1.0.1. An Android build uses a current
// coroutines, which has it, and never compiles this file.
package kotlinx.coroutines

@RequiresOptIn(level = RequiresOptIn.Level.WARNING)
@Retention(AnnotationRetention.BINARY)
annotation class DelicateCoroutinesApi
