//! Safety and getting help: Attune is not therapy; when to see a couples therapist; what to do
//! when the relationship is not safe; and the quiet exit, which forgets the partner on this
//! phone without telling them.

use attune_core::LeavingView;
use dioxus::prelude::*;

use crate::components::{Status, use_note};
use crate::core::{use_actions, use_view};
use crate::format;
use crate::{Route, Unlocked};

#[component]
pub fn Safety() -> Element {
    let safety = &crate::i18n::program().safety;
    let navigator = use_navigator();
    rsx! {
        crate::browser::FirstScreenUp {}
        main { class: "screen",
        button { class: "back", r#type: "button", onclick: move |_| navigator.go_back(), {t!("safety-back")} }
        h1 { "{safety.title}" }
        HelpNow {}
        p { class: "lead", "{safety.not_therapy}" }
        section { class: "card warn",
            h2 { "{safety.not_safe_title}" }
            for line in safety.not_safe.iter() {
                p { "{line}" }
            }
        }
        QuietExit {}
        section { class: "card",
            h2 { "{safety.seek_help_title}" }
            ul {
                for line in safety.seek_help.iter() {
                    li { "{line}" }
                }
            }
        }
        }
    }
}

/// Leads the page: who to call now, for the region the phone is set to, with the date the
/// numbers were checked; a region without checked numbers gets the advice and no number.
#[component]
fn HelpNow() -> Element {
    let region = attune_core::help::region_for_phone(&crate::i18n::phone_languages());
    let help = attune_core::help::Helplines::builtin();
    let country = region.as_ref().map(|r| t!("region-name", region = r.clone()));
    let checked = format::short_date(help.checked);
    rsx! {
        section { class: "card warn", id: "help-now",
            h2 { {t!("help-danger-now")} }
            match (help.for_region(region.as_deref()), country.clone()) {
                (Some(numbers), Some(country)) => rsx! {
                    p { class: "emergency",
                        a { href: "tel:{numbers.emergency}", {t!("help-call-emergency", number = numbers.emergency.clone(), country = country.clone())} }
                    }
                    h3 { {t!("help-lines-country", country = country.clone())} }
                    if numbers.lines.is_empty() {
                        p { {t!("help-no-lines", country = country.clone())} }
                    }
                    for line in numbers.lines.iter() {
                        HelplineItem { key: "{line.number}", name: line.name.clone(), number: line.number.clone(), text: line.text.clone(), serves: serves_id(line.serves), always_open: line.always_open }
                    }
                    p { class: "quiet small", {t!("help-checked", date = checked.clone())} }
                },
                _ => rsx! { p { {t!("help-call-emergency-anywhere")} } },
            }
            p { class: "quiet small", {t!("help-call-log")} }
        }
    }
}

fn serves_id(serves: attune_core::help::Serves) -> &'static str {
    match serves {
        attune_core::help::Serves::Women => "women",
        attune_core::help::Serves::WomenLgbti => "women-lgbti",
        attune_core::help::Serves::Men => "men",
        attune_core::help::Serves::Everyone => "everyone",
    }
}

#[component]
fn HelplineItem(
    name: String,
    number: String,
    text: Option<String>,
    serves: &'static str,
    always_open: bool,
) -> Element {
    rsx! {
        div { class: "helpline",
            p {
                // "016" is both the name and the number: said once.
                if name != number {
                    strong { "{name}" }
                    " · "
                }
                a { href: "tel:{number}", strong { "{number}" } }
            }
            if let Some(text) = text {
                p { class: "small", {t!("help-text", text = text)} }
            }
            p { class: "quiet small",
                {t!("help-serves", serves = serves)}
                " "
                {t!("help-always-open", always = if always_open { "yes" } else { "no" })}
            }
        }
    }
}

/// The quiet exit: what it removes, said before; one deliberate confirmation; nothing sent.
/// Behind the app lock like everything of the couple's: the page itself is open to all.
#[component]
fn QuietExit() -> Element {
    let view = use_view(|s| s.quiet_exit_page());
    let unlocked = use_context::<Unlocked>().0;
    let done = use_note();
    match &*view.read() {
        Some(Ok(Some(attune_core::QuietExitPage { lock_required: locked, leaving }))) if leaving.anything() => rsx! {
            section { class: "card", id: "quiet-exit",
                h2 { {t!("safety-leave-quietly")} }
                if *locked && !unlocked() {
                    p { {t!("safety-unlock-attune-first-quiet")} }
                } else {
                    Leaving { leaving: leaving.clone(), done }
                }
            }
        },
        _ => rsx! {
            if done().is_some() {
                section { class: "card", id: "quiet-exit",
                    h2 { {t!("safety-leave-quietly")} }
                    Status { message: done() }
                    Link { to: Route::Settings {}, class: "button secondary", {t!("safety-make-fresh-backup")} }
                }
            }
        },
    }
}

#[component]
fn Leaving(leaving: LeavingView, done: crate::components::Note) -> Element {
    let actions = use_actions();
    let mut confirming = use_signal(|| false);
    let mut done = done;
    let partner = format::partner(leaving.partner_name.as_deref());
    let leave = {
        let partner = partner.clone();
        move |_| {
            let partner = partner.clone();
            async move {
                let result = actions.run(attune_core::Store::leave_quietly).await;
                if result.is_ok() {
                    // Files from the partner shared to the web app and not opened yet go too;
                    // this screen gives way to the note at once, so the task outlives it.
                    dioxus::core::spawn_forever(crate::browser::forget_browser_traces(true));
                }
                done.set(Some(match result {
                    Ok(_) => Ok(t!("safety-forgotten", partner = partner)),
                    Err(e) => Err(crate::i18n::error(&e)),
                }));
            }
        }
    };
    rsx! {
        p { {t!("safety-if-sharing-no-longer", partner = partner)} }
        ul {
            if leaving.paired {
                li { {t!("safety-couple-code-so-no", partner = partner)} }
            }
            if leaving.partner_entries > 0 {
                li { {t!("safety-what-shared", partner = partner, count = leaving.partner_entries)} }
            }
            if leaving.waiting_updates > 0 {
                li { {t!("safety-waiting-be-opened", count = leaving.waiting_updates)} }
            }
            if leaving.swaps > 0 {
                li { {t!("safety-history-of-swaps")} }
            }
        }
        p { class: "quiet", {t!("safety-leaving-sends-nothing", partner = partner)} }
        p { class: "quiet", {t!("safety-older-backup-brings-back", partner = partner)} }
        if confirming() {
            p { strong { {t!("safety-can-be-undone")} } }
            div { class: "row",
                button { class: "danger", r#type: "button", onclick: leave, {t!("safety-forget-phone", partner = partner)} }
                button { class: "secondary", r#type: "button", onclick: move |_| confirming.set(false), {t!("safety-cancel")} }
            }
        } else {
            button { class: "secondary", r#type: "button", onclick: move |_| confirming.set(true), {t!("safety-leave-quietly-button")} }
        }
    }
}
