//! Sending my update: the file (saved, downloaded or shared), the plain file to read, and the
//! list of what the next update carries.

use attune_core::NextUpdate;
use dioxus::prelude::*;

use crate::components::{Note, Status, fail, use_note};
use crate::core::{Actions, use_actions, use_view};
use crate::{files, format};

/// Sending my update as a file: what it carries, and everything again when my partner needs it.
#[component]
pub(super) fn SendMine(next: NextUpdate, partner: String, file_stem: String, today: chrono::NaiveDate) -> Element {
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

/// My update without encryption, for reading what I share.
#[component]
pub(super) fn PlainFile(file_stem: String) -> Element {
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
pub(super) async fn send_update(actions: Actions, mut status: Note, name: String, whole: bool) {
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

/// Most entries the preview lists; the rest are counted.
pub(super) const PREVIEW_LIMIT: usize = 60;

/// Exactly what the next update carries, entry by entry (`Store::preview_update`, built from
/// the document the file is sealed from).
#[component]
pub(super) fn UpdatePreviewList(partner: String, today: chrono::NaiveDate) -> Element {
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
