//! Exchange: pairing with the couple code, sending my update (a sealed `.attune` file through a
//! save dialog, a download or the share sheet), opening my partner's update with a summary or
//! one clear sentence about what is wrong, and the history of swaps.

use attune_core::{Direction, ExchangeView, WaitReason};
use dioxus::prelude::*;

use crate::components::{Note, Status, loaded, use_note};
use crate::core::{Actions, use_actions, use_view};
use crate::{OpenedUpdate, files, format};

#[component]
pub fn Exchange() -> Element {
    let view = use_view(|s| Ok((s.exchange()?, s.my_name()?, s.today_date())));
    loaded(
        view.read().as_ref(),
        |(v, me, today)| rsx! { ExchangeBody { view: v.clone(), me: me.clone(), today: *today } },
    )
}

async fn read_picked(evt: &FormEvent) -> Result<Option<Vec<u8>>, String> {
    let Some(file) = evt.files().into_iter().next() else { return Ok(None) };
    let bytes = file.read_bytes().await.map_err(|e| format!("Couldn't read that file: {e}"))?;
    Ok(Some(bytes.to_vec()))
}

#[component]
fn ExchangeBody(view: ExchangeView, me: String, today: chrono::NaiveDate) -> Element {
    let actions = use_actions();
    let partner = format::partner(view.partner_name.as_deref());
    let mut send_status: Note = use_note();
    let mut open_status = use_context::<OpenedUpdate>().0;
    // The outcome belongs to this visit of the screen (a file opened from another app lands here).
    use_drop(move || {
        if let Ok(mut outcome) = open_status.try_write() {
            *outcome = None;
        }
    });
    let file_stem = format!("attune-{}-{}", me.to_lowercase().replace(' ', "-"), today.format("%Y-%m-%d"));

    let name = format!("{file_stem}.attune");
    let send = {
        let name = name.clone();
        move |_| send_update(actions, send_status, name.clone(), false)
    };
    let send_whole = move |_| send_update(actions, send_status, name.clone(), true);
    let send_plain = {
        let name = format!("{file_stem}.json");
        move |_| {
            let name = name.clone();
            async move {
                match actions.run(|s| s.export_update_plain()).await {
                    Ok(bytes) => match files::offer(&name, bytes).await {
                        Ok(Some(offered)) => send_status.set(Some(Ok(offered.say(
                            "Shared without encryption, for reading. It can't be opened as an update.",
                            |place| {
                                format!(
                                    "Saved without encryption, for reading: {place}. It can't be opened as an update."
                                )
                            },
                        )))),
                        Ok(None) => {}
                        Err(e) => send_status.set(Some(Err(e))),
                    },
                    Err(e) => send_status.set(Some(Err(e.to_string()))),
                }
            }
        }
    };
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
        header { class: "screen-head",
            p { class: "eyebrow", "Exchange" }
            h1 { "Swap updates" }
            p { class: "quiet", "Your phones never talk to a server. You each send one small encrypted file, by AirDrop, a chat app or email, and open the other's." }
        }
        if view.paired {
            section { class: "card",
                h2 { "Send my update" }
                if view.next_update.whole {
                    p { class: "quiet", "Everything you share ({format::plural(view.next_update.entries, \"entry\", \"entries\")}) will go to {partner}. Private entries never leave this phone." }
                } else if view.next_update.entries == 0 {
                    p { class: "quiet", "{partner} has everything you share. Sending now still tells {partner} what you have received, so their next update stays small." }
                } else {
                    p { class: "quiet", "{format::plural(view.next_update.entries, \"change\", \"changes\")} since {partner} last confirmed will go to {partner}. Private entries never leave this phone." }
                }
                if view.next_update.entries > 0 {
                    details { class: "more", id: "update-preview",
                        summary { "See what it carries" }
                        UpdatePreviewList { partner: partner.clone(), today }
                    }
                }
                button { class: "primary wide", r#type: "button", onclick: send, "Send my update" }
                Status { message: send_status() }
                if !view.next_update.whole {
                    details { class: "more",
                        summary { "Send everything again" }
                        p { class: "quiet small", "Updates only carry what changed, so they stay small however long you use Attune. If {partner} lost a file or asks for everything, send a whole update instead." }
                        button { class: "secondary", r#type: "button", onclick: send_whole, "Send a whole update" }
                    }
                }
            }
            section { class: "card",
                h2 { "Open {partner}'s update" }
                label { class: "button secondary wide file", r#for: "update-file", "Choose the .attune file" }
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
        if !view.paired && open_status().is_some() {
            section { class: "card",
                h2 { "Open {partner}'s update" }
                Status { message: open_status() }
            }
        }
        if !view.waiting.is_empty() {
            Waiting { view: view.clone() }
        }
        Pairing { view: view.clone(), partner: partner.clone() }
        if !view.history.is_empty() {
            section { class: "card",
                h2 { "History" }
                ul { class: "history",
                    for record in view.history.iter() {
                        li {
                            span { class: "quiet small", "{format::moment(record.at_ms)} · " }
                            if record.direction == Direction::Sent { "Sent. " } else { "Opened. " }
                            "{record.summary}"
                        }
                    }
                }
            }
        }
        if view.paired {
            section { class: "card",
                h2 { "Plain file" }
                p { class: "quiet small", "For reading what you share, you can save your update as plain, unencrypted JSON. Anyone with that file can read it, and it can't be opened as an update: only the sealed file proves it comes from you." }
                button { class: "secondary", r#type: "button", onclick: send_plain, "Save as plain JSON" }
            }
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
                Ok(()) => status.set(Some(Ok(offered.say("Your update went to the share sheet.", |place| {
                    format!("Your update is ready: {place}. Send it to your partner any way you like.")
                })))),
                Err(e) => status.set(Some(Err(e.to_string()))),
            },
            Ok(None) => {}
            Err(e) => status.set(Some(Err(e))),
        },
        Err(e) => status.set(Some(Err(e.to_string()))),
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
            Err(e) => status.set(Some(Err(e.to_string()))),
        }
    };
    let enter = move |evt: FormEvent| async move {
        evt.prevent_default();
        let code = typed();
        match actions.run(move |s| s.enter_couple_code(&code)).await {
            Ok(()) => status.set(Some(Ok("Paired. Now send each other your updates.".into()))),
            Err(e) => status.set(Some(Err(e.to_string()))),
        }
    };
    if let (true, Some(code)) = (view.paired, &view.couple_code) {
        return rsx! {
            section { class: "card",
                h2 { "Couple code" }
                if show_code() {
                    p { class: "code", aria_label: "Couple code {code}", "{code}" }
                    p { class: "quiet small", "Read it out to {partner} so they can type it in. Keep it safe: it opens your updates." }
                    button { class: "link", r#type: "button", onclick: move |_| show_code.set(false), "Hide code" }
                } else {
                    p { class: "quiet", "You're paired. The code stays on this phone." }
                    button { class: "link", r#type: "button", onclick: move |_| show_code.set(true), "Show code" }
                }
                Status { message: status() }
            }
        };
    }
    rsx! {
        section { class: "card",
            h2 { "Pair with {partner}" }
            p { "Sit together. One of you creates a couple code; the other types it in. You only do this once." }
            button { class: "primary wide", r#type: "button", onclick: create, "Create a couple code" }
            form { class: "form", onsubmit: enter,
                label { r#for: "couple-code", "Or type the code from {partner}'s phone" }
                input {
                    id: "couple-code",
                    r#type: "text",
                    autocapitalize: "characters",
                    autocomplete: "off",
                    spellcheck: "false",
                    placeholder: "XXXX-XXXX-XXXX-XX",
                    value: "{typed}",
                    oninput: move |e| typed.set(e.value()),
                }
                button { class: "secondary", r#type: "submit", "Pair" }
            }
            Status { message: status() }
        }
    }
}

/// Updates received before they could be opened, kept until they open or the person lets
/// them go.
#[component]
fn Waiting(view: ExchangeView) -> Element {
    let actions = use_actions();
    let mut status: Note = use_note();
    let retry = move |_| async move {
        match actions.run(attune_core::Store::open_waiting_updates).await {
            Ok(outcomes) => {
                let lines: Vec<String> = outcomes
                    .into_iter()
                    .map(|o| match o.result {
                        Ok(summary) => summary.message(),
                        Err(e) => e.to_string(),
                    })
                    .collect();
                status.set(Some(Ok(lines.join(" "))));
            }
            Err(e) => status.set(Some(Err(e.to_string()))),
        }
    };
    rsx! {
        section { class: "card",
            h2 { "Waiting to open" }
            ul { class: "history",
                for update in view.waiting.iter().cloned() {
                    li { key: "{update.id}",
                        span { class: "quiet small", "Received {format::moment(update.received_ms)} · " }
                        match update.reason {
                            WaitReason::NotPaired => "Opens once you're paired. ",
                            WaitReason::NewerVersion => "Opens once Attune is updated. ",
                        }
                        button {
                            class: "link",
                            r#type: "button",
                            onclick: move |_| async move {
                                let result = actions.run(move |s| s.dismiss_waiting_update(update.id)).await;
                                if let Err(e) = result {
                                    status.set(Some(Err(e.to_string())));
                                }
                            },
                            "Let it go"
                        }
                    }
                }
            }
            if view.paired {
                button { class: "secondary", r#type: "button", onclick: retry, "Try opening them again" }
            }
            Status { message: status() }
        }
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
        ul { class: "preview",
            for item in preview.items.iter().take(PREVIEW_LIMIT) {
                li { key: "{item.id}",
                    if item.shared {
                        span { class: "who", "{format::kind(item.kind)}" }
                        if let Some(day) = item.day {
                            span { class: "quiet small", " · {format::day(day, today)}" }
                        }
                        if let Some(words) = &item.words {
                            span { class: "said", " “{words}”" }
                        }
                    } else {
                        span { class: "who", "{format::kind(item.kind)}" }
                        span { class: "quiet small", " · removed from {partner}'s phone (you deleted it or made it private)" }
                    }
                }
            }
        }
        if more > 0 {
            p { class: "quiet small", "and {more} more." }
        }
        p { class: "quiet small", "Nothing else is in the file. Private entries never are." }
    }
}
