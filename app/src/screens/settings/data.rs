//! Settings' data cards: where the browser keeps it, backup and restore, the export of
//! everything, pairing again and deleting everything.

use dioxus::prelude::*;

use crate::components::{Note, Status, fail, tell, use_note};
use crate::core::{Core, use_actions};
use crate::{Route, files};

/// In the browser: asks it to keep Attune's data when space runs low
/// (`navigator.storage.persist()`), and says what it granted. Phones and desktops keep the
/// database in the app's own folder, so there is nothing to ask.
#[component]
pub(super) fn BrowserStorage() -> Element {
    if !cfg!(target_arch = "wasm32") {
        return rsx! {};
    }
    let granted = use_resource(crate::browser::keep_storage);
    let ios = use_resource(crate::browser::outside_ios_home_screen);
    let text = match granted().flatten().as_deref() {
        Some("kept") => t!("settings-browser-keeps-attune-data"),
        Some("not-kept") => {
            t!("settings-browser-may-clear-attune")
        }
        Some(_) => t!("settings-browser-can-promise-keep"),
        None => return rsx! {},
    };
    rsx! {
        p { class: "quiet small", id: "browser-storage", "{text}" }
        if ios() == Some(true) {
            p { class: "quiet small", id: "home-screen-storage",
                {t!("browser-home-screen-keeps")}
                " "
                {t!("browser-home-screen-how")}
            }
        }
    }
}

