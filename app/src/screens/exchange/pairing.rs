//! Pairing with the couple code: making it, or entering my partner's.

use attune_core::ExchangeView;
use dioxus::prelude::*;

use crate::components::{Note, Status, fail, use_note};
use crate::core::use_actions;

/// Pairing: one of us creates the couple code, the other types it in, sitting together.
#[component]
pub(super) fn Pairing(view: ExchangeView, partner: String) -> Element {
    let actions = use_actions();
    let mut typed = use_signal(String::new);
    let mut status: Note = use_note();
    let mut show_code = use_signal(|| false);
    let create = move |_| async move {
        match actions.run(|s| s.create_couple_code().map(|c| c.to_string())).await {
            Ok(_) => show_code.set(true),
            Err(e) => fail(status, &e),
        }
    };
    let enter = move |evt: FormEvent| async move {
        evt.prevent_default();
        let code = typed();
        match actions.run(move |s| s.enter_couple_code(&code)).await {
            Ok(()) => status.set(Some(Ok(t!("exchange-paired-now-send-each")))),
            Err(e) => fail(status, &e),
        }
    };
    if let (true, Some(code)) = (view.paired, &view.couple_code) {
        return rsx! {
            section { class: "card",
                h2 { {t!("exchange-couple-code")} }
                if show_code() {
                    p { class: "code", aria_label: t!("exchange-couple-code-label", code = code), "{code}" }
                    p { class: "quiet small", {t!("exchange-read-out-so-they", partner = partner)} }
                    button { class: "link", r#type: "button", onclick: move |_| show_code.set(false), {t!("exchange-hide-code")} }
                } else {
                    p { class: "quiet", {t!("exchange-re-paired-code-stays")} }
                    button { class: "link", r#type: "button", onclick: move |_| show_code.set(true), {t!("exchange-show-code")} }
                }
                Status { message: status() }
            }
        };
    }
    rsx! {
        section { class: "card",
            h2 { {t!("exchange-pair", partner = partner)} }
            p { {t!("exchange-sit-together-one-creates")} }
            button { class: "primary wide", r#type: "button", onclick: create, {t!("exchange-create-couple-code")} }
            form { class: "form", onsubmit: enter,
                label { r#for: "couple-code", {t!("exchange-type-partner-code", partner = partner)} }
                input {
                    id: "couple-code",
                    r#type: "text",
                    autocapitalize: "characters",
                    autocomplete: "off",
                    spellcheck: "false",
                    placeholder: t!("exchange-xxxx-xxxx-xxxx-xx"),
                    initial_value: "{typed}",
                    oninput: move |e| typed.set(e.value()),
                }
                button { class: "secondary", r#type: "submit", {t!("exchange-pair-button")} }
            }
            Status { message: status() }
        }
    }
}
