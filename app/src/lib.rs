//! Attune's app: the router, the app shell (theme, text size, app lock, tab bar) and the
//! launch on desktop, web and phones. Screens live in `screens/`, shared widgets in
//! `components/`; all data comes from `attune-core` through `core.rs`.

mod components;
pub mod core;
mod files;
mod format;
pub mod incoming;
mod screens;
#[cfg(target_arch = "wasm32")]
mod web_storage;

use attune_core::{SettingsView, TextSize, Theme};
use dioxus::prelude::*;

use crate::components::TabBar;
use crate::core::{Core, Revision, use_actions, use_view};
use crate::incoming::Incoming;
use crate::screens::{
    CheckIn, Exchange, Insights, Journey, Lock, NotFound, Partner, Question, Safety, Settings, StepScreen, Today,
    Welcome,
};
/// The webview renderer (desktop window or phone screen: the same crate under two names).
#[cfg(feature = "desktop")]
use dioxus::desktop as webview;
#[cfg(all(feature = "mobile", not(feature = "desktop")))]
use dioxus::mobile as webview;

/// The app's stylesheet, from the workspace's `assets/`, compiled in so every platform has it
/// without a file lookup.
const STYLE: &str = include_str!("../../assets/main.css");

#[derive(Routable, Clone, PartialEq, Debug)]
#[rustfmt::skip]
pub enum Route {
    #[route("/welcome")]
    Welcome {},
    #[layout(Shell)]
        #[route("/")]
        Today {},
        #[route("/check-in")]
        CheckIn {},
        #[route("/question")]
        Question {},
        #[route("/journey")]
        Journey {},
        #[route("/journey/:step")]
        StepScreen { step: String },
        #[route("/partner")]
        Partner {},
        #[route("/exchange")]
        Exchange {},
        #[route("/insights")]
        Insights {},
        #[route("/settings")]
        Settings {},
    #[end_layout]
    #[route("/safety")]
    Safety {},
    #[route("/:..segments")]
    NotFound { segments: Vec<String> },
}

/// Starts the app on this platform: a phone-sized window on desktop, the page in a browser,
/// the full screen on a phone.
pub fn launch() {
    // Phones: the core learns where the platform keeps this app's private files.
    #[cfg(any(target_os = "android", target_os = "ios"))]
    if let Some(dir) = attune_platform::app_data_dir() {
        attune_core::paths::set_app_data_dir(dir);
    }
    #[cfg(not(target_arch = "wasm32"))]
    collect_incoming_files();
    #[cfg(feature = "desktop")]
    {
        use dioxus::desktop::{Config, LogicalSize, WindowBuilder};
        let window = WindowBuilder::new()
            .with_title("Attune")
            .with_inner_size(LogicalSize::new(390.0, 844.0))
            .with_min_inner_size(LogicalSize::new(320.0, 560.0));
        let config = Config::new()
            .with_window(window)
            .with_menu(None)
            .with_background_color((251, 247, 242, 255))
            .with_custom_event_handler(|event, _| on_system_event(event));
        dioxus::LaunchBuilder::desktop().with_cfg(config).launch(App);
    }
    #[cfg(all(feature = "mobile", not(feature = "desktop")))]
    {
        let config = dioxus::mobile::Config::new().with_custom_event_handler(|event, _| on_system_event(event));
        dioxus::LaunchBuilder::mobile().with_cfg(config).launch(App);
    }
    #[cfg(not(any(feature = "desktop", feature = "mobile")))]
    dioxus::launch(App);
}

/// Files handed to Attune at start: named on the command line (desktop "Open with"), or left in
/// the inbox by the Android activity before the app started.
#[cfg(not(target_arch = "wasm32"))]
fn collect_incoming_files() {
    let incoming = Incoming::system();
    incoming.collect_arguments(std::env::args_os().skip(1));
    if let Some(dir) = attune_core::paths::app_data_dir() {
        incoming.watch_inbox(dir);
    }
}

