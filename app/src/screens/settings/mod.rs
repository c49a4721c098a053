//! Settings: names, reminder, default sharing, app lock, theme, text size, backup and restore,
//! the portability export, re-pairing, deleting everything, and about/safety.

mod data;
mod lock;
mod preferences;

use attune_core::{SettingsChange, SettingsView};
use dioxus::prelude::*;

use crate::components::{Note, loaded, tell_failure};
use crate::core::{Actions, use_view};
use crate::{Route, format};
pub use data::RestoreBackup;
use data::{Backup, BrowserStorage, DeleteAll, ExportEverything, RePair};
use lock::AppLock;
use preferences::{AddToCalendar, LanguageCard, LooksCard, NamesCard, ReminderCard, StateOfUsDayCard};

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
