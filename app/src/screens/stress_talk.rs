//! The stress-reducing conversation: twenty minutes about stress from outside the
//! relationship, one talking and one listening, changing places halfway, with the listener's
//! rules on screen. Spoken, not written: nothing is saved.

use dioxus::prelude::*;

use crate::Route;
use crate::components::{Countdown, loaded, now_ms};
use crate::core::use_view;
use crate::format;

#[component]
pub fn StressTalk() -> Element {
    let page = use_view(|s| s.conversation_page());
    loaded(page.read().as_ref(), |attune_core::ConversationPage { me, partner, .. }| {
        rsx! { Talk { me: me.clone(), partner: format::partner_capitalised(partner.as_deref()) } }
    })
}

#[component]
fn Talk(me: String, partner: String) -> Element {
    let content = &crate::i18n::program().stress_talk;
    let mut started = use_signal(|| None::<i64>);
    let navigator = use_navigator();
    rsx! {
        header { class: "screen-head",
            p { class: "eyebrow", {t!("stress-talk-minutes-together", minutes = content.minutes)} }
            h1 { "{content.title}" }
            p { class: "quiet", "{content.intro}" }
        }
        section { class: "card",
            if let Some(started_ms) = started() {
                Countdown { minutes: content.minutes, started_ms, label: content.title.clone(), turns: Some((me.clone(), partner.clone())) }
            } else {
                button { class: "primary wide", r#type: "button", onclick: move |_| started.set(Some(now_ms())), {t!("stress-talk-start-minutes", minutes = content.minutes)} }
            }
        }
        section { class: "card",
            h2 { "{content.listener_title}" }
            ul {
                for rule in content.listener.iter() {
                    li { "{rule}" }
                }
            }
        }
        button { class: "secondary wide", r#type: "button", onclick: move |_| { navigator.push(Route::Today {}); }, {t!("stress-talk-done")} }
    }
}
