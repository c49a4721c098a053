//! A path the app doesn't know: back to Today.

use dioxus::prelude::*;

use crate::Route;

#[component]
pub fn NotFound(segments: Vec<String>) -> Element {
    rsx! {
        crate::browser::FirstScreenUp {}
        main { class: "screen",
            h1 { "Nothing here" }
            p { "This page doesn't exist ({segments.join(\"/\")})." }
            Link { class: "button", to: Route::Today {}, "Back to Today" }
        }
    }
}
