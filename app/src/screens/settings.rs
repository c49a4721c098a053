//! Settings: names, reminder, default sharing, app lock, theme, text size, backup and restore,
//! the portability export, re-pairing, deleting everything, and about/safety.

use attune_core::lock::PIN_DIGITS;
use attune_core::{Locale, LockAfter, ReminderTime, SettingsChange, SettingsView, TextSize, Theme};
use dioxus::prelude::*;

use crate::components::{Note, Status, fail, loaded, tell, tell_failure, use_note};
use crate::core::{Actions, Core, use_actions, use_view};
use crate::{Route, Unlocked, files, format};

/// What the reminder does here: a notification on a phone, nothing in a window or a browser.
fn reminder_note() -> String {
    if cfg!(any(target_os = "android", target_os = "ios")) {
        t!("settings-notification-at-time-day")
    } else {
        t!("settings-phone-attune-sends-notification")
    }
}

#[component]
pub fn Settings() -> Element {
    let page = use_view(|s| s.settings_page());
    loaded(page.read().as_ref(), |p| rsx! { SettingsBody { view: p.settings.clone(), re_pair: p.re_pair_removes } })
}

/// Settings, card by card: each card owns its form and says its own outcome.
#[component]
fn SettingsBody(view: SettingsView, re_pair: u32) -> Element {
    rsx! {
        header { class: "screen-head",
            p { class: "eyebrow", {t!("settings-settings")} }
            h1 { {t!("settings-attune")} }
        }
        LanguageCard { language: view.language }
        NamesCard { mine: view.my_name.clone(), partner: view.partner_name.clone().unwrap_or_default() }
        ReminderCard { reminder: view.reminder }
        if view.reminder.is_some() {
            AddToCalendar {}
        }
        StateOfUsDayCard { day: view.state_of_us_day }
        LooksCard { share_by_default: view.share_by_default, theme: view.theme, text_size: view.text_size }
        AppLock { has_pin: view.has_pin, lock_after: view.lock_after }
        Backup {}
        section { class: "card",
            h2 { {t!("settings-data")} }
            BrowserStorage {}
            ExportEverything {}
            if view.paired {
                RePair { theirs: re_pair, partner: format::partner(view.partner_name.as_deref()) }
            }
            DeleteAll {}
        }
        section { class: "card",
            h2 { {t!("settings-about")} }
            p { {t!("settings-attune-helps-two-build")} }
            p { class: "quiet small", {t!("settings-data-format-version", schema_version = view.schema_version)} }
            if view.settings_reset_at_open > 0 {
                p { class: "small", role: "status", {t!("settings-reset-at-open", count = view.settings_reset_at_open)} }
            }
            Link { to: Route::Safety {}, {t!("settings-safety-getting-help")} }
        }
    }
}

/// Changes a setting that applies at once and shows itself: only a failure needs words.
async fn apply(actions: Actions, note: Note, change: SettingsChange) {
    tell_failure(note, &actions.run(move |s| s.change_setting(change)).await);
}

