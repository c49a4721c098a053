//! Settings: names, reminder, default sharing, app lock, theme, text size, backup and restore,
//! the portability export, re-pairing, deleting everything, and about/safety.

use attune_core::lock::PIN_DIGITS;
use attune_core::{LockAfter, ReminderTime, SettingsChange, SettingsView, TextSize, Theme};
use dioxus::prelude::*;

use crate::components::{Note, Status, loaded, tell, tell_failure, use_note};
use crate::core::{Core, use_actions, use_view};
use crate::{Route, Unlocked, files, format};

/// What the reminder does here: a notification on a phone, nothing in a window or a browser.
const REMINDER_NOTE: &str = if cfg!(any(target_os = "android", target_os = "ios")) {
    "A notification at this time with the day's question, made on this phone. It stays quiet once you've checked in."
} else {
    "On your phone, Attune sends a notification at this time with the day's question. This window and the browser don't."
};

#[component]
pub fn Settings() -> Element {
    let view = use_view(|s| Ok((s.settings()?, s.re_pair_consequence()?)));
    loaded(
        view.read().as_ref(),
        |(v, consequence)| rsx! { SettingsBody { view: v.clone(), re_pair: consequence.clone() } },
    )
}

#[component]
fn SettingsBody(view: SettingsView, re_pair: String) -> Element {
    let actions = use_actions();
    let mut my_name = use_signal(|| view.my_name.clone());
    let mut partner_name = use_signal(|| view.partner_name.clone().unwrap_or_default());
    let mut reminder = use_signal(|| view.reminder.map(|r| r.to_string()).unwrap_or_default());
    let names_status: Note = use_note();
    let reminder_status: Note = use_note();
    let save_names = move |evt: FormEvent| async move {
        evt.prevent_default();
        let (me, partner) = (my_name(), partner_name());
        let result =
            actions.run(move |s| s.change_setting(SettingsChange::Names { mine: me, partner: Some(partner) })).await;
        tell(names_status, &result, "Names saved.");
    };
    let save_reminder = move |evt: FormEvent| async move {
        evt.prevent_default();
        let typed = reminder();
        let parsed = if typed.trim().is_empty() { Ok(None) } else { typed.parse::<ReminderTime>().map(Some) };
        let result = match parsed {
            Ok(time) => actions.run(move |s| s.change_setting(SettingsChange::Reminder(time))).await,
            Err(e) => Err(e),
        };
        tell(reminder_status, &result, if typed.trim().is_empty() { "Reminder off." } else { "Reminder saved." });
    };
    let looks_status: Note = use_note();
    let change = move |change: SettingsChange| async move {
        // These apply at once and show themselves; only a failure needs words.
        tell_failure(looks_status, &actions.run(move |s| s.change_setting(change)).await);
    };
    rsx! {
        header { class: "screen-head",
            p { class: "eyebrow", "Settings" }
            h1 { "Your Attune" }
        }
        form { class: "card form", onsubmit: save_names,
            h2 { "Names" }
            label { r#for: "set-my-name", "Your name" }
            input { id: "set-my-name", r#type: "text", value: "{my_name}", oninput: move |e| my_name.set(e.value()) }
            label { r#for: "set-partner-name", "Your partner's name" }
            input { id: "set-partner-name", r#type: "text", value: "{partner_name}", oninput: move |e| partner_name.set(e.value()) }
            Status { message: names_status() }
            button { class: "secondary", r#type: "submit", "Save names" }
        }
        form { class: "card form", onsubmit: save_reminder,
            h2 { "Daily reminder" }
            p { class: "quiet small", {REMINDER_NOTE} }
            label { r#for: "set-reminder", "Time (leave empty for none)" }
            input { id: "set-reminder", r#type: "time", value: "{reminder}", oninput: move |e| reminder.set(e.value()) }
            Status { message: reminder_status() }
            button { class: "secondary", r#type: "submit", "Save reminder" }
        }
        section { class: "card form",
            h2 { "State of us" }
            p { class: "quiet small", "The day of the week you hold your hour together. On that day, Today and the daily reminder invite you to it." }
            label { r#for: "state-of-us-day", "Our day" }
            select {
                id: "state-of-us-day",
                onchange: move |e| {
                    let day = e.value().parse::<u8>().ok().and_then(|n| chrono::Weekday::try_from(n).ok());
                    change(SettingsChange::StateOfUsDay(day))
                },
                option { value: "", selected: view.state_of_us_day.is_none(), "No day chosen" }
                for n in 0..7u8 {
                    if let Ok(day) = chrono::Weekday::try_from(n) {
                        option { value: "{n}", selected: view.state_of_us_day == Some(day), "{format::weekday(day)}" }
                    }
                }
            }
        }
        section { class: "card form",
            h2 { "Sharing and looks" }
            label { class: "switch",
                input {
                    r#type: "checkbox",
                    role: "switch",
                    checked: view.share_by_default,
                    onchange: move |e| change(SettingsChange::ShareByDefault(e.checked())),
                }
                span { class: "track", aria_hidden: "true" }
                span { class: "switch-label", "Share new entries by default" }
            }
            p { class: "label", id: "theme-label", "Theme" }
            div { class: "segmented", role: "group", aria_labelledby: "theme-label",
                for (theme, label) in [(Theme::System, "System"), (Theme::Light, "Light"), (Theme::Dark, "Dark")] {
                    button {
                        r#type: "button",
                        class: if view.theme == theme { "selected" } else { "" },
                        aria_pressed: if view.theme == theme { "true" } else { "false" },
                        onclick: move |_| change(SettingsChange::Theme(theme)),
                        "{label}"
                    }
                }
            }
            p { class: "label", id: "size-label", "Text size" }
            div { class: "segmented", role: "group", aria_labelledby: "size-label",
                for (size, label) in [(TextSize::Normal, "Normal"), (TextSize::Large, "Large"), (TextSize::Larger, "Larger")] {
                    button {
                        r#type: "button",
                        class: if view.text_size == size { "selected" } else { "" },
                        aria_pressed: if view.text_size == size { "true" } else { "false" },
                        onclick: move |_| change(SettingsChange::TextSize(size)),
                        "{label}"
                    }
                }
            }
            Status { message: looks_status() }
        }
        AppLock { has_pin: view.has_pin, lock_after: view.lock_after }
        Backup {}
        section { class: "card",
            h2 { "Your data" }
            BrowserStorage {}
            ExportEverything {}
            if view.paired {
                RePair { consequence: re_pair }
            }
            DeleteAll {}
        }
        section { class: "card",
            h2 { "About" }
            p { "Attune helps the two of you build a secure bond, one small daily step at a time. No account, no server: your entries live on this phone, and only what you choose to share travels, encrypted, in the file you send." }
            p { class: "quiet small", "Data format version {view.schema_version}." }
            Link { to: Route::Safety {}, "Safety and getting help" }
        }
    }
}

/// In the browser: asks it to keep Attune's data when space runs low
/// (`navigator.storage.persist()`), and says what it granted. Phones and desktops keep the
/// database in the app's own folder, so there is nothing to ask.
#[component]
fn BrowserStorage() -> Element {
    if !cfg!(target_arch = "wasm32") {
        return rsx! {};
    }
    let granted = use_resource(|| async {
        document::eval(
            "const storage = navigator.storage;
             if (!storage || !storage.persist) return 'unsupported';
             return (await storage.persisted()) || (await storage.persist()) ? 'kept' : 'not-kept';",
        )
        .join::<String>()
        .await
        .ok()
    });
    let text = match granted().flatten().as_deref() {
        Some("kept") => "Your browser keeps Attune's data, even when the phone runs low on space.",
        Some("not-kept") => {
            "Your browser may clear Attune's data when the phone runs low on space. Adding Attune to your home screen usually lets it keep it; a backup is the safe copy either way."
        }
        Some(_) => "This browser can't promise to keep Attune's data when space runs low. Keep a backup.",
        None => return rsx! {},
    };
    rsx! { p { class: "quiet small", id: "browser-storage", "{text}" } }
}

#[component]
fn AppLock(has_pin: bool, lock_after: LockAfter) -> Element {
    let actions = use_actions();
    let mut pin = use_signal(String::new);
    let status: Note = use_note();
    let mut unlocked = use_context::<Unlocked>().0;
    let digits = format!("{} to {}", PIN_DIGITS.start(), PIN_DIGITS.end());
    let set = move |evt: FormEvent| async move {
        evt.prevent_default();
        let typed = pin();
        let result = actions.run(move |s| s.change_setting(SettingsChange::SetPin(typed))).await;
        if result.is_ok() {
            pin.set(String::new());
            unlocked.set(true);
        }
        tell(status, &result, "App lock on. Attune asks for this PIN when it opens and when you come back to it.");
    };
    let remove = move |_| async move {
        let result = actions.run(|s| s.change_setting(SettingsChange::RemovePin)).await;
        tell(status, &result, "App lock off.");
    };
    let choose = move |after: LockAfter| async move {
        let result = actions.run(move |s| s.change_setting(SettingsChange::LockAfter(after))).await;
        tell(status, &result, "Saved.");
    };
    rsx! {
        form { class: "card form", onsubmit: set,
            h2 { "App lock" }
            label { r#for: "new-pin", if has_pin { "Change PIN ({digits} digits)" } else { "Set a PIN ({digits} digits)" } }
            input { id: "new-pin", r#type: "password", inputmode: "numeric", autocomplete: "new-password", value: "{pin}", oninput: move |e| pin.set(e.value()) }
            Status { message: status() }
            div { class: "row",
                button { class: "secondary", r#type: "submit", if has_pin { "Change PIN" } else { "Turn on" } }
                if has_pin {
                    button { class: "link", r#type: "button", onclick: remove, "Turn off" }
                }
            }
            if has_pin {
                p { class: "label", id: "lock-after-label", "Lock again after time away" }
                div { class: "segmented", role: "group", aria_labelledby: "lock-after-label",
                    for (after, label) in [(LockAfter::Immediately, "At once"), (LockAfter::OneMinute, "1 min"), (LockAfter::FiveMinutes, "5 min")] {
                        button {
                            r#type: "button",
                            class: if lock_after == after { "selected" } else { "" },
                            aria_pressed: if lock_after == after { "true" } else { "false" },
                            onclick: move |_| choose(after),
                            "{label}"
                        }
                    }
                }
                p { class: "quiet small", "Wrong PINs bring growing waits. The lock keeps the screen from someone holding your phone; your phone's own lock and encryption protect the data itself." }
            }
        }
    }
}

#[component]
fn Backup() -> Element {
    let actions = use_actions();
    let mut passphrase = use_signal(String::new);
    let mut backup_status: Note = use_note();
    let make = move |evt: FormEvent| async move {
        evt.prevent_default();
        let phrase = passphrase();
        match actions.run(move |s| s.backup(&phrase)).await {
            Ok(bytes) => {
                let name = format!("attune-backup-{}.attune-backup", chrono::Local::now().format("%Y-%m-%d"));
                match files::offer(&name, bytes).await {
                    Ok(Some(offered)) => backup_status.set(Some(Ok(format!(
                        "{} Keep the passphrase somewhere safe; without it the backup can't be opened.",
                        offered.say("Backup shared.", |place| format!("Backup saved: {place}."))
                    )))),
                    Ok(None) => {}
                    Err(e) => backup_status.set(Some(Err(e))),
                }
            }
            Err(e) => backup_status.set(Some(Err(e.to_string()))),
        }
    };
    rsx! {
        form { class: "card form", onsubmit: make,
            h2 { "Backup" }
            p { class: "quiet small", "Everything on this phone, private entries too, in one file locked with a passphrase you choose. Use it to move to a new phone." }
            label { r#for: "backup-passphrase", "Backup passphrase (at least {attune_core::MIN_PASSPHRASE_CHARS} characters)" }
            input { id: "backup-passphrase", r#type: "password", autocomplete: "new-password", value: "{passphrase}", oninput: move |e| passphrase.set(e.value()) }
            Status { message: backup_status() }
            button { class: "secondary", r#type: "submit", "Make a backup" }
        }
        RestoreBackup {}
    }
}

/// Restoring a backup: in Settings, and on first run for a new phone.
#[component]
pub fn RestoreBackup(on_restored: Option<EventHandler<()>>, opened: Option<Vec<u8>>) -> Element {
    let actions = use_actions();
    let mut restore_passphrase = use_signal(String::new);
    let mut restore_status: Note = use_note();
    let from_system = opened.is_some();
    let mut picked = use_signal(|| opened.clone());
    let pick = move |evt: FormEvent| async move {
        if let Some(file) = evt.files().into_iter().next() {
            match file.read_bytes().await {
                Ok(bytes) => picked.set(Some(bytes.to_vec())),
                Err(e) => restore_status.set(Some(Err(format!("Couldn't read that file: {e}")))),
            }
        }
    };
    let restore = move |evt: FormEvent| async move {
        evt.prevent_default();
        let Some(bytes) = picked() else {
            restore_status.set(Some(Err("Choose a backup file first.".into())));
            return;
        };
        let phrase = restore_passphrase();
        match actions.run(move |s| s.restore_backup(&bytes, &phrase)).await {
            Ok(summary) => {
                restore_status.set(Some(Ok(summary.message)));
                if let Some(done) = on_restored {
                    done.call(());
                }
            }
            Err(e) => restore_status.set(Some(Err(e.to_string()))),
        }
    };
    rsx! {
        form { class: "card form", onsubmit: restore,
            h2 { "Restore a backup" }
            if from_system {
                p { "You opened an Attune backup. Type its passphrase to bring everything back on this phone." }
            } else {
                label { r#for: "restore-file", "Backup file" }
                input { id: "restore-file", r#type: "file", onchange: pick }
            }
            label { r#for: "restore-passphrase", "Its passphrase" }
            input { id: "restore-passphrase", r#type: "password", autocomplete: "current-password", value: "{restore_passphrase}", oninput: move |e| restore_passphrase.set(e.value()) }
            Status { message: restore_status() }
            button { class: if from_system { "primary" } else { "secondary" }, r#type: "submit", "Restore" }
        }
    }
}

#[component]
fn ExportEverything() -> Element {
    let actions = use_actions();
    let mut status: Note = use_note();
    let export = move |_| async move {
        match actions.run(|s| s.export_everything_json()).await {
            Ok(json) => {
                let name = format!("attune-export-{}.json", chrono::Local::now().format("%Y-%m-%d"));
                match files::offer(&name, json.into_bytes()).await {
                    Ok(Some(offered)) => {
                        status.set(Some(Ok(
                            offered.say("Exported through the share sheet.", |place| format!("Exported: {place}"))
                        )));
                    }
                    Ok(None) => {}
                    Err(e) => status.set(Some(Err(e))),
                }
            }
            Err(e) => status.set(Some(Err(e.to_string()))),
        }
    };
    rsx! {
        div { class: "form",
            p { class: "quiet small", "Everything you wrote, as plain and readable JSON, for your own records. It is not encrypted." }
            button { class: "secondary", r#type: "button", onclick: export, "Export everything (JSON)" }
            Status { message: status() }
        }
    }
}

#[component]
fn RePair(consequence: String) -> Element {
    let actions = use_actions();
    let mut confirm = use_signal(|| false);
    let status: Note = use_note();
    let re_pair = move |_| async move {
        let result = actions.run(attune_core::Store::re_pair).await;
        confirm.set(false);
        tell(status, &result, "Pairing removed. Pair again on the Exchange screen.");
    };
    rsx! {
        div { class: "form",
            if confirm() {
                p { role: "alert", "{consequence}" }
                div { class: "row",
                    button { class: "danger", r#type: "button", onclick: re_pair, "Re-pair" }
                    button { class: "secondary", r#type: "button", onclick: move |_| confirm.set(false), "Cancel" }
                }
            } else {
                button { class: "secondary", r#type: "button", onclick: move |_| confirm.set(true), "Re-pair…" }
            }
            Status { message: status() }
        }
    }
}

#[component]
fn DeleteAll() -> Element {
    let actions = use_actions();
    let core = use_context::<Core>();
    let navigator = use_navigator();
    let mut confirm = use_signal(|| false);
    let mut typed = use_signal(String::new);
    let mut status: Note = use_note();
    let delete = move |evt: FormEvent| {
        let core = core.clone();
        async move {
            evt.prevent_default();
            if typed().trim().to_lowercase() != "delete" {
                status.set(Some(Err("Type DELETE to confirm.".into())));
                return;
            }
            match core.delete_all_data().await {
                Ok(files) => {
                    actions.refresh();
                    navigator.replace(Route::Welcome {});
                    let counted = if files == 0 {
                        String::new()
                    } else {
                        format!(" ({})", format::plural(files, "file", "files"))
                    };
                    status.set(Some(Ok(format!(
                        "Everything is deleted{counted}. Files you saved elsewhere stay where you put them."
                    ))));
                }
                Err(e) => status.set(Some(Err(e.to_string()))),
            }
        }
    };
    rsx! {
        if confirm() {
            form { class: "form danger-zone", onsubmit: delete,
                p { role: "alert", "This deletes every entry, setting and the pairing from this phone. It can't be undone. Make a backup first if you may want it back." }
                label { r#for: "confirm-delete", "Type DELETE to confirm" }
                input { id: "confirm-delete", r#type: "text", autocomplete: "off", value: "{typed}", oninput: move |e| typed.set(e.value()) }
                Status { message: status() }
                div { class: "row",
                    button { class: "danger", r#type: "submit", "Delete all data" }
                    button { class: "secondary", r#type: "button", onclick: move |_| confirm.set(false), "Cancel" }
                }
            }
        } else {
            button { class: "danger-link", r#type: "button", onclick: move |_| confirm.set(true), "Delete all data…" }
        }
    }
}
