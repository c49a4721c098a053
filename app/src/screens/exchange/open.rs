//! Opening my partner's update: the file picked, the updates kept until they can be opened,
//! and a new phone of my partner's, accepted after comparing the safety number.

use attune_core::{ExchangeView, WaitReason};
use dioxus::prelude::*;

use crate::components::{Note, Status, fail, use_note};
use crate::core::use_actions;
use crate::{OpenedUpdate, format};

pub(super) async fn read_picked(evt: &FormEvent) -> Result<Option<Vec<u8>>, String> {
    let Some(file) = evt.files().into_iter().next() else { return Ok(None) };
    let bytes = file.read_bytes().await.map_err(|e| t!("exchange-could-not-read-file", cause = e.to_string()))?;
    Ok(Some(bytes.to_vec()))
}

/// Opening my partner's update from a file, with its summary or what is wrong.
#[component]
pub(super) fn OpenTheirs(partner: String) -> Element {
    let actions = use_actions();
    let mut open_status = use_context::<OpenedUpdate>().0;
    let open = move |evt: FormEvent| async move {
        open_status.set(None);
        match read_picked(&evt).await {
            Ok(Some(bytes)) => {
                let received = actions.run(move |s| s.receive_update(&bytes)).await;
                open_status.set(Some(crate::shell::received_message(received)));
            }
            Ok(None) => {}
            Err(e) => open_status.set(Some(Err(e))),
        }
    };
    rsx! {
        section { class: "card",
            h2 { {t!("exchange-open-update", partner = partner)} }
            label { class: "button secondary wide file", r#for: "update-file", {t!("exchange-choose-attune-file")} }
            input {
                id: "update-file",
                class: "visually-hidden",
                r#type: "file",
                accept: ".attune,.json,application/octet-stream",
                onchange: open,
            }
            Status { message: open_status() }
        }
    }
}

/// Updates received before they could be opened, kept until they open or the person lets
/// them go.
#[component]
pub(super) fn Waiting(view: ExchangeView, today: chrono::NaiveDate) -> Element {
    let partner = crate::i18n::words().partner(view.partner_name.as_deref());
    let actions = use_actions();
    let mut status: Note = use_note();
    let retry = move |_| async move {
        match actions.run(attune_core::Store::open_waiting_updates).await {
            Ok(outcomes) => {
                let lines: Vec<String> = outcomes
                    .into_iter()
                    .map(|o| match o.result {
                        Ok(summary) => crate::i18n::words().import_summary(&summary),
                        Err(e) => crate::i18n::error(&e),
                    })
                    .collect();
                status.set(Some(Ok(lines.join(" "))));
            }
            Err(e) => fail(status, &e),
        }
    };
    rsx! {
        section { class: "card",
            h2 { {t!("exchange-waiting-open")} }
            ul { class: "history",
                for update in view.waiting.iter().cloned() {
                    li { key: "{update.id}",
                        span { class: "quiet small", {t!("exchange-received", when = format::moment(update.received_ms, today))} }
                        match update.reason {
                            WaitReason::NotPaired => t!("exchange-opens-once-re-paired"),
                            WaitReason::NewerVersion => t!("exchange-opens-once-attune-updated"),
                            WaitReason::NewPhone => t!("exchange-opens-once-new-phone-accepted", partner = partner.clone()),
                        }
                        if update.reason == WaitReason::NewPhone {
                            NewPhone { id: update.id, partner: partner.clone() }
                        }
                        button {
                            class: "link",
                            r#type: "button",
                            onclick: move |_| async move {
                                let result = actions.run(move |s| s.dismiss_waiting_update(update.id)).await;
                                if let Err(e) = result {
                                    fail(status, &e);
                                }
                            },
                            {t!("exchange-let-go")}
                        }
                    }
                }
            }
            if view.paired {
                button { class: "secondary", r#type: "button", onclick: retry, {t!("exchange-try-opening-them-again")} }
            }
            Status { message: status() }
        }
    }
}

/// An update signed by a phone this phone doesn't know for my partner: the safety number that
/// phone would have, to compare with the one it shows, and accepting it.
#[component]
pub(super) fn NewPhone(id: i64, partner: String) -> Element {
    let actions = use_actions();
    let mut number = use_signal(|| None::<Result<String, String>>);
    let mut status: Note = use_note();
    let compare = move |_| async move {
        let result = actions.run(move |s| s.new_phone_safety_number(id)).await;
        number.set(Some(match result {
            Ok(Some(n)) => Ok(n),
            Ok(None) => Err(crate::i18n::error(&attune_core::Error::FromSomeoneElse)),
            Err(e) => Err(crate::i18n::error(&e)),
        }));
    };
    let accept = move |_| async move {
        match actions.run(move |s| s.accept_new_phone(id)).await {
            Ok(summary) => status.set(Some(Ok(crate::i18n::words().import_summary(&summary)))),
            Err(e) => fail(status, &e),
        }
    };
    rsx! {
        match number() {
            None => rsx! {
                button { class: "link", r#type: "button", onclick: compare, {t!("exchange-compare-safety-numbers")} }
            },
            Some(Ok(n)) => rsx! {
                p { class: "safety-number", "{n}" }
                p { class: "small", {t!("exchange-new-phone-number", number = n.clone(), partner = partner.clone())} }
                button { class: "secondary", r#type: "button", onclick: accept, {t!("exchange-accept-new-phone", partner = partner.clone())} }
            },
            Some(Err(e)) => rsx! { p { class: "error", role: "alert", "{e}" } },
        }
        Status { message: status() }
    }
}