/// The window system's events that concern Attune: a file opened with the app while it runs
/// (iOS and macOS send its URL), and coming back to the foreground (Android's activity may have
/// left a received file in the inbox).
#[cfg(any(feature = "desktop", feature = "mobile"))]
fn on_system_event<T>(event: &webview::tao::event::Event<'_, T>) {
    use webview::tao::event::Event;
    match event {
        Event::Opened { urls } => {
            for path in urls.iter().filter_map(|url| url.to_file_path().ok()) {
                // iOS copies the file into the app's Documents/Inbox for us; on a Mac it is the
                // person's own file.
                Incoming::system().deliver(path, cfg!(target_os = "ios"));
            }
        }
        Event::Resumed => {
            #[cfg(any(target_os = "android", target_os = "ios"))]
            SUSPENDED.send_replace(false);
            if let Some(dir) = attune_core::paths::app_data_dir() {
                Incoming::system().watch_inbox(dir);
            }
        }
        #[cfg(any(target_os = "android", target_os = "ios"))]
        Event::Suspended => {
            SUSPENDED.send_replace(true);
        }
        _ => {}
    }
}

/// Whether the app lock has been passed in this session.
#[derive(Clone, Copy)]
pub struct Unlocked(pub Signal<bool>);

/// The outcome of the last update opened, by the file picker on Exchange or handed over by
/// the system: the summary, or the sentence saying what is wrong.
#[derive(Clone, Copy)]
pub struct OpenedUpdate(pub Signal<Option<Result<String, String>>>);

#[component]
fn App() -> Element {
    let core = use_context_provider(Core::default);
    use_context_provider(Incoming::system);
    use_context_provider(|| Revision(Signal::new(0)));
    use_context_provider(|| Unlocked(Signal::new(false)));
    let opened = use_resource(move || {
        let core = core.clone();
        async move { core.open().await }
    });
    rsx! {
        Head {}
        match &*opened.read() {
            None => rsx! { div { class: "app theme-system", div { class: "splash", "Attune" } } },
            Some(Err(e)) => rsx! {
                div { class: "app theme-system",
                    main { class: "screen",
                        h1 { "Attune can't open its data" }
                        p { class: "error", role: "alert", "{e}" }
                    }
                }
            },
            Some(Ok(())) => rsx! { Themed {} },
        }
    }
}

/// The document head: title, viewport (edge to edge, safe areas respected), stylesheet.
#[component]
fn Head() -> Element {
    rsx! {
        document::Title { "Attune" }
        document::Meta { name: "viewport", content: "width=device-width, initial-scale=1, viewport-fit=cover" }
        document::Meta { name: "color-scheme", content: "light dark" }
        document::Style { {STYLE} }
    }
}

/// Applies the chosen theme and text size around the router.
#[component]
pub fn Themed() -> Element {
    let settings = use_view(|s| if s.is_set_up()? { s.settings().map(Some) } else { Ok(None) });
    let (theme, size) = match &*settings.read() {
        Some(Ok(Some(SettingsView { theme, text_size, .. }))) => (*theme, *text_size),
        _ => (Theme::System, TextSize::Normal),
    };
    let theme = match theme {
        Theme::System => "theme-system",
        Theme::Light => "theme-light",
        Theme::Dark => "theme-dark",
    };
    let size = match size {
        TextSize::Normal => "text-normal",
        TextSize::Large => "text-large",
        TextSize::Larger => "text-larger",
    };
    rsx! {
        div { class: "app {theme} {size}", Router::<Route> {} }
    }
}

/// The frame around every screen after first run: the app lock and the tab bar. The lock
/// fails closed: if whether there is a PIN can't be read, the lock screen shows.
#[component]
fn Shell() -> Element {
    // `lock_required` failing counts as locked.
    let state = use_view(|s| Ok((s.is_set_up()?, s.lock_required().unwrap_or(true))));
    let unlocked = use_context::<Unlocked>().0;
    let away = use_signal(|| false);
    use_context_provider(|| OpenedUpdate(Signal::new(None)));
    let navigator = use_navigator();
    let (set_up, locked) = match &*state.read() {
        None => return rsx! { div { class: "splash", "Attune" } },
        Some(Err(e)) => return rsx! { Lock { problem: e.to_string() } },
        Some(Ok((set_up, has_pin))) => (*set_up, *has_pin && !unlocked()),
    };
    if !set_up {
        navigator.replace(Route::Welcome {});
        return rsx! { div { class: "splash", "Attune" } };
    }
    rsx! {
        LockWhenAway { away }
        if locked {
            Lock {}
        } else {
            div { class: "shell",
                main { class: "screen", id: "main", Outlet::<Route> {} }
                TabBar {}
            }
            IncomingUpdates {}
            KeepReminder {}
            KeepPrivacy {}
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
    let since = use_signal(|| None::<i64>);
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
                away_changed(&core, hidden, since, away, unlocked).await;
            }
        }
    });
    #[cfg(any(target_os = "android", target_os = "ios"))]
    use_future(move || {
        let core = suspended_core.clone();
        async move {
            let mut suspended = SUSPENDED.subscribe();
            while suspended.changed().await.is_ok() {
                let now = *suspended.borrow_and_update();
                away_changed(&core, now, since, away, unlocked).await;
            }
        }
    });
    rsx! {}
}