#[component]
fn LanguageCard(language: Option<Locale>) -> Element {
    let actions = use_actions();
    let status = use_note();
    rsx! {
        section { class: "card form", id: "language",
            h2 { {t!("settings-language")} }
            label { r#for: "set-language", {t!("settings-language-label")} }
            select {
                id: "set-language",
                onchange: move |e| apply(actions, status, SettingsChange::Language(Locale::from_tag(&e.value()))),
                option { value: "", selected: language.is_none(), {t!("settings-language-phone")} }
                for locale in Locale::SHIPPED {
                    option { value: locale.tag(), lang: locale.tag(), selected: language == Some(locale), {locale.name()} }
                }
            }
            p { class: "quiet small", {t!("settings-language-note")} }
            Status { message: status() }
        }
    }
}

#[component]
fn NamesCard(mine: String, partner: String) -> Element {
    let actions = use_actions();
    let mut my_name = use_signal(|| mine.clone());
    let mut partner_name = use_signal(|| partner.clone());
    let status = use_note();
    let save = move |evt: FormEvent| async move {
        evt.prevent_default();
        let (me, partner) = (my_name(), partner_name());
        let result =
            actions.run(move |s| s.change_setting(SettingsChange::Names { mine: me, partner: Some(partner) })).await;
        tell(status, &result, &t!("settings-names-saved"));
    };
    rsx! {
        form { class: "card form", onsubmit: save,
            h2 { {t!("settings-names")} }
            label { r#for: "set-my-name", {t!("settings-name")} }
            input { id: "set-my-name", r#type: "text", initial_value: "{my_name}", oninput: move |e| my_name.set(e.value()) }
            label { r#for: "set-partner-name", {t!("settings-partner-name")} }
            input { id: "set-partner-name", r#type: "text", initial_value: "{partner_name}", oninput: move |e| partner_name.set(e.value()) }
            Status { message: status() }
            button { class: "secondary", r#type: "submit", {t!("settings-save-names")} }
        }
    }
}

#[component]
fn ReminderCard(reminder: Option<ReminderTime>) -> Element {
    let actions = use_actions();
    let mut typed = use_signal(|| reminder.map(|r| r.to_string()).unwrap_or_default());
    let status = use_note();
    let save = move |evt: FormEvent| async move {
        evt.prevent_default();
        let typed = typed();
        let parsed = if typed.trim().is_empty() { Ok(None) } else { typed.parse::<ReminderTime>().map(Some) };
        let result = match parsed {
            Ok(time) => actions.run(move |s| s.change_setting(SettingsChange::Reminder(time))).await,
            Err(e) => Err(e),
        };
        let said = if typed.trim().is_empty() { t!("settings-reminder-off") } else { t!("settings-reminder-saved") };
        tell(status, &result, &said);
    };
    rsx! {
        form { class: "card form", onsubmit: save,
            h2 { {t!("settings-daily-reminder")} }
            p { class: "quiet small", {reminder_note()} }
            label { r#for: "set-reminder", {t!("settings-time-leave-empty-none")} }
            input { id: "set-reminder", r#type: "time", initial_value: "{typed}", oninput: move |e| typed.set(e.value()) }
            Status { message: status() }
            button { class: "secondary", r#type: "submit", {t!("settings-save-reminder")} }
        }
    }
}

#[component]
fn StateOfUsDayCard(day: Option<chrono::Weekday>) -> Element {
    let actions = use_actions();
    let status = use_note();
    rsx! {
        section { class: "card form",
            h2 { {t!("settings-state-us")} }
            p { class: "quiet small", {t!("settings-day-week-hold-hour")} }
            label { r#for: "state-of-us-day", {t!("settings-our-day")} }
            select {
                id: "state-of-us-day",
                onchange: move |e| {
                    let chosen = e.value().parse::<u8>().ok().and_then(|n| chrono::Weekday::try_from(n).ok());
                    apply(actions, status, SettingsChange::StateOfUsDay(chosen))
                },
                option { value: "", selected: day.is_none(), {t!("settings-no-day-chosen")} }
                for n in 0..7u8 {
                    if let Ok(weekday) = chrono::Weekday::try_from(n) {
                        option { value: "{n}", selected: day == Some(weekday), "{format::weekday(weekday)}" }
                    }
                }
            }
            Status { message: status() }
        }
    }
}

/// Sharing by default, the theme and the text size: each applies at once.
#[component]
fn LooksCard(share_by_default: bool, theme: Theme, text_size: TextSize) -> Element {
    let actions = use_actions();
    let status = use_note();
    rsx! {
        section { class: "card form",
            h2 { {t!("settings-sharing-looks")} }
            label { class: "switch",
                input {
                    r#type: "checkbox",
                    role: "switch",
                    checked: share_by_default,
                    onchange: move |e| apply(actions, status, SettingsChange::ShareByDefault(e.checked())),
                }
                span { class: "track", aria_hidden: "true" }
                span { class: "switch-label", {t!("settings-share-by-default")} }
            }
            p { class: "label", id: "theme-label", {t!("settings-theme")} }
            div { class: "segmented", role: "group", aria_labelledby: "theme-label",
                for (choice, label) in [(Theme::System, t!("settings-system")), (Theme::Light, t!("settings-light")), (Theme::Dark, t!("settings-dark"))] {
                    button {
                        r#type: "button",
                        class: if theme == choice { "selected" } else { "" },
                        aria_pressed: if theme == choice { "true" } else { "false" },
                        onclick: move |_| apply(actions, status, SettingsChange::Theme(choice)),
                        "{label}"
                    }
                }
            }
            p { class: "label", id: "size-label", {t!("settings-text-size")} }
            div { class: "segmented", role: "group", aria_labelledby: "size-label",
                for (size, label) in [(TextSize::Normal, t!("settings-normal")), (TextSize::Large, t!("settings-large")), (TextSize::Larger, t!("settings-larger"))] {
                    button {
                        r#type: "button",
                        class: if text_size == size { "selected" } else { "" },
                        aria_pressed: if text_size == size { "true" } else { "false" },
                        onclick: move |_| apply(actions, status, SettingsChange::TextSize(size)),
                        "{label}"
                    }
                }
            }
            Status { message: status() }
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
fn AppLock(has_pin: bool, lock_after: LockAfter) -> Element {
    let actions = use_actions();
    let mut pin = use_signal(String::new);
    let mut emptied = use_signal(|| 0u32);
    let status: Note = use_note();
    let mut unlocked = use_context::<Unlocked>().0;
    let digits = t!("settings-pin-digits", min = *PIN_DIGITS.start(), max = *PIN_DIGITS.end());
    let set = move |evt: FormEvent| async move {
        evt.prevent_default();
        let typed = pin();
        let result = actions.run(move |s| s.change_setting(SettingsChange::SetPin(typed))).await;
        if result.is_ok() {
            pin.set(String::new());
            *emptied.write() += 1;
            unlocked.set(true);
        }
        tell(status, &result, &t!("settings-app-lock-attune-asks"));
    };
    let remove = move |_| async move {
        let result = actions.run(|s| s.change_setting(SettingsChange::RemovePin)).await;
        tell(status, &result, &t!("settings-app-lock-off"));
    };
    let choose = move |after: LockAfter| async move {
        let result = actions.run(move |s| s.change_setting(SettingsChange::LockAfter(after))).await;
        tell(status, &result, &t!("settings-saved"));
    };
    rsx! {
        form { class: "card form", onsubmit: set,
            h2 { {t!("settings-app-lock")} }
            label { r#for: "new-pin", if has_pin { {t!("settings-change-pin-digits", digits = digits)} } else { {t!("settings-set-pin-digits", digits = digits)} } }
            for round in std::iter::once(emptied()) {
                input { key: "{round}", id: "new-pin", r#type: "password", inputmode: "numeric", autocomplete: "new-password", initial_value: "", oninput: move |e| pin.set(e.value()) }
            }
            Status { message: status() }
            div { class: "row",
                button { class: "secondary", r#type: "submit", if has_pin { {t!("settings-change-pin")} } else { {t!("settings-turn")} } }
                if has_pin {
                    button { class: "link", r#type: "button", onclick: remove, {t!("settings-turn-off")} }
                }
            }
            if has_pin {
                p { class: "label", id: "lock-after-label", {t!("settings-lock-again-after-time")} }
                div { class: "segmented", role: "group", aria_labelledby: "lock-after-label",
                    for (after, label) in [(LockAfter::Immediately, t!("settings-at-once")), (LockAfter::OneMinute, t!("settings-minutes-short", n = 1)), (LockAfter::FiveMinutes, t!("settings-minutes-short", n = 5))] {
                        button {
                            r#type: "button",
                            class: if lock_after == after { "selected" } else { "" },
                            aria_pressed: if lock_after == after { "true" } else { "false" },
                            onclick: move |_| choose(after),
                            "{label}"
                        }
                    }
                }
                p { class: "quiet small", {t!("settings-wrong-pins-bring-growing")} }
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

/// The daily reminder as a calendar event, for where Attune can't notify by itself (the web
/// app, closed): a file the share sheet sends to the calendar, or a download to open.
#[component]
fn AddToCalendar() -> Element {
    let actions = use_actions();
    let mut status: Note = use_note();
    let add = move |_| async move {
        match actions.run(|s| s.reminder_calendar()).await {
            Ok(Some(ics)) => match files::offer("attune-reminder.ics", ics.into_bytes()).await {
                Ok(Some(offered)) => status
                    .set(Some(Ok(offered
                        .say(t!("settings-calendar-shared"), |place| t!("settings-calendar-saved", place = place))))),
                Ok(None) => {}
                Err(e) => status.set(Some(Err(e))),
            },
            Ok(None) => {}
            Err(e) => fail(status, &e),
        }
    };
    rsx! {
        section { class: "card form", id: "calendar-reminder",
            h2 { {t!("settings-calendar-title")} }
            p { class: "quiet small", {t!("settings-calendar-explain")} }
            button { class: "secondary", r#type: "button", onclick: add, {t!("settings-add-to-calendar")} }
            Status { message: status() }
        }
    }
}

#[component]
fn ExportEverything() -> Element {
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
fn RePair(theirs: u32, partner: String) -> Element {
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
