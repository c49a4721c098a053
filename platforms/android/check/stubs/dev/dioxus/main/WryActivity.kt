// The shape of wry's WryActivity (wry 0.53, src/android/kotlin/WryActivity.kt) as far as
// MainActivity relies on it: an abstract AppCompatActivity with an overridable onCreate.
package dev.dioxus.main

abstract class WryActivity : androidx.appcompat.app.AppCompatActivity() {
    override fun onCreate(savedInstanceState: android.os.Bundle?) {
        super.onCreate(savedInstanceState)
    }
}
