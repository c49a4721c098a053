//! Settings' preferences: language, names, the reminder (and the calendar event), the State
//! of us day, default sharing, theme and text size.

use attune_core::{Locale, ReminderTime, SettingsChange, TextSize, Theme};
use dioxus::prelude::*;

use super::{apply, reminder_note};
use crate::components::{Note, Status, fail, tell, use_note};
use crate::core::use_actions;
use crate::{files, format};

#[component]
pub(super) fn LanguageCard(language: Option<Locale>) -> Element {
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
pub(super) fn NamesCard(mine: String, partner: String) -> Element {
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
pub(super) fn ReminderCard(reminder: Option<ReminderTime>) -> Element {
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
pub(super) fn StateOfUsDayCard(day: Option<chrono::Weekday>) -> Element {
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
pub(super) fn LooksCard(share_by_default: bool, theme: Theme, text_size: TextSize) -> Element {
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

/// The daily reminder as a calendar event, for where Attune can't notify by itself (the web
/// app, closed): a file the share sheet sends to the calendar, or a download to open.
#[component]
pub(super) fn AddToCalendar() -> Element {
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
