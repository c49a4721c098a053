//! Attune's app: the routes, the root (opening the store, theme and text size) and the
//! contexts every screen shares. Starting on each platform is `launch.rs`, the frame around
//! the screens (lock, tab bar, received files) `shell.rs`; screens live in `screens/`, shared
//! widgets in `components/`; all data comes from `attune-core` through `core.rs`.

#[macro_use]
pub mod i18n;
mod browser;
mod components;
pub mod core;
mod effects;
mod files;
mod format;
pub mod incoming;
mod launch;
mod routes;
mod screens;
mod shell;
#[cfg(target_arch = "wasm32")]
mod web_storage;

use attune_core::{TextSize, Theme};
use dioxus::prelude::*;

use crate::core::{Core, Revision, use_view};
use crate::incoming::Incoming;
pub use crate::launch::launch;
pub use crate::routes::Route;

/// The app's stylesheet, compiled in so desktop and phones have it without a file lookup. The
/// browser loads the same file from `index.html` (it is in `public/`), before the app, so the
/// first screen painted there is already styled.
const STYLE: &str = if cfg!(target_arch = "wasm32") { "" } else { include_str!("../public/main.css") };

/// Whether the app lock has been passed in this session.
#[derive(Clone, Copy)]
pub struct Unlocked(pub Signal<bool>);

/// The outcome of the last update opened, by the file picker on Exchange or handed over by
/// the system: the summary, or the sentence saying what is wrong.
#[derive(Clone, Copy)]
pub struct OpenedUpdate(pub components::Note);

/// Set by "Show … my update as a code" on Today: Exchange opens with the code on the screen.
#[derive(Clone, Copy)]
pub struct ShowCodeNext(pub Signal<bool>);

#[component]
pub(crate) fn App() -> Element {
    let core = use_context_provider(Core::default);
    use_context_provider(Incoming::system);
    use_context_provider(|| Revision(Signal::new(0)));
    use_context_provider(|| Unlocked(Signal::new(false)));
    // The page's language is fetched (in the browser's split build) while the store opens;
    // the couple's, if it is another, once it has.
    use_hook(|| spawn(i18n::ready(i18n::page_language())));
    let opened = use_resource(move || {
        let core = core.clone();
        async move {
            core.open().await?;
            let locale = core.call(|s| Ok(s.locale())).await?;
            i18n::ready(locale).await;
            i18n::show_language(locale);
            Ok::<(), attune_core::Error>(())
        }
    });
    rsx! {
        Head {}
        browser::BrowserFiles {}
        match &*opened.read() {
            None => rsx! { div { class: "app theme-system", div { class: "splash", "Attune" } } },
            Some(Err(e)) => {
                // The couple's language is in the data that did not open: the phone's it is.
                let words = attune_core::Locale::for_phone(&i18n::phone_languages()).words();
                rsx! {
                    browser::FirstScreenUp {}
                    div { class: "app theme-system",
                        main { class: "screen",
                            h1 { {words.text("app-cannot-open-data", &[])} }
                            p { class: "error", role: "alert", {words.error(e)} }
                        }
                    }
                }
            }
            Some(Ok(())) => rsx! { Themed {} },
        }
    }
}

/// The document head: title, viewport (edge to edge, safe areas respected), stylesheet.
#[component]
fn Head() -> Element {
    rsx! {
        document::Title { "Attune" }
        document::Meta { name: "viewport", content: "width=device-width, initial-scale=1, viewport-fit=cover, interactive-widget=resizes-content" }
        document::Meta { name: "color-scheme", content: "light dark" }
        if !STYLE.is_empty() {
            document::Style { {STYLE} }
        }
    }
}

/// Applies the chosen theme, text size and language around the router.
#[component]
pub fn Themed() -> Element {
    let look = use_view(|s| s.look_page());
    let (theme, size, locale) = match &*look.read() {
        Some(Ok(look)) => (look.theme, look.text_size, Some(look.locale)),
        _ => (Theme::System, TextSize::Normal, None),
    };
    use_effect(use_reactive!(|locale| if let Some(locale) = locale {
        i18n::show_language(locale);
    }));
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
        div { class: "app {theme} {size}", lang: i18n::LOCALE.read().tag(),
            // Welcome and Safety, outside the frame, wait for their code here.
            SuspenseBoundary {
                fallback: |_| rsx! { div { class: "splash", "Attune" } },
                Router::<Route> {}
            }
        }
    }
}
