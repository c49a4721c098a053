//! The journey: the four steps as a path, where I am and where my partner is.

use attune_core::{JourneyView, StepStatus};
use dioxus::prelude::*;

use crate::Route;
use crate::components::loaded;
use crate::core::use_view;
use crate::format;

#[component]
pub fn Journey() -> Element {
    let view = use_view(|s| s.journey());
    loaded(view.read().as_ref(), |v| rsx! { JourneyBody { view: v.clone() } })
}

#[component]
fn JourneyBody(view: JourneyView) -> Element {
    let partner = format::partner_capitalised(view.partner_name.as_deref());
    rsx! {
        header { class: "screen-head",
            p { class: "eyebrow", {t!("journey-journey")} }
            h1 { {t!("journey-four-steps-walked-again")} }
            p { class: "quiet", {t!("journey-change-comes-from-repetition")} }
        }
        ol { class: "path",
            for s in view.steps.iter() {
                li {
                    key: "{s.step.id()}",
                    class: match s.status {
                        StepStatus::Current => "path-step current",
                        StepStatus::Visited => "path-step visited",
                        StepStatus::Ahead => "path-step",
                    },
                    Link { to: Route::StepScreen { step: s.step },
                        span { class: "path-number", aria_hidden: "true", "{s.step.number()}" }
                        span { class: "path-text",
                            strong { "{s.title}" }
                            span { class: "quiet", "{s.tagline}" }
                            span { class: "tags",
                                match s.status {
                                    StepStatus::Current => rsx! { span { class: "tag me", {t!("journey-are-here")} } },
                                    StepStatus::Visited => rsx! { span { class: "tag", {t!("journey-visited")} } },
                                    StepStatus::Ahead => rsx! {},
                                }
                                if s.partner_is_here {
                                    span { class: "tag partner", {t!("journey-here", partner = partner)} }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
