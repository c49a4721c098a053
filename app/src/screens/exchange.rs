//! Exchange: pairing with the couple code, sending my update (a sealed `.attune` file through a
//! save dialog, a download or the share sheet), opening my partner's update with a summary or
//! one clear sentence about what is wrong, and the history of swaps.

use attune_core::{Direction, ExchangeView, NextUpdate, WaitReason};
use dioxus::prelude::*;

use crate::components::{Note, Status, fail, loaded, use_note};
use crate::core::{Actions, use_actions, use_view};
use crate::{OpenedUpdate, files, format};

#[component]
pub fn Exchange() -> Element {
    let page = use_view(|s| s.exchange_page());
    loaded(
        page.read().as_ref(),
        |p| rsx! { ExchangeBody { view: p.exchange.clone(), me: p.me.clone(), today: p.today } },
    )
}

async fn read_picked(evt: &FormEvent) -> Result<Option<Vec<u8>>, String> {
    let Some(file) = evt.files().into_iter().next() else { return Ok(None) };
    let bytes = file.read_bytes().await.map_err(|e| t!("exchange-could-not-read-file", cause = e.to_string()))?;
    Ok(Some(bytes.to_vec()))
}

#[component]
fn ExchangeBody(view: ExchangeView, me: String, today: chrono::NaiveDate) -> Element {
    let partner = format::partner(view.partner_name.as_deref());
    let mut open_status = use_context::<OpenedUpdate>().0;
    // The outcome belongs to this visit of the screen (a file opened from another app lands here).
    use_drop(move || {
        if let Ok(mut outcome) = open_status.try_write() {
            *outcome = None;
        }
    });
    let file_stem = format!("attune-{}-{}", me.to_lowercase().replace(' ', "-"), today.format("%Y-%m-%d"));
    rsx! {
        header { class: "screen-head",
            p { class: "eyebrow", {t!("exchange-exchange")} }
            h1 { {t!("exchange-swap-updates")} }
            p { class: "quiet", {t!("exchange-phones-never-talk-server")} }
        }
        if view.paired {
            SendMine { next: view.next_update, partner: partner.clone(), file_stem: file_stem.clone(), today }
            super::look::SwapByLooking { partner: partner.clone() }
            OpenTheirs { partner: partner.clone() }
        }
        if !view.paired && open_status().is_some() {
            section { class: "card",
                h2 { {t!("exchange-open-update", partner = partner)} }
                Status { message: open_status() }
            }
        }
        if !view.waiting.is_empty() {
            Waiting { view: view.clone(), today }
        }
        Pairing { view: view.clone(), partner: partner.clone() }
        if !view.history.is_empty() {
            section { class: "card",
                h2 { {t!("exchange-history")} }
                ul { class: "history",
                    for record in view.history.iter() {
                        li {
                            span { class: "quiet small", "{format::moment(record.at_ms, today)} · " }
                            if record.direction == Direction::Sent { {t!("exchange-sent")} } else { {t!("exchange-opened")} }
                            {crate::i18n::words().swap_line(record)}
                        }
                    }
                }
            }
        }
        if view.paired {
            PlainFile { file_stem }
        }
    }
}

