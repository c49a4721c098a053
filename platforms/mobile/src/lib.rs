//! attune-platform: the few things Attune needs from the phone itself.
//!
//! - `app_data_dir`: where the database lives (Android's `Context.getFilesDir()`, iOS's
//!   `Library/Application Support`), handed to the core at start-up.
//! - `share_file`: the system share sheet for a written `.attune` file (Android `ACTION_SEND`
//!   with a read-only content URI from the app's `OutboxProvider`; iOS
//!   `UIActivityViewController`: AirDrop, Messages, Mail).
//! - `keep_reminder`: the daily reminder as local notifications from the core's plan (Android:
//!   `reminder.json` for `ReminderReceiver` plus a broadcast; iOS: `UNUserNotificationCenter`).
//!
//! Received files go the other way, through `attune_app::incoming`. The Android side of all of
//! this is `platforms/android/MainActivity.kt`. On desktop and web every function here does
//! nothing and says so (`None` / `false`).

#[cfg(target_os = "android")]
mod android;
#[cfg(target_os = "ios")]
mod ios;

use std::path::{Path, PathBuf};

/// The platform's private app-data directory, where the database belongs.
pub fn app_data_dir() -> Option<PathBuf> {
    #[cfg(target_os = "android")]
    {
        android::files_dir()
    }
    #[cfg(target_os = "ios")]
    {
        std::env::var_os("HOME").map(|home| PathBuf::from(home).join("Library").join("Application Support"))
    }
    #[cfg(not(any(target_os = "android", target_os = "ios")))]
    {
        None
    }
}

/// Opens the system share sheet for `file` (AirDrop, Messages, email, a chat app). Returns
/// whether a share sheet was shown; `false` where the platform has none.
pub fn share_file(file: &Path, title: &str) -> bool {
    #[cfg(target_os = "android")]
    {
        android::share(file, title).is_ok()
    }
    #[cfg(target_os = "ios")]
    {
        let _ = title;
        ios::share(file)
    }
    #[cfg(not(any(target_os = "android", target_os = "ios")))]
    {
        let _ = (file, title);
        false
    }
}

/// What the phone should remind of, as it should schedule it: the daily reminder (the local
/// time, and what it says on each coming day; `None`: that day stays quiet) and the one
/// notification at the time to come back from a pause. Mirrors `attune_core::ReminderPlan`,
/// kept free of the core so this crate type-checks for iOS without building SQLite.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PhoneReminders {
    /// `(hour, minute)` of the daily reminder; `None`: no daily reminder.
    pub daily: Option<(u8, u8)>,
    /// `(YYYY-MM-DD, text)`, from today on.
    pub days: Vec<(String, Option<String>)>,
    /// Said on days past the plan (the app not opened for a long while).
    pub fallback: String,
    /// `(unix ms, text)`: the time to come back from a pause.
    pub come_back: Option<(i64, String)>,
}

/// Schedules the daily reminder from `plan`, replacing the previous one, or removes it (`None`).
/// Returns whether the platform has reminders (phones) and took the plan.
pub fn keep_reminder(plan: Option<&PhoneReminders>) -> bool {
    #[cfg(target_os = "android")]
    {
        android::keep_reminder(plan).is_ok()
    }
    #[cfg(target_os = "ios")]
    {
        ios::keep_reminder(plan);
        true
    }
    #[cfg(not(any(target_os = "android", target_os = "ios")))]
    {
        let _ = plan;
        false
    }
}

/// The words the phone's own code shows without the app (Android: the notification channel,
/// the launcher's "I need a pause", a shared file it couldn't copy), in the couple's language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PhoneWords {
    pub channel: String,
    pub pause_shortcut: String,
    pub file_unreadable: String,
}

/// The file MainActivity.kt reads `PhoneWords` from, in the app's files directory.
pub const WORDS_FILE: &str = "words.json";

/// `words.json` as MainActivity.kt reads it.
pub fn phone_words_json(words: &PhoneWords) -> String {
    serde_json::json!({
        "channel": words.channel,
        "pause_shortcut": words.pause_shortcut,
        "file_unreadable": words.file_unreadable,
    })
    .to_string()
}

/// Leaves `words` where the phone's own code reads them (Android); other platforms need none.
pub fn keep_phone_words(words: &PhoneWords) {
    #[cfg(target_os = "android")]
    if let Some(dir) = android::files_dir() {
        let part = dir.join(format!("{WORDS_FILE}.part"));
        if std::fs::write(&part, phone_words_json(words)).is_ok() {
            let _ = std::fs::rename(&part, dir.join(WORDS_FILE));
        }
    }
    #[cfg(not(target_os = "android"))]
    let _ = words;
}

/// The file `ReminderReceiver` (MainActivity.kt) plans from, in the app's files directory.
pub const REMINDER_FILE: &str = "reminder.json";

/// `reminder.json` as `ReminderReceiver` reads it: `hour` and `minute` (only with a daily
/// reminder), `fallback`, `days` mapping each date to its text or `null`, and `come_back`
/// (`at_ms`, `text`) while a pause's time to come back is ahead.
pub fn reminder_json(plan: &PhoneReminders) -> String {
    let days: serde_json::Map<String, serde_json::Value> = plan
        .days
        .iter()
        .map(|(day, text)| (day.clone(), text.clone().map_or(serde_json::Value::Null, Into::into)))
        .collect();
    let mut json = serde_json::json!({ "fallback": plan.fallback, "days": days });
    if let Some((hour, minute)) = plan.daily {
        json["hour"] = hour.into();
        json["minute"] = minute.into();
    }
    if let Some((at_ms, text)) = &plan.come_back {
        json["come_back"] = serde_json::json!({ "at_ms": at_ms, "text": text });
    }
    json.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_reminder_file_says_what_the_android_receiver_reads() {
        let plan = PhoneReminders {
            daily: Some((20, 5)),
            days: vec![("2026-11-28".into(), None), ("2026-11-29".into(), Some("Today's question: \"why?\"".into()))],
            fallback: "A minute for the two of you.".into(),
            come_back: Some((1_800_000_000_000, "Time to come back.".into())),
        };
        let json: serde_json::Value = serde_json::from_str(&reminder_json(&plan)).unwrap();
        assert_eq!(json["hour"], 20);
        assert_eq!(json["minute"], 5);
        assert_eq!(json["fallback"], "A minute for the two of you.");
        assert!(json["days"]["2026-11-28"].is_null());
        assert_eq!(json["days"]["2026-11-29"], "Today's question: \"why?\"");
        assert_eq!(json["come_back"]["at_ms"], 1_800_000_000_000_i64);
        assert_eq!(json["come_back"]["text"], "Time to come back.");
        let pause_only = PhoneReminders { daily: None, days: vec![], ..plan.clone() };
        let json: serde_json::Value = serde_json::from_str(&reminder_json(&pause_only)).unwrap();
        assert!(json.get("hour").is_none(), "no daily reminder: no time for one");
        assert!(!keep_reminder(Some(&plan)), "a desktop has no reminders to schedule");
    }

    #[test]
    fn the_words_file_says_what_the_android_side_shows() {
        let words = PhoneWords {
            channel: "Registro diario".into(),
            pause_shortcut: "Necesito una pausa".into(),
            file_unreadable: "Attune no pudo leer ese archivo.".into(),
        };
        let json: serde_json::Value = serde_json::from_str(&phone_words_json(&words)).unwrap();
        assert_eq!(json["channel"], "Registro diario");
        assert_eq!(json["pause_shortcut"], "Necesito una pausa");
        assert_eq!(json["file_unreadable"], "Attune no pudo leer ese archivo.");
    }
}
