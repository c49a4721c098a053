//! Safety and getting help: Attune is not therapy; when to see a couples therapist; what to do
//! when the relationship is not safe; and the quiet exit, which forgets the partner on this
//! phone without telling them.

use attune_core::LeavingView;
use dioxus::prelude::*;

use crate::Unlocked;
use crate::components::{Status, use_note};
use crate::core::{use_actions, use_view};
use crate::format;

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
        QuietExit {}
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

/// The quiet exit: what it removes, said before; one deliberate confirmation; nothing sent.
/// Behind the app lock like everything of the couple's: the page itself is open to all.
#[component]
fn QuietExit() -> Element {
    let view = use_view(|s| {
        if !s.is_set_up()? {
            return Ok(None);
        }
        Ok(Some((s.lock_required().unwrap_or(true), s.leaving()?)))
    });
    let unlocked = use_context::<Unlocked>().0;
    let done = use_note();
    match &*view.read() {
        Some(Ok(Some((locked, leaving)))) if leaving.anything() => rsx! {
            section { class: "card", id: "quiet-exit",
                h2 { "Leave quietly" }
                if *locked && !unlocked() {
                    p { "Unlock Attune first: the quiet exit asks for your PIN, so no one else can use it on your phone." }
                } else {
                    Leaving { leaving: leaving.clone(), done }
                }
            }
        },
        _ => rsx! {
            if done().is_some() {
                section { class: "card", id: "quiet-exit",
                    h2 { "Leave quietly" }
                    Status { message: done() }
                }
            }
        },
    }
}

#[component]
fn Leaving(leaving: LeavingView, done: crate::components::Note) -> Element {
    let actions = use_actions();
    let mut confirming = use_signal(|| false);
    let mut done = done;
    let partner = format::partner(leaving.partner_name.as_deref());
    let leave = {
        let partner = partner.clone();
        move |_| {
            let partner = partner.clone();
            async move {
                let result = actions.run(attune_core::Store::leave_quietly).await;
                done.set(Some(match result {
                    Ok(_) => Ok(format!("Done. Attune has forgotten {partner} on this phone, and nothing was sent.")),
                    Err(e) => Err(e.to_string()),
                }));
            }
        }
    };
    rsx! {
        p { "If sharing with {partner} no longer feels safe, Attune can forget {partner} on this phone in one step, without telling them:" }
        ul {
            if leaving.paired {
                li { "the couple code, so no update from {partner} opens here again" }
            }
            if leaving.partner_entries > 0 {
                li { "what {partner} shared with you ({format::plural(leaving.partner_entries, \"entry\", \"entries\")})" }
            }
            if leaving.waiting_updates > 0 {
                li { "{format::plural(leaving.waiting_updates, \"update\", \"updates\")} waiting to be opened" }
            }
            if leaving.swaps > 0 {
                li { "the history of your swaps" }
            }
        }
        p { class: "quiet", "Nothing is sent, and {partner}'s phone is not told. What you already sent stays on their phone. Your own entries stay here; to remove them too, delete all data in Settings." }
        if confirming() {
            p { strong { "This can't be undone." } }
            div { class: "row",
                button { class: "danger", r#type: "button", onclick: leave, "Forget {partner} on this phone" }
                button { class: "secondary", r#type: "button", onclick: move |_| confirming.set(false), "Cancel" }
            }
        } else {
            button { class: "secondary", r#type: "button", onclick: move |_| confirming.set(true), "Leave quietly…" }
        }
    }
}
