//! Our pause pact: my side as a form (the signal words, the shortest break, when I come back
//! at the latest, what calms me, what I need to hear), my partner's side as they wrote it, and
//! the pause the two sides allow. Reached from the Compassion step, the pause and the partner
//! page.

use attune_core::{PactDraft, PactSide, PactView};
use dioxus::prelude::*;

use crate::Route;
use crate::components::{Status, fail, loaded, use_note};
use crate::core::{use_actions, use_view};
use crate::format;

/// The shortest breaks offered, in minutes.
const SHORTEST: [u32; 7] = [20, 30, 45, 60, 90, 120, 240];
/// The latest returns offered, in hours.
const BACK_WITHIN: [u32; 9] = [1, 2, 3, 4, 6, 8, 12, 18, 24];

#[component]
pub fn Pact() -> Element {
    let view = use_view(|s| s.pact());
    loaded(view.read().as_ref(), |v| rsx! { PactBody { view: v.clone() } })
}

#[component]
fn PactBody(view: PactView) -> Element {
    let content = &crate::i18n::program().pact;
    let partner = format::partner_capitalised(view.partner_name.as_deref());
    let bounds = view.pause;
    rsx! {
        header { class: "screen-head",
            Link { class: "back", to: Route::PauseScreen {}, {t!("pact-i-need-pause")} }
            p { class: "eyebrow", {t!("pact-compassion")} }
            h1 { "{content.title}" }
            p { class: "quiet", "{content.intro}" }
        }
        if bounds.from_pact {
            section { class: "card", id: "pact-bounds",
                p {
                    // One sentence per case, so each language orders and joins it its own way.
                    if bounds.longest_minutes > bounds.shortest_minutes {
                        {t!("pact-bounds", shortest = format::duration_minutes(bounds.shortest_minutes), longest = format::duration_minutes(bounds.longest_minutes))}
                    } else {
                        {t!("pact-bounds-one", shortest = format::duration_minutes(bounds.shortest_minutes))}
                    }
                }
            }
        }
        MySide { side: view.mine.clone() }
        section { class: "card", id: "their-side",
            h2 { {t!("pact-side", partner = partner)} }
            match &view.partner {
                Some(side) => rsx! { PactSideList { side: side.clone() } },
                None => rsx! { p { class: "quiet", {t!("pact-writes-theirs-their-own", partner = partner)} } },
            }
        }
    }
}

#[component]
fn MySide(side: Option<PactSide>) -> Element {
    let actions = use_actions();
    let content = &crate::i18n::program().pact;
    let had = side.is_some();
    let mut editing = use_signal(|| side.is_none());
    let written = side.clone();
    let start = side.unwrap_or(PactSide {
        signal: String::new(),
        shortest_minutes: attune_core::MIN_PAUSE_MINUTES,
        back_within_hours: 2,
        calming: String::new(),
        to_hear: String::new(),
        day: chrono::NaiveDate::MIN,
    });
    let mut signal = use_signal(|| start.signal.clone());
    let shortest = use_signal(|| start.shortest_minutes);
    let back_within = use_signal(|| start.back_within_hours);
    let mut calming = use_signal(|| start.calming.clone());
    let mut to_hear = use_signal(|| start.to_hear.clone());
    let mut status = use_note();
    let save = move |evt: FormEvent| async move {
        evt.prevent_default();
        let draft = PactDraft {
            signal: signal(),
            shortest_minutes: shortest(),
            back_within_hours: back_within(),
            calming: calming(),
            to_hear: to_hear(),
        };
        match actions.run(move |s| s.save_pact(draft)).await {
            Ok(_) => {
                editing.set(false);
                status.set(Some(Ok(t!("pact-side-saved-goes-next"))));
            }
            Err(e) => fail(status, &e),
        }
    };
    // Any shortest break the pact may hold, the one written included, is offered.
    let mut shortest_offered = SHORTEST.to_vec();
    if !shortest_offered.contains(&start.shortest_minutes) {
        shortest_offered.push(start.shortest_minutes);
        shortest_offered.sort_unstable();
    }
    rsx! {
        section { class: "card", id: "my-side",
            h2 { if had { {t!("pact-my-side")} } else { {t!("pact-write-my-side")} } }
            if let (false, Some(side)) = (editing(), &written) {
                PactSideList { side: side.clone() }
                button { class: "secondary", r#type: "button", onclick: move |_| editing.set(true), {t!("pact-change-my-side")} }
            }
            if editing() {
                form { class: "form", onsubmit: save,
                    label { r#for: "pact-signal", "{content.signal.label}" }
                    p { class: "quiet small", "{content.signal.hint}" }
                    input { id: "pact-signal", r#type: "text", initial_value: "{signal}", oninput: move |e| signal.set(e.value()) }
                    PauseLengths { shortest, back_within, shortest_offered }
                    label { r#for: "pact-calming", "{content.calming.label}" }
                    p { class: "quiet small", "{content.calming.hint}" }
                    textarea { id: "pact-calming", rows: "3", initial_value: "{calming}", oninput: move |e| calming.set(e.value()) }
                    label { r#for: "pact-to-hear", "{content.to_hear.label}" }
                    p { class: "quiet small", "{content.to_hear.hint}" }
                    textarea { id: "pact-to-hear", rows: "2", initial_value: "{to_hear}", oninput: move |e| to_hear.set(e.value()) }
                    p { class: "quiet small", "{content.travels}" }
                    button { class: "primary", r#type: "submit", if had { {t!("pact-save-my-side")} } else { {t!("pact-save-my-side-pact")} } }
                }
            }
            Status { message: status() }
        }
    }
}

/// The pact's two lengths: the shortest break, and the time within which I come back.
#[component]
fn PauseLengths(shortest: Signal<u32>, back_within: Signal<u32>, shortest_offered: Vec<u32>) -> Element {
    let content = &crate::i18n::program().pact;
    rsx! {
        label { r#for: "pact-shortest", "{content.shortest.label}" }
        p { class: "quiet small", "{content.shortest.hint}" }
        select {
            id: "pact-shortest",
            onchange: move |e| {
                if let Ok(m) = e.value().parse() {
                    shortest.set(m);
                }
            },
            for m in shortest_offered {
                option { value: "{m}", selected: shortest() == m, "{format::duration_minutes(m)}" }
            }
        }
        label { r#for: "pact-back", "{content.back_within.label}" }
        p { class: "quiet small", "{content.back_within.hint}" }
        select {
            id: "pact-back",
            onchange: move |e| {
                if let Ok(h) = e.value().parse() {
                    back_within.set(h);
                }
            },
            for h in BACK_WITHIN {
                option { value: "{h}", selected: back_within() == h, "{format::duration_minutes(h * 60)}" }
            }
        }
    }
}

/// One side of the pact as its writer wrote it.
#[component]
pub fn PactSideList(side: PactSide) -> Element {
    let content = &crate::i18n::program().pact;
    rsx! {
        dl { class: "pact-side",
            dt { "{content.signal.label}" }
            dd { "{side.signal}" }
            dt { "{content.shortest.label}" }
            dd { "{format::duration_minutes(side.shortest_minutes)}" }
            dt { "{content.back_within.label}" }
            dd { "{format::duration_minutes(side.back_within_hours * 60)}" }
            dt { "{content.calming.label}" }
            dd { "{side.calming}" }
            dt { "{content.to_hear.label}" }
            dd { "{side.to_hear}" }
        }
    }
}
