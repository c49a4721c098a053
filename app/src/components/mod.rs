//! Widgets shared by the screens: the tab bar, the 1–5 rating row, the share switch, status
//! lines, the inline-SVG charts and the conversations' countdown.

mod charts;
mod timer;

use dioxus::prelude::*;

use crate::Route;
pub use charts::{Calendar, LineChart, SteadinessBands};
pub use timer::Countdown;
pub(crate) use timer::{now_ms, sleep_seconds};

/// The bottom tab bar: the five places a couple goes every day.
#[component]
pub fn TabBar() -> Element {
    rsx! {
        nav { class: "tabbar", aria_label: t!("components-main"),
            Tab { to: Route::Today {}, label: t!("components-today"), icon: "M4 11l8-7 8 7v9a1 1 0 0 1-1 1h-5v-6h-4v6H5a1 1 0 0 1-1-1z" }
            Tab { to: Route::Journey {}, label: t!("components-journey"), icon: "M5 19c3-9 11-5 14-14M5 19h4M19 5v4" }
            Tab { to: Route::Partner {}, label: t!("components-partner"), icon: "M8 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6zm8 0a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM2 20c0-3 3-5 6-5s6 2 6 5m0-4c1-1 2-1 2-1 3 0 6 2 6 5" }
            Tab { to: Route::Insights {}, label: t!("components-insights"), icon: "M4 20V10m6 10V4m6 16v-7m4 7H2" }
            Tab { to: Route::Settings {}, label: t!("components-settings"), icon: "M12 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM4 12h2m12 0h2M12 4v2m0 12v2M6.3 6.3l1.4 1.4m8.6 8.6 1.4 1.4m0-11.4-1.4 1.4m-8.6 8.6-1.4 1.4" }
        }
    }
}

#[component]
fn Tab(to: Route, label: String, icon: &'static str) -> Element {
    rsx! {
        Link { to, class: "tab", active_class: "active",
            svg { view_box: "0 0 24 24", width: "24", height: "24", "aria-hidden": "true",
                path { d: icon, fill: "none", stroke: "currentColor", stroke_width: "1.8", stroke_linecap: "round", stroke_linejoin: "round" }
            }
            span { "{label}" }
        }
    }
}

/// A row of five choices for a 1–5 rating, announced as a radio group.
#[component]
pub fn Rating(label: String, hint: Option<String>, value: Option<u8>, onchange: EventHandler<u8>) -> Element {
    let id = label.to_lowercase().replace(' ', "-");
    rsx! {
        div { class: "rating",
            div { class: "rating-label", id: "rating-{id}", "{label}" }
            if let Some(hint) = hint {
                div { class: "rating-hint", "{hint}" }
            }
            div { class: "rating-row", role: "radiogroup", aria_labelledby: "rating-{id}",
                for n in 1..=5u8 {
                    button {
                        r#type: "button",
                        class: if value == Some(n) { "dot selected" } else { "dot" },
                        role: "radio",
                        aria_checked: if value == Some(n) { "true" } else { "false" },
                        aria_label: t!("components-rating-of-five", label = label, n = n),
                        onclick: move |_| onchange.call(n),
                        "{n}"
                    }
                }
            }
        }
    }
}

/// An on/off switch; by default the "share with my partner" one.
#[component]
pub fn ShareSwitch(checked: bool, onchange: EventHandler<bool>, label: Option<String>) -> Element {
    let label = label.unwrap_or_else(|| t!("components-share-my-partner").to_owned());
    rsx! {
        label { class: "switch",
            input {
                r#type: "checkbox",
                role: "switch",
                checked,
                onchange: move |e| onchange.call(e.checked()),
            }
            span { class: "track", aria_hidden: "true" }
            span { class: "switch-label", "{label}" }
        }
    }
}

/// A message after an action: an error (announced at once) or a quiet confirmation.
#[component]
pub fn Status(message: Option<Result<String, String>>) -> Element {
    match message {
        None => rsx! {},
        Some(Ok(text)) => rsx! { p { class: "note ok", role: "status", "{text}" } },
        Some(Err(text)) => rsx! { p { class: "note error", role: "alert", "{text}" } },
    }
}

/// One reflection as a card: `eyebrow` above (title and day), the pattern it names, each
/// prompt with what was written, and `children` below (e.g. a delete button on my own).
#[component]
pub fn ReflectionCard(reflection: attune_core::ReflectionView, eyebrow: String, children: Element) -> Element {
    rsx! {
        article { class: "card reflection",
            p { class: "eyebrow", "{eyebrow}" }
            if let Some(p) = &reflection.pattern_name {
                p { class: "tag", "{p}" }
            }
            for part in reflection.parts.iter() {
                p { class: "quiet small", "{part.prompt}" }
                p { "{part.text}" }
            }
            {children}
        }
    }
}

/// One commitment as a list row: the action, its quality and how often it was kept, and
/// `children` after it (e.g. a finish button on my own).
#[component]
pub fn CommitmentRow(commitment: attune_core::CommitmentView, children: Element) -> Element {
    let c = &commitment;
    rsx! {
        li { class: if c.active { "" } else { "finished" },
            strong { "{c.action}" }
            span { class: "quiet small", {t!("components-kept-days", quality_name = c.quality_name, kept_days = c.kept_days, logged_days = c.logged_days)} }
            {children}
        }
    }
}

/// What a form says under itself: what happened, or what went wrong (`Status` shows it).
pub type Note = Signal<Option<Result<String, String>>>;

/// A note that says nothing yet.
pub fn use_note() -> Note {
    use_signal(|| None)
}

/// Shows an action's outcome in `note`: `ok` on success, the error's sentence otherwise.
pub fn tell<T>(mut note: Note, result: &attune_core::Result<T>, ok: &str) {
    note.set(Some(match result {
        Ok(_) => Ok(ok.to_owned()),
        Err(e) => Err(crate::i18n::error(e)),
    }));
}

/// Shows only a failure: a success shows itself (the screen changes).
pub fn tell_failure<T>(note: Note, result: &attune_core::Result<T>) {
    if let Err(e) = result {
        fail(note, e);
    }
}

/// Shows `error`'s sentence in `note`: the one way a screen says an action failed.
pub fn fail(mut note: Note, error: &attune_core::Error) {
    note.set(Some(Err(crate::i18n::error(error))));
}

/// Renders a loaded view model with `body`; while it loads, a quiet line; if it failed, the
/// error. Every screen starts this way.
pub fn loaded<T>(state: Option<&attune_core::Result<T>>, body: impl FnOnce(&T) -> Element) -> Element {
    match state {
        None => rsx! { Loading {} },
        Some(Err(e)) => rsx! { LoadError { error: crate::i18n::error(e) } },
        Some(Ok(value)) => body(value),
    }
}

/// Shown while a view model loads (rarely visible: loads take milliseconds).
#[component]
pub fn Loading() -> Element {
    rsx! { p { class: "loading", aria_busy: "true", {t!("components-loading")} } }
}

/// Shown when a view model could not be loaded.
#[component]
pub fn LoadError(error: String) -> Element {
    rsx! { p { class: "note error", role: "alert", "{error}" } }
}
