//! The frame around every screen after first run: the app lock (failing closed, locking
//! again after time away), the tab bar, and the files the system handed over, opened once
//! Attune is set up and unlocked.

use dioxus::prelude::*;

use crate::components::TabBar;
use crate::core::{Core, use_actions, use_view};
use crate::effects::{KeepPhoneWords, KeepPrivacy, KeepReminder, QuickPause};
use crate::incoming::Incoming;
use crate::screens::Lock;
use crate::{OpenedUpdate, Route, Unlocked};

/// The frame around every screen after first run: the app lock and the tab bar. The lock
/// fails closed: if whether there is a PIN can't be read, the lock screen shows.
#[component]
pub(crate) fn Shell() -> Element {
    // A lock that can't be read counts as locked (the core's `frame_page`).
    let state = use_view(|s| s.frame_page());
    let unlocked = use_context::<Unlocked>().0;
    let away = use_signal(|| false);
    use_context_provider(|| OpenedUpdate(Signal::new(None)));
    use_context_provider(|| crate::ShowCodeNext(Signal::new(false)));
    let navigator = use_navigator();
    let (set_up, locked) = match &*state.read() {
        None => return rsx! { div { class: "splash", "Attune" } },
        Some(Err(e)) => {
            return rsx! {
                crate::browser::FirstScreenUp {}
                Lock { problem: crate::i18n::error(e) }
            };
        }
        Some(Ok(frame)) => (frame.set_up, frame.lock_required && !unlocked()),
    };
    if !set_up {
        navigator.replace(Route::Welcome {});
        return rsx! { div { class: "splash", "Attune" } };
    }
    rsx! {
        crate::browser::FirstScreenUp { returning: true }
        LockWhenAway { away }
        if locked {
            Lock {}
        } else {
            div { class: "shell",
                main { class: "screen", id: "main",
                    // In the browser each screen's code arrives when it is first opened
                    // (the build split by route); the frame stays while it does.
                    SuspenseBoundary { fallback: |_| rsx! {}, Outlet::<Route> {} }
                }
                TabBar {}
            }
            // Opening files is code a first start does not need: in the browser's split
            // build it arrives just after the first screen.
            SuspenseBoundary { fallback: |_| rsx! {}, IncomingUpdates {} }
            KeepReminder {}
            KeepPhoneWords {}
            KeepPrivacy {}
            QuickPause {}
        }
        // While the app is away (app switcher, another tab), a plain cover hides the content
        // from the platform's snapshot where it is taken after the page is told.
        if away() && !locked {
            div { class: "privacy-cover", aria_hidden: "true", div { class: "splash", "Attune" } }
        }
    }
}

/// Locks the app again when it comes back after being away longer than the person chose
/// (Settings, App lock). "Away": the page is hidden (another app, the app switcher, another
/// tab) or, on a phone, the app was suspended.
#[component]
fn LockWhenAway(away: Signal<bool>) -> Element {
    let core = use_context::<Core>();
    let unlocked = use_context::<Unlocked>().0;
    #[cfg(any(target_os = "android", target_os = "ios"))]
    let suspended_core = core.clone();
    use_future(move || {
        let core = core.clone();
        async move {
            let mut visibility = document::eval(
                "document.addEventListener('visibilitychange', () => dioxus.send(document.visibilityState === 'hidden'));
                 await new Promise(() => {});",
            );
            while let Ok(hidden) = visibility.recv::<bool>().await {
                away_changed(&core, hidden, away, unlocked).await;
            }
        }
    });
    #[cfg(any(target_os = "android", target_os = "ios"))]
    use_future(move || {
        let core = suspended_core.clone();
        async move {
            let mut suspended = crate::launch::SUSPENDED.subscribe();
            while suspended.changed().await.is_ok() {
                let now = *suspended.borrow_and_update();
                away_changed(&core, now, away, unlocked).await;
            }
        }
    });
    rsx! {}
}

