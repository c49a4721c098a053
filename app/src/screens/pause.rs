//! "I need a pause": choosing how long (what our pause pact allows; twenty minutes to a day
//! without one), then a card to show my partner with the time I come back, paced breathing and
//! what helps while apart (my own words from the pact first); at the time, the way back.
//! Nothing is sent.

use attune_core::{PauseChoice, PauseView};
use dioxus::prelude::*;

use crate::Route;
use crate::components::{Status, fail, loaded, sleep_seconds, use_note};
use crate::core::{use_actions, use_view};
use crate::format;

#[component]
pub fn PauseScreen() -> Element {
    let page = use_view(|s| s.pause_page());
    let actions = use_actions();
    // While apart, look again every 15 seconds: the time to come back arrives on its own.
    use_future(move || async move {
        loop {
            sleep_seconds(15).await;
            actions.refresh();
        }
    });
    loaded(page.read().as_ref(), |attune_core::PausePage { current: pause, choice }| match pause {
        Some(pause) => rsx! { Apart { pause: pause.clone() } },
        None => rsx! { Choose { choice: choice.clone() } },
    })
}

#[component]
fn Choose(choice: PauseChoice) -> Element {
    let actions = use_actions();
    let mut minutes = use_signal(|| choice.suggested);
    let status = use_note();
    let pause = &crate::i18n::program().pause;
    let start = move |_| async move {
        let chosen = minutes();
        if let Err(e) = actions.run(move |s| s.start_pause(chosen)).await {
            fail(status, &e);
        }
    };
    rsx! {
        header { class: "screen-head",
            p { class: "eyebrow", {t!("pause-break-agreed")} }
            h1 { "{pause.title}" }
            p { class: "quiet", "{pause.why}" }
        }
        section { class: "card",
            h2 { {t!("pause-i-ll-come-back")} }
            div { class: "choices", role: "radiogroup", aria_label: t!("pause-how-long-pause-lasts"),
                for length in choice.offered.iter().copied() {
                    button {
                        class: if minutes() == length { "choice selected" } else { "choice" },
                        r#type: "button",
                        role: "radio",
                        aria_checked: "{minutes() == length}",
                        onclick: move |_| minutes.set(length),
                        "{format::duration_minutes(length)}"
                    }
                }
            }
            button { class: "primary wide", r#type: "button", onclick: start, {t!("pause-start-pause")} }
            Status { message: status() }
            p { class: "quiet small", {t!("pause-pause-stays-phone-show")} }
        }
        p { class: "fine",
            if choice.bounds.from_pact { {t!("pause-lengths-source")} } else { {t!("pause-agree-breaks-before-need")} }
            Link { to: Route::Pact {}, if choice.bounds.from_pact { {t!("pause-your-pact")} } else { {t!("pause-write-your-pact")} } }
            "."
        }
        p { class: "fine",
            {t!("pause-if-feel-afraid-partner")}
            Link { to: Route::Safety {}, {t!("pause-safety-getting-help")} }
        }
    }
}

#[component]
fn Apart(pause: PauseView) -> Element {
    let actions = use_actions();
    let navigator = use_navigator();
    let content = &crate::i18n::program().pause;
    let back_at = crate::format::clock_minutes(pause.back_ms);
    let status = use_note();
    let back = move |_| async move {
        match actions.run(attune_core::Store::end_pause).await {
            Ok(()) => {
                navigator.push(Route::Today {});
            }
            // Still apart on the screen, and the reason said: never a button that does nothing.
            Err(e) => fail(status, &e),
        }
    };
    rsx! {
        section { class: "pause-card", id: "pause-card", role: "status",
            if pause.over {
                h1 { "{content.back_title}" }
                p { class: "lead", "{content.back}" }
                Link { class: "button primary", to: Route::Repair {}, {t!("pause-talk-it-through")} }
            } else {
                p { class: "pause-line", "{content.flooded}" }
                p { class: "pause-line", "{content.coming_back} " strong { "{back_at}" } "." }
                p { class: "pause-line", "{content.care}" }
            }
        }
        if let (false, Some(words)) = (pause.over, &pause.partner_needs_to_hear) {
            section { class: "card", id: "needs-to-hear",
                p { {t!("pause-partner-said-they-need")} strong { {t!("quoted", text = words.clone())} } }
            }
        }
        if !pause.over {
            section { class: "card breathing",
                div { class: "breath", aria_hidden: "true" }
                p { class: "quiet", "{content.breathe}" }
            }
            section { class: "card",
                h2 { "{content.calming_title}" }
                if let Some(mine) = &pause.my_calming {
                    p { id: "my-calming", {t!("pause-what-said-helps")} strong { "{mine}" } }
                }
                ul {
                    for idea in content.calming.iter() {
                        li { "{idea}" }
                    }
                }
            }
        }
        button { class: "secondary wide", r#type: "button", onclick: back, {t!("pause-i-m-back")} }
        Status { message: status() }
    }
}
