//! Coming back to each other: the repair conversation for two on one phone, one turn at a
//! time. The person on this phone speaks first; the listener says back what they heard before
//! answering. The turns are spoken, not written; at the end, an optional repair note is kept
//! (and shared, if chosen).

use attune_core::content::Speaker;
use dioxus::prelude::*;

use crate::Route;
use crate::components::{ShareSwitch, Status, fail, loaded, use_note};
use crate::core::{use_actions, use_view};
use crate::format;

#[component]
pub fn Repair() -> Element {
    let page = use_view(|s| s.conversation_page());
    loaded(page.read().as_ref(), |attune_core::ConversationPage { me, partner, share_by_default: share }| {
        rsx! { Conversation { me: me.clone(), partner: format::partner_capitalised(partner.as_deref()), share: *share } }
    })
}

#[component]
fn Conversation(me: String, partner: String, share: bool) -> Element {
    let repair = &crate::i18n::program().repair;
    let mut at = use_signal(|| 0usize);
    let navigator = use_navigator();
    let total = repair.turns.len();
    let Some(turn) = repair.turns.get(at()) else {
        return rsx! {
            header { class: "screen-head",
                p { class: "eyebrow", "{repair.title}" }
                h1 { {t!("repair-together-again")} }
                p { class: "lead", "{repair.closing}" }
            }
            RepairNote { share }
            button { class: "secondary wide", r#type: "button", onclick: move |_| { navigator.push(Route::Today {}); }, {t!("repair-done")} }
        };
    };
    let (speaker, listener) = match turn.who {
        Speaker::First => (me.clone(), partner.clone()),
        Speaker::Second => (partner.clone(), me.clone()),
    };
    let number = at() + 1;
    rsx! {
        header { class: "screen-head",
            p { class: "eyebrow", "{repair.title}" }
            if at() == 0 {
                p { class: "quiet", "{repair.intro}" }
            }
        }
        section { class: "card repair-turn", id: "repair-turn", aria_live: "polite",
            p { class: "eyebrow", {t!("repair-turn", number = number, total = total)} }
            p { class: "who", {t!("repair-speaks-listens", speaker = speaker, listener = listener)} }
            h2 { class: "repair-prompt", "{turn.prompt}" }
            p { class: "quiet", "{turn.hint}" }
        }
        div { class: "row",
            if at() > 0 {
                button { class: "secondary", r#type: "button", onclick: move |_| at -= 1, {t!("repair-back")} }
            }
            button { class: "primary", r#type: "button", onclick: move |_| at += 1,
                if number == total { {t!("repair-finish")} } else { {t!("repair-next-turn")} }
            }
        }
    }
}

/// The optional note that ends the conversation: what we understood and what we'll try.
#[component]
fn RepairNote(share: bool) -> Element {
    let repair = &crate::i18n::program().repair;
    let actions = use_actions();
    let mut text = use_signal(String::new);
    let mut shared = use_signal(|| share);
    let mut kept = use_signal(|| false);
    let mut status = use_note();
    let save = move |evt: FormEvent| async move {
        evt.prevent_default();
        let (note, share) = (text(), shared());
        match actions.run(move |s| s.save_repair_note(&note, share)).await {
            Ok(_) => {
                kept.set(true);
                let said = if share { t!("repair-kept-goes-next-update") } else { t!("repair-kept-phone") };
                status.set(Some(Ok(said)));
            }
            Err(e) => fail(status, &e),
        }
    };
    rsx! {
        section { class: "card", id: "repair-note",
            h2 { "{repair.note_title}" }
            if !kept() {
                form { class: "form", onsubmit: save,
                    label { r#for: "repair-note-text", class: "quiet", "{repair.note_hint}" }
                    textarea { id: "repair-note-text", rows: "3", initial_value: "{text}", oninput: move |e| text.set(e.value()) }
                    ShareSwitch { checked: shared(), onchange: move |v| shared.set(v) }
                    button { class: "primary", r#type: "submit", {t!("repair-keep-note")} }
                }
            }
            Status { message: status() }
        }
    }
}