/// The core keeps when Attune went away and decides, on coming back, whether to lock: one
/// rule, counted on both of its clocks (`Store::came_back`).
async fn away_changed(core: &Core, now_away: bool, mut away: Signal<bool>, mut unlocked: Signal<bool>) {
    if now_away {
        let noted = core
            .call(|s| {
                s.went_away();
                Ok(())
            })
            .await;
        // Time away that could not be noted can't be counted: lock now, closed not open.
        if noted.is_err() {
            unlocked.set(false);
        }
        away.set(true);
        return;
    }
    // Failing to read the setting locks: closed, not open.
    if core.call(attune_core::Store::came_back).await.unwrap_or(true) {
        unlocked.set(false);
    }
    away.set(false);
}

/// Opens the files the system handed to Attune, one action each, and shows the outcome on
/// Exchange. Mounted only inside the unlocked shell, so a file waits for set-up and the lock.
/// Listens to the `Incoming` queue in context (none in a test that provides none). An update
/// that can't be opened yet is kept by the core (in the database, across restarts) and opened
/// here as soon as it can be: once the couple has paired, or after Attune was updated.
#[component(lazy)]
fn IncomingUpdates() -> Element {
    let incoming = try_use_context::<Incoming>();
    let actions = use_actions();
    let navigator = use_navigator();
    let mut opened = use_context::<OpenedUpdate>().0;
    use_future(move || {
        let incoming = incoming.clone();
        async move {
            let Some(incoming) = incoming else { return };
            loop {
                // One at a time, read as soon as taken: a file is never both taken and still
                // waiting in the queue, where the next resume would hand it over again.
                while let Some(file) = incoming.next() {
                    let outcome = match file.read() {
                        Ok(bytes) => {
                            let received = actions.run(move |s| s.receive_update(&bytes)).await;
                            // Attune's copy goes once the outcome is kept; if saving failed it
                            // stays for the next start.
                            if !matches!(received, Err(attune_core::Error::Storage { .. })) {
                                file.done();
                            }
                            received_message(received)
                        }
                        Err(sentence) => Err(sentence),
                    };
                    opened.set(Some(outcome));
                    navigator.push(Route::Exchange {});
                }
                incoming.arrived().await;
            }
        }
    });
    let waiting = use_view(|s| s.waiting_page());
    // The waiting updates last tried: each set is tried once, so one that still can't be
    // opened (and waits to be dismissed) is not tried again and again.
    let mut tried = use_signal(Vec::<i64>::new);
    use_effect(move || {
        let Some(Ok(attune_core::WaitingPage { paired: true, waiting: ids })) = &*waiting.read() else { return };
        if ids.is_empty() || *tried.peek() == *ids {
            return;
        }
        tried.set(ids.clone());
        spawn(async move {
            let outcomes = actions.run(attune_core::Store::open_waiting_updates).await;
            let opened_now: Vec<String> = match outcomes {
                Ok(outcomes) => outcomes
                    .into_iter()
                    .filter_map(|o| o.result.ok())
                    .map(|s| crate::i18n::words().import_summary(&s))
                    .collect(),
                Err(e) => vec![crate::i18n::error(&e)],
            };
            if !opened_now.is_empty() {
                opened.set(Some(Ok(opened_now.join(" "))));
            }
        });
    });
    rsx! {}
}

/// What the person reads after handing Attune a file.
pub(crate) fn received_message(received: attune_core::Result<attune_core::Received>) -> Result<String, String> {
    use attune_core::{Received, WaitReason};
    match received {
        Ok(Received::Opened(summary)) => Ok(crate::i18n::words().import_summary(&summary)),
        Ok(Received::Waiting(WaitReason::NotPaired)) => {
            Ok(t!("shell-kept-until-paired", why = crate::i18n::error(&attune_core::Error::NotPaired)))
        }
        Ok(Received::Waiting(WaitReason::NewerVersion)) => {
            Ok(t!("shell-kept-until-updated", why = crate::i18n::error(&attune_core::Error::FromNewerVersion)))
        }
        Ok(Received::Waiting(WaitReason::NewPhone)) => {
            Err(t!("shell-kept-new-phone", why = crate::i18n::error(&attune_core::Error::FromSomeoneElse)))
        }
        Err(e) => Err(crate::i18n::error(&e)),
    }
}
