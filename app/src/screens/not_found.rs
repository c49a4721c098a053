//! A path the app doesn't know: back to Today.

use dioxus::prelude::*;

use crate::Route;

#[component]
pub fn NotFound(segments: Vec<String>) -> Element {
    rsx! {
        crate::browser::FirstScreenUp {}
        main { class: "screen",
            h1 { {t!("not-found-nothing-here")} }
            p { {t!("not-found-page-doesn-exist", path = segments.join("/"))} }
            Link { class: "button", to: Route::Today {}, {t!("not-found-back-today")} }
        }
    }
}
