//! Components that render nothing and keep the phone in step with the core: the reminders'
//! schedule, the app-lock marker Android reads, and the pause asked for from the launcher.

use dioxus::prelude::*;

use crate::core::use_view;

/// Keeps the phone's reminders in step with the core's plan: on every start (renewing the
/// month of questions) and after every change (a new time, today's check-in done, a pause
/// taken or ended).
#[component]
pub(crate) fn KeepReminder() -> Element {
    let plan = use_view(|s| s.reminder_plan(attune_core::reminder::PLAN_DAYS));
    // The plan reloads after every action; the phone is only asked again when it changed.
    let mut scheduled = use_signal(|| None::<Option<attune_core::ReminderPlan>>);
    use_effect(move || {
        if let Some(Ok(plan)) = &*plan.read()
            && scheduled.peek().as_ref() != Some(plan)
        {
            schedule_reminder(plan.as_ref());
            scheduled.set(Some(plan.clone()));
        }
    });
    rsx! {}
}

/// Leaves the words the phone's own code shows without the app (Android: the notification
/// channel, the launcher shortcut, a file it couldn't copy) in the couple's language, again
/// whenever the language changes.
#[component]
pub(crate) fn KeepPhoneWords() -> Element {
    let locale = *crate::i18n::LOCALE.read();
    use_effect(use_reactive!(|locale| keep_phone_words(locale)));
    rsx! {}
}

#[cfg(any(target_os = "android", target_os = "ios"))]
fn keep_phone_words(locale: attune_core::Locale) {
    let words = locale.words();
    attune_platform::keep_phone_words(&attune_platform::PhoneWords {
        channel: words.text("phone-channel", &[]),
        pause_shortcut: words.text("phone-pause-shortcut", &[]),
        file_unreadable: words.text("phone-file-unreadable", &[]),
    });
}

#[cfg(not(any(target_os = "android", target_os = "ios")))]
fn keep_phone_words(_locale: attune_core::Locale) {}

/// Keeps the app-lock marker the Android activity reads (`FLAG_SECURE` while a PIN is set, so
/// the app switcher shows no snapshot). Other platforms cover the screen while away instead.
#[component]
pub(crate) fn KeepPrivacy() -> Element {
    let has_pin = use_view(|s| s.lock_required());
    use_effect(move || {
        if let Some(Ok(on)) = *has_pin.read() {
            keep_lock_marker(on);
        }
    });
    rsx! {}
}

#[cfg(target_os = "android")]
fn keep_lock_marker(on: bool) {
    let Some(dir) = attune_core::paths::app_data_dir() else { return };
    let marker = dir.join(attune_core::files::LOCK_MARKER);
    // A marker that can't be written only costs the app-switcher snapshot; the lock itself holds.
    let _ = if on { attune_core::files::write_whole(&marker, b"") } else { std::fs::remove_file(&marker) };
}

#[cfg(not(target_os = "android"))]
fn keep_lock_marker(_on: bool) {}

#[cfg(any(target_os = "android", target_os = "ios"))]
fn schedule_reminder(plan: Option<&attune_core::ReminderPlan>) {
    let plan = plan.map(|p| attune_platform::PhoneReminders {
        daily: p.time.map(|t| (t.hour, t.minute)),
        days: p.days.iter().map(|d| (d.day.to_string(), d.text.clone())).collect(),
        fallback: p.fallback.clone(),
        come_back: p.come_back.as_ref().map(|c| (c.at_ms, c.text.clone())),
    });
    attune_platform::keep_reminder(plan.as_ref());
}

/// Desktop and web have no local notifications; the reminder is a phone's.
#[cfg(not(any(target_os = "android", target_os = "ios")))]
fn schedule_reminder(_plan: Option<&attune_core::ReminderPlan>) {}

/// Opens the pause when the person asked for it from the launcher (Android's app shortcut,
/// `launch::PAUSE_ASKED`). Mounted only inside the unlocked shell, so the lock comes first.
/// The web app's shortcut is a link to `/pause` in its manifest and needs nothing here.
#[component]
pub(crate) fn QuickPause() -> Element {
    #[cfg(not(target_arch = "wasm32"))]
    {
        let navigator = use_navigator();
        use_future(move || async move {
            let mut asked = crate::launch::PAUSE_ASKED.subscribe();
            loop {
                if *asked.borrow_and_update() {
                    crate::launch::PAUSE_ASKED.send_replace(false);
                    navigator.push(crate::Route::PauseScreen {});
                }
                if asked.changed().await.is_err() {
                    break;
                }
            }
        });
    }
    rsx! {}
}
