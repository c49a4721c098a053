//! Safety and getting help: Attune is not therapy; when to see a couples therapist; what to do
//! when the relationship is not safe.

use dioxus::prelude::*;

#[component]
pub fn Safety() -> Element {
    let safety = &attune_core::Program::builtin().safety;
    let navigator = use_navigator();
    rsx! {
        crate::browser::FirstScreenUp {}
        main { class: "screen",
        button { class: "back", r#type: "button", onclick: move |_| navigator.go_back(), "‹ Back" }
        h1 { "{safety.title}" }
        p { class: "lead", "{safety.not_therapy}" }
        section { class: "card warn",
            h2 { "{safety.not_safe_title}" }
            for line in safety.not_safe.iter() {
                p { "{line}" }
            }
        }
        section { class: "card",
            h2 { "{safety.seek_help_title}" }
            ul {
                for line in safety.seek_help.iter() {
                    li { "{line}" }
                }
            }
        }
        }
    }
}