async fn away_changed(
    core: &Core,
    now_away: bool,
    mut since: Signal<Option<i64>>,
    mut away: Signal<bool>,
    mut unlocked: Signal<bool>,
) {
    let now = chrono::Utc::now().timestamp_millis();
    if now_away {
        if since.peek().is_none() {
            since.set(Some(now));
        }
        away.set(true);
        return;
    }
    let Some(left) = since.take() else { return };
    let away_ms = now.saturating_sub(left);
    // Failing to read the setting locks: closed, not open.
    if core.call(move |s| s.lock_again_after(away_ms)).await.unwrap_or(true) {
        unlocked.set(false);
    }
    away.set(false);
}

/// Whether the phone has suspended the app (tao's `Suspended`/`Resumed`).
#[cfg(any(target_os = "android", target_os = "ios"))]
static SUSPENDED: std::sync::LazyLock<tokio::sync::watch::Sender<bool>> =
    std::sync::LazyLock::new(|| tokio::sync::watch::Sender::new(false));

/// Keeps the phone's daily reminder in step with the core's plan: on every start (renewing
/// the month of questions) and after every change (a new time, today's check-in done).
#[component]
fn KeepReminder() -> Element {
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

/// Keeps the app-lock marker the Android activity reads (`FLAG_SECURE` while a PIN is set, so
/// the app switcher shows no snapshot). Other platforms cover the screen while away instead.
#[component]
fn KeepPrivacy() -> Element {
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
    let plan = plan.map(|p| attune_platform::DailyReminder {
        hour: p.time.hour,
        minute: p.time.minute,
        days: p.days.iter().map(|(day, text)| (day.to_string(), text.clone())).collect(),
        fallback: attune_core::reminder::FALLBACK_TEXT.to_owned(),
    });
    attune_platform::keep_reminder(plan.as_ref());
}

/// Desktop and web have no local notifications; the reminder is a phone's.
#[cfg(not(any(target_os = "android", target_os = "ios")))]
fn schedule_reminder(_plan: Option<&attune_core::ReminderPlan>) {}

/// Opens the files the system handed to Attune, one action each, and shows the outcome on
/// Exchange. Mounted only inside the unlocked shell, so a file waits for set-up and the lock.
/// Listens to the `Incoming` queue in context (none in a test that provides none). An update
/// that can't be opened yet is kept by the core (in the database, across restarts) and opened
/// here as soon as it can be: once the couple has paired, or after Attune was updated.
#[component]
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
    let waiting = use_view(|s| {
        let ids: Vec<i64> = s.waiting_updates()?.iter().map(|w| w.id).collect();
        Ok((s.exchange()?.paired, ids))
    });
    // The waiting updates last tried: each set is tried once, so one that still can't be
    // opened (and waits to be dismissed) is not tried again and again.
    let mut tried = use_signal(Vec::<i64>::new);
    use_effect(move || {
        let Some(Ok((true, ids))) = &*waiting.read() else { return };
        if ids.is_empty() || *tried.peek() == *ids {
            return;
        }
        tried.set(ids.clone());
        spawn(async move {
            let outcomes = actions.run(attune_core::Store::open_waiting_updates).await;
            let opened_now: Vec<String> = match outcomes {
                Ok(outcomes) => outcomes.into_iter().filter_map(|o| o.result.ok()).map(|s| s.message()).collect(),
                Err(e) => vec![e.to_string()],
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
        Ok(Received::Opened(summary)) => Ok(summary.message()),
        Ok(Received::Waiting(WaitReason::NotPaired)) => Ok(format!(
            "{} Attune keeps this update and opens it as soon as you're paired.",
            attune_core::Error::NotPaired
        )),
        Ok(Received::Waiting(WaitReason::NewerVersion)) => {
            Ok(format!("{} Attune keeps it and opens it once updated.", attune_core::Error::FromNewerVersion))
        }
        Err(e) => Err(e.to_string()),
    }
}