#[component]
pub(super) fn Backup() -> Element {
    let actions = use_actions();
    let mut passphrase = use_signal(String::new);
    let mut backup_status: Note = use_note();
    let make = move |evt: FormEvent| async move {
        evt.prevent_default();
        let phrase = passphrase();
        match actions.run(move |s| Ok((s.backup(&phrase)?, s.today_date()))).await {
            Ok((bytes, today)) => {
                let name = format!("attune-backup-{}.attune-backup", today.format("%Y-%m-%d"));
                match files::offer(&name, bytes).await {
                    Ok(Some(offered)) => backup_status.set(Some(Ok(t!(
                        "settings-backup-keep-passphrase",
                        done = offered
                            .say(t!("settings-backup-shared"), |place| t!("settings-backup-saved", place = place))
                    )))),
                    Ok(None) => {}
                    Err(e) => backup_status.set(Some(Err(e))),
                }
            }
            Err(e) => fail(backup_status, &e),
        }
    };
    rsx! {
        form { class: "card form", onsubmit: make,
            h2 { {t!("settings-backup")} }
            p { class: "quiet small", {t!("settings-everything-phone-private-entries")} }
            label { r#for: "backup-passphrase", {t!("settings-backup-passphrase-at-least", min = attune_core::MIN_PASSPHRASE_CHARS)} }
            input { id: "backup-passphrase", r#type: "password", autocomplete: "new-password", initial_value: "{passphrase}", oninput: move |e| passphrase.set(e.value()) }
            Status { message: backup_status() }
            button { class: "secondary", r#type: "submit", {t!("settings-make-backup")} }
        }
        RestoreBackup {}
    }
}

/// Restoring a backup: in Settings, and on first run for a new phone (picked, or `opened` by
/// the system). Its code (reading and decrypting a backup) is not needed to draw the first
/// screen: in the browser's split build it is fetched the first time this is drawn, and nothing
/// shows in its place until it has arrived.
#[component]
pub fn RestoreBackup(on_restored: Option<EventHandler<()>>, opened: Option<Vec<u8>>) -> Element {
    rsx! {
        SuspenseBoundary { fallback: |_| rsx! {},
            RestoreBackupForm { on_restored, opened }
        }
    }
}

/// The form behind `RestoreBackup`, loaded on its own in the browser's split build.
#[component(lazy)]
fn RestoreBackupForm(on_restored: Option<EventHandler<()>>, opened: Option<Vec<u8>>) -> Element {
    let actions = use_actions();
    let mut restore_passphrase = use_signal(String::new);
    let mut restore_status: Note = use_note();
    let from_system = opened.is_some();
    let mut picked = use_signal(|| opened.clone());
    let pick = move |evt: FormEvent| async move {
        if let Some(file) = evt.files().into_iter().next() {
            match file.read_bytes().await {
                Ok(bytes) => picked.set(Some(bytes.to_vec())),
                Err(e) => restore_status.set(Some(Err(t!("exchange-could-not-read-file", cause = e.to_string())))),
            }
        }
    };
    let restore = move |evt: FormEvent| async move {
        evt.prevent_default();
        let Some(bytes) = picked() else {
            restore_status.set(Some(Err(t!("settings-choose-backup-file-first"))));
            return;
        };
        let phrase = restore_passphrase();
        match actions.run(move |s| s.restore_backup(&bytes, &phrase)).await {
            Ok(summary) => {
                restore_status.set(Some(Ok(crate::i18n::words().restore_summary(&summary))));
                if let Some(done) = on_restored {
                    done.call(());
                }
            }
            Err(e) => fail(restore_status, &e),
        }
    };
    rsx! {
        form { class: "card form", onsubmit: restore,
            h2 { {t!("settings-restore-backup")} }
            if from_system {
                p { {t!("settings-opened-attune-backup-type")} }
            } else {
                label { r#for: "restore-file", {t!("settings-backup-file")} }
                input { id: "restore-file", r#type: "file", onchange: pick }
            }
            label { r#for: "restore-passphrase", {t!("settings-its-passphrase")} }
            input { id: "restore-passphrase", r#type: "password", autocomplete: "current-password", initial_value: "{restore_passphrase}", oninput: move |e| restore_passphrase.set(e.value()) }
            Status { message: restore_status() }
            button { class: if from_system { "primary" } else { "secondary" }, r#type: "submit", {t!("settings-restore")} }
        }
    }
}

#[component]
pub(super) fn ExportEverything() -> Element {
    let actions = use_actions();
    let mut status: Note = use_note();
    let export = move |_| async move {
        match actions.run(|s| Ok((s.export_everything_json()?, s.today_date()))).await {
            Ok((json, today)) => {
                let name = format!("attune-export-{}.json", today.format("%Y-%m-%d"));
                match files::offer(&name, json.into_bytes()).await {
                    Ok(Some(offered)) => {
                        status.set(Some(Ok(offered.say(t!("settings-exported-through-share-sheet"), |place| {
                            t!("settings-exported", place = place)
                        }))));
                    }
                    Ok(None) => {}
                    Err(e) => status.set(Some(Err(e))),
                }
            }
            Err(e) => fail(status, &e),
        }
    };
    rsx! {
        div { class: "form",
            p { class: "quiet small", {t!("settings-everything-wrote-as-plain")} }
            button { class: "secondary", r#type: "button", onclick: export, {t!("settings-export-everything-json")} }
            Status { message: status() }
        }
    }
}

#[component]
pub(super) fn RePair(theirs: u32, partner: String) -> Element {
    let actions = use_actions();
    let mut confirm = use_signal(|| false);
    let status: Note = use_note();
    let re_pair = move |_| async move {
        let result = actions.run(attune_core::Store::re_pair).await;
        confirm.set(false);
        tell(status, &result, &t!("settings-pairing-removed-pair-again"));
    };
    rsx! {
        div { class: "form",
            if confirm() {
                p { role: "alert", {t!("settings-re-pair-consequence", count = theirs, partner = partner)} }
                div { class: "row",
                    button { class: "danger", r#type: "button", onclick: re_pair, {t!("settings-re-pair")} }
                    button { class: "secondary", r#type: "button", onclick: move |_| confirm.set(false), {t!("settings-cancel")} }
                }
            } else {
                button { class: "secondary", r#type: "button", onclick: move |_| confirm.set(true), {t!("settings-re-pair-button")} }
            }
            Status { message: status() }
        }
    }
}

#[component]
pub(super) fn DeleteAll() -> Element {
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
            if typed().trim().to_lowercase() != t!("settings-delete-word").to_lowercase() {
                status.set(Some(Err(t!("settings-type-delete-confirm"))));
                return;
            }
            match core.delete_all_data().await {
                Ok(files) => {
                    actions.refresh();
                    navigator.replace(Route::Welcome {});
                    status.set(Some(Ok(t!("settings-everything-deleted", files = files))));
                }
                Err(e) => fail(status, &e),
            }
        }
    };
    rsx! {
        if confirm() {
            form { class: "form danger-zone", onsubmit: delete,
                p { role: "alert", {t!("settings-deletes-every-entry-setting")} }
                label { r#for: "confirm-delete", {t!("settings-type-delete-label")} }
                input { id: "confirm-delete", r#type: "text", autocomplete: "off", initial_value: "{typed}", oninput: move |e| typed.set(e.value()) }
                Status { message: status() }
                div { class: "row",
                    button { class: "danger", r#type: "submit", {t!("settings-delete-all-data")} }
                    button { class: "secondary", r#type: "button", onclick: move |_| confirm.set(false), {t!("settings-cancel")} }
                }
            }
        } else {
            button { class: "danger-link", r#type: "button", onclick: move |_| confirm.set(true), {t!("settings-delete-all-button")} }
        }
    }
}
