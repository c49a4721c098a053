//! First run: what Attune is (and is not), the privacy promise, names and an optional
//! reminder. Under a minute, then Today.

use attune_core::ReminderTime;
use dioxus::prelude::*;

use crate::Route;
use crate::components::{ShareSwitch, Status, fail, use_note};
use crate::core::use_actions;
use crate::incoming::Incoming;
use crate::screens::RestoreBackup;

/// A backup handed to Attune by the system ("Open with", AirDrop), and what opening it gave.
type HandedOver = Option<(crate::incoming::Delivered, Result<Vec<u8>, String>)>;

#[component]
pub fn Welcome() -> Element {
    let navigator = use_navigator();
    let welcome = crate::i18n::welcome();
    // A backup opened with Attune on a new phone is offered at once.
    let handed_over = use_signal(|| None);
    // Restoring a backup is drawn (and in the browser, its code fetched) once the couple opens
    // "Moving to a new phone?", not on every first visit.
    let mut restore_asked = use_signal(|| false);
    rsx! {
        crate::browser::FirstScreenUp { returning: false }
        main { class: "screen welcome",
            div { class: "welcome-mark", aria_hidden: "true", "◐" }
            h1 { "{welcome.title}" }
            for line in welcome.lines.iter() {
                p { class: "lead", "{line}" }
            }
            BackupHandedOver { handed_over }
            FirstRunForm {}
            if handed_over.read().is_none() {
                details { class: "card",
                    summary { onclick: move |_| restore_asked.set(true), {t!("welcome-moving-new-phone-restore")} }
                    if restore_asked() {
                        RestoreBackup { on_restored: move |()| { navigator.replace(Route::Today {}); } }
                    }
                }
            }
            p { class: "fine",
                Link { to: Route::Safety {}, {t!("welcome-safety-getting-help")} }
            }
        }
    }
}

/// Watches for a backup the system hands over, and offers to restore it.
#[component]
fn BackupHandedOver(handed_over: Signal<HandedOver>) -> Element {
    let navigator = use_navigator();
    let incoming = try_use_context::<Incoming>();
    use_future(move || {
        let incoming = incoming.clone();
        async move {
            let Some(incoming) = incoming else { return };
            loop {
                if let Some(backup) = incoming.take_backup() {
                    handed_over.set(Some(backup));
                }
                incoming.arrived().await;
            }
        }
    });
    let Some((file, opened)) = handed_over() else { return rsx! {} };
    match opened {
        Ok(bytes) => rsx! {
            RestoreBackup {
                opened: bytes,
                on_restored: move |()| {
                    // Restored: Attune's copy of the received file has done its job.
                    file.done();
                    navigator.replace(Route::Today {});
                },
            }
            p { class: "quiet small", {t!("welcome-or-start-fresh-below")} }
        },
        Err(sentence) => rsx! { p { class: "error", role: "alert", "{sentence}" } },
    }
}

/// My name, my partner's (optional) and a daily reminder (optional): then Today.
#[component]
fn FirstRunForm() -> Element {
    let actions = use_actions();
    let navigator = use_navigator();
    let mut my_name = use_signal(String::new);
    let mut partner_name = use_signal(String::new);
    let mut remind = use_signal(|| false);
    let mut reminder_time = use_signal(|| "20:30".to_owned());
    let status = use_note();
    let start = move |evt: FormEvent| async move {
        evt.prevent_default();
        let reminder = if remind() {
            match reminder_time().parse::<ReminderTime>() {
                Ok(r) => Some(r),
                Err(e) => {
                    fail(status, &e);
                    return;
                }
            }
        } else {
            None
        };
        let (me, partner) = (my_name(), partner_name());
        let result = actions
            .run(move |s| {
                let partner = Some(partner.as_str()).filter(|p| !p.trim().is_empty());
                s.set_up(&me, partner, reminder)
            })
            .await;
        match result {
            Ok(()) => {
                // The first save is the moment to ask the browser to keep it: a couple who
                // never opens Settings must not lose everything to the browser tidying up.
                dioxus::core::spawn_forever(async {
                    crate::browser::keep_storage().await;
                });
                navigator.replace(Route::Today {});
            }
            Err(e) => fail(status, &e),
        }
    };
    rsx! {
        form { class: "card form", onsubmit: start,
            label { r#for: "my-name", {t!("welcome-name")} }
            input {
                id: "my-name",
                r#type: "text",
                autocomplete: "given-name",
                initial_value: "{my_name}",
                oninput: move |e| my_name.set(e.value()),
                // The first thing to do here is type a name: the keyboard is ready for it.
                onmounted: move |e| async move {
                    let _ = e.set_focus(true).await;
                },
            }
            label { r#for: "partner-name", {t!("welcome-partner-name-optional")} }
            input {
                id: "partner-name",
                r#type: "text",
                initial_value: "{partner_name}",
                oninput: move |e| partner_name.set(e.value()),
            }
            ShareSwitch { checked: remind(), onchange: move |v| remind.set(v), label: t!("welcome-remind-me-once-day") }
            if remind() {
                label { r#for: "reminder-time", {t!("welcome-reminder-time")} }
                input {
                    id: "reminder-time",
                    r#type: "time",
                    initial_value: "{reminder_time}",
                    oninput: move |e| reminder_time.set(e.value()),
                }
            }
            Status { message: status() }
            button { class: "primary", r#type: "submit", {t!("welcome-start")} }
        }
    }
}