/// Sending my update as a file: what it carries, and everything again when my partner needs it.
#[component]
fn SendMine(next: NextUpdate, partner: String, file_stem: String, today: chrono::NaiveDate) -> Element {
    let actions = use_actions();
    let status: Note = use_note();
    let name = format!("{file_stem}.attune");
    let send = {
        let name = name.clone();
        move |_| send_update(actions, status, name.clone(), false)
    };
    let send_whole = move |_| send_update(actions, status, name.clone(), true);
    rsx! {
        section { class: "card",
            h2 { {t!("exchange-send-my-update")} }
            if next.whole {
                p { class: "quiet", {t!("exchange-everything-share-will-go", count = next.entries, partner = partner)} }
            } else if next.entries == 0 {
                p { class: "quiet", {t!("exchange-has-everything-share-sending", partner = partner)} }
            } else {
                p { class: "quiet", {t!("exchange-changes-since-confirmed", count = next.entries, partner = partner)} }
            }
            if next.entries > 0 {
                details { class: "more", id: "update-preview",
                    summary { {t!("exchange-see-what-carries")} }
                    UpdatePreviewList { partner: partner.clone(), today }
                }
            }
            button { class: "primary wide", r#type: "button", onclick: send, {t!("exchange-send-my-update")} }
            Status { message: status() }
            if !next.whole {
                details { class: "more",
                    summary { {t!("exchange-send-everything-again")} }
                    p { class: "quiet small", {t!("exchange-whole-update-why", partner = partner)} }
                    button { class: "secondary", r#type: "button", onclick: send_whole, {t!("exchange-send-whole-update")} }
                }
            }
        }
    }
}

/// Opening my partner's update from a file, with its summary or what is wrong.
#[component]
fn OpenTheirs(partner: String) -> Element {
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

/// My update without encryption, for reading what I share.
#[component]
fn PlainFile(file_stem: String) -> Element {
    let actions = use_actions();
    let mut status: Note = use_note();
    let save = move |_| {
        let name = format!("{file_stem}.json");
        async move {
            match actions.run(|s| s.export_update_plain()).await {
                Ok(bytes) => match files::offer(&name, bytes).await {
                    Ok(Some(offered)) => status
                        .set(Some(Ok(offered.say(t!("exchange-shared-without-encryption-reading"), |place| {
                            t!("exchange-saved-without-encryption-reading", place = place)
                        })))),
                    Ok(None) => {}
                    Err(e) => status.set(Some(Err(e))),
                },
                Err(e) => fail(status, &e),
            }
        }
    };
    rsx! {
        section { class: "card",
            h2 { {t!("exchange-plain-file")} }
            p { class: "quiet small", {t!("exchange-plain-file-explain")} }
            button { class: "secondary", r#type: "button", onclick: save, {t!("exchange-save-as-plain-json")} }
            Status { message: status() }
        }
    }
}

/// Makes my update (`whole`: everything I share) and hands it to the person to save or share;
/// only a file that now exists counts as sent.
async fn send_update(actions: Actions, mut status: Note, name: String, whole: bool) {
    status.set(None);
    let made = actions.run(move |s| if whole { s.export_whole_update() } else { s.export_update() }).await;
    match made {
        Ok(bytes) => match files::offer(&name, bytes).await {
            Ok(Some(offered)) => match actions.run(attune_core::Store::record_update_sent).await {
                Ok(()) => status.set(Some(Ok(offered
                    .say(t!("exchange-update-went-share-sheet"), |place| t!("exchange-update-ready", place = place))))),
                Err(e) => fail(status, &e),
            },
            Ok(None) => {}
            Err(e) => status.set(Some(Err(e))),
        },
        Err(e) => fail(status, &e),
    }
}

/// Pairing: one of us creates the couple code, the other types it in, sitting together.
#[component]
fn Pairing(view: ExchangeView, partner: String) -> Element {
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

/// Updates received before they could be opened, kept until they open or the person lets
/// them go.
#[component]
fn Waiting(view: ExchangeView, today: chrono::NaiveDate) -> Element {
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
fn NewPhone(id: i64, partner: String) -> Element {
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

/// Most entries the preview lists; the rest are counted.
const PREVIEW_LIMIT: usize = 60;

/// Exactly what the next update carries, entry by entry (`Store::preview_update`, built from
/// the document the file is sealed from).
#[component]
fn UpdatePreviewList(partner: String, today: chrono::NaiveDate) -> Element {
    let preview = use_view(|s| s.preview_update(false));
    let guard = preview.read();
    let Some(Ok(preview)) = guard.as_ref() else { return rsx! {} };
    let more = preview.items.len().saturating_sub(PREVIEW_LIMIT);
    rsx! {
        p { class: "small", {t!("exchange-carries", count = preview.items.len())} }
        ul { class: "preview",
            for item in preview.items.iter().take(PREVIEW_LIMIT) {
                li { key: "{item.id}",
                    if item.shared {
                        span { class: "who", {format::kind(item.kind)} }
                        if let Some(day) = item.day {
                            span { class: "quiet small", " · {format::day(day, today)}" }
                        }
                        if let Some(words) = &item.words {
                            span { class: "said", " " {t!("quoted", text = words.clone())} }
                        }
                    } else {
                        span { class: "who", {format::kind(item.kind)} }
                        span { class: "quiet small", {t!("exchange-removed-from-phone-deleted", partner = partner)} }
                    }
                }
            }
        }
        if more > 0 {
            p { class: "quiet small", {t!("exchange-more", more = more)} }
        }
        p { class: "quiet small", {t!("exchange-carries-besides", name = preview.sender_name.clone(), partner = partner.clone())} }
        p { class: "quiet small", {t!("exchange-nothing-else-file-private")} }
    }
}
