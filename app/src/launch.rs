//! Starting Attune on each platform (a phone-sized window on desktop, the page in a browser,
//! the full screen on a phone), and the platform's events that concern it: files handed to
//! Attune, "I need a pause" from the launcher, coming back to the foreground, being suspended.

use crate::App;
#[cfg(not(target_arch = "wasm32"))]
use crate::incoming::Incoming;
/// The webview renderer (desktop window or phone screen: the same crate under two names).
#[cfg(feature = "desktop")]
use dioxus::desktop as webview;
#[cfg(all(feature = "mobile", not(feature = "desktop")))]
use dioxus::mobile as webview;

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
        take_pause_request(&dir, &PAUSE_ASKED);
        incoming.watch_inbox(dir);
    }
}

/// "I need a pause" asked from the launcher (Android's app shortcut leaves
/// `files::PAUSE_REQUEST`): set when found, cleared by the shell once it opened the pause.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) static PAUSE_ASKED: std::sync::LazyLock<tokio::sync::watch::Sender<bool>> =
    std::sync::LazyLock::new(|| tokio::sync::watch::Sender::new(false));

/// Takes the launcher's request for a pause, if the activity left one in `dir`.
#[cfg(not(target_arch = "wasm32"))]
fn take_pause_request(dir: &std::path::Path, asked: &tokio::sync::watch::Sender<bool>) {
    if std::fs::remove_file(dir.join(attune_core::files::PAUSE_REQUEST)).is_ok() {
        asked.send_replace(true);
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
                take_pause_request(&dir, &PAUSE_ASKED);
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

/// Whether the phone has suspended the app (tao's `Suspended`/`Resumed`).
#[cfg(any(target_os = "android", target_os = "ios"))]
pub(crate) static SUSPENDED: std::sync::LazyLock<tokio::sync::watch::Sender<bool>> =
    std::sync::LazyLock::new(|| tokio::sync::watch::Sender::new(false));

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn the_launchers_pause_request_is_taken_once() {
        let dir = std::env::temp_dir().join(format!("attune-quick-pause-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let asked = tokio::sync::watch::Sender::new(false);
        take_pause_request(&dir, &asked);
        assert!(!*asked.borrow(), "nothing asked, nothing to open");
        std::fs::write(dir.join(attune_core::files::PAUSE_REQUEST), b"").unwrap();
        take_pause_request(&dir, &asked);
        assert!(*asked.borrow(), "asked: the shell opens the pause");
        assert!(!dir.join(attune_core::files::PAUSE_REQUEST).exists(), "taken once");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
