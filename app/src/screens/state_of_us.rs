//! The weekly State of us, both of us with one phone: the week filled in from what we shared,
//! then four parts with a timer each (appreciations, what went well, one issue in turns,
//! feeling loved this week), and at the end one thing to try, which can become a commitment.

use attune_core::{Said, StateOfUsView, Who};
use dioxus::prelude::*;

use crate::Route;
use crate::components::{Countdown, Status, fail, loaded, now_ms, use_note};
use crate::core::{use_actions, use_view};
use crate::format;

#[component]
pub fn StateOfUs() -> Element {
    let page = use_view(|s| s.state_of_us_page());
    loaded(page.read().as_ref(), |p| rsx! { Meeting { week: p.week.clone(), me: p.me.clone() } })
}

#[component]
fn Meeting(week: StateOfUsView, me: String) -> Element {
    let content = &crate::i18n::program().state_of_us;
    let partner = format::partner_capitalised(week.partner_name.as_deref());
    let mut at = use_signal(|| 0usize);
    // When the part on screen began: each part's timer starts as the couple reaches it.
    let mut part_started = use_signal(now_ms);
    let mut go = move |to: usize| {
        at.set(to);
        part_started.set(now_ms());
    };
    let parts = content.parts.len();
    let total: u32 = content.parts.iter().map(|p| p.minutes).sum();
    let today = week.to;
    let said = |s: &Said| -> String {
        let who = match s.who {
            Who::Me => &me,
            Who::Partner => &partner,
        };
        t!("state-of-us-said", who = who, day = format::day(s.day, today), text = s.text)
    };
    let appreciations: Vec<String> = week.appreciations.iter().map(said).collect();
    let needs: Vec<String> = week.needs.iter().map(said).collect();
    let stage = at();
    rsx! {
        header { class: "screen-head",
            p { class: "eyebrow", {t!("state-of-us-once-week-about-minutes", total = total)} }
            h1 { "{content.title}" }
            if stage == 0 {
                p { class: "quiet", "{content.intro}" }
            }
        }
        if stage == 0 {
            section { class: "card", id: "our-week",
                h2 { {t!("state-of-us-week-from-what-both")} }
                p { class: "quiet small", {t!("state-of-us-today", from = format::day(week.from, today))} }
                WeekList { title: t!("state-of-us-appreciations"), lines: appreciations, empty: t!("state-of-us-no-appreciations") }
                if let Some(best) = week.best_day {
                    p { strong { {t!("state-of-us-best-day")} } {t!("state-of-us-day-average", day = format::day(best.day, today), average = format::one_decimal(best.average))} }
                }
                if let Some(hardest) = week.hardest_day {
                    p { strong { {t!("state-of-us-hardest-day")} } {t!("state-of-us-day-average", day = format::day(hardest.day, today), average = format::one_decimal(hardest.average))} }
                }
                WeekList { title: t!("state-of-us-needs-voiced"), lines: needs, empty: t!("state-of-us-no-needs") }
                if !week.kept.is_empty() {
                    h3 { {t!("state-of-us-commitments")} }
                    ul {
                        for k in week.kept.iter() {
                            li { {t!("state-of-us-kept-days", action = k.action, kept_days = k.kept_days, logged_days = k.logged_days)} }
                        }
                    }
                }
            }
            button { class: "primary wide", r#type: "button", onclick: move |_| go(1), {t!("state-of-us-start")} }
        } else if let Some(part) = content.parts.get(stage - 1) {
            section { class: "card meeting-part", id: "meeting-part",
                p { class: "eyebrow", {t!("state-of-us-part-minutes", stage = stage, parts = parts, minutes = part.minutes)} }
                h2 { "{part.title}" }
                p { "{part.guide}" }
                Countdown {
                    minutes: part.minutes,
                    started_ms: part_started(),
                    label: part.title.clone(),
                    turns: part.turns.then(|| (me.clone(), partner.clone())),
                }
            }
            div { class: "row",
                button { class: "secondary", r#type: "button", onclick: move |_| go(stage - 1), {t!("state-of-us-back")} }
                button { class: "primary", r#type: "button", onclick: move |_| go(stage + 1),
                    if stage == parts { {t!("state-of-us-finish")} } else { {t!("state-of-us-next-part")} }
                }
            }
        } else {
            TryThis {}
        }
    }
}

#[component]
fn WeekList(title: String, lines: Vec<String>, empty: String) -> Element {
    rsx! {
        h3 { "{title}" }
        if lines.is_empty() {
            p { class: "quiet small", "{empty}" }
        } else {
            ul {
                for line in lines {
                    li { "{line}" }
                }
            }
        }
    }
}

/// The end: one thing to try this week, which can become a commitment.
#[component]
fn TryThis() -> Element {
    let content = &crate::i18n::program().state_of_us;
    let qualities = &crate::i18n::program().qualities;
    let actions = use_actions();
    let navigator = use_navigator();
    let mut text = use_signal(String::new);
    let mut quality = use_signal(|| qualities.first().map(|q| q.id.clone()).unwrap_or_default());
    let mut status = use_note();
    let mut committed = use_signal(|| false);
    let commit = move |evt: FormEvent| async move {
        evt.prevent_default();
        let (q, t) = (quality(), text());
        match actions.run(move |s| s.add_commitment(&q, &t, true)).await {
            Ok(_) => {
                committed.set(true);
                status.set(Some(Ok(t!("state-of-us-commitment-now-shows-check"))));
            }
            Err(e) => fail(status, &e),
        }
    };
    rsx! {
        section { class: "card", id: "try-this",
            h2 { "{content.try_title}" }
            if !committed() {
                form { class: "form", onsubmit: commit,
                    label { r#for: "try-this-text", class: "quiet", "{content.try_hint}" }
                    textarea { id: "try-this-text", rows: "2", initial_value: "{text}", oninput: move |e| text.set(e.value()) }
                    label { r#for: "try-this-quality", {t!("state-of-us-quality-builds")} }
                    select { id: "try-this-quality", onchange: move |e| quality.set(e.value()),
                        for q in qualities.iter() {
                            option { value: "{q.id}", selected: quality() == q.id, "{q.name}" }
                        }
                    }
                    button { class: "primary", r#type: "submit", {t!("state-of-us-make-commitment")} }
                }
            }
            Status { message: status() }
        }
        button { class: "secondary wide", r#type: "button", onclick: move |_| { navigator.push(Route::Today {}); }, {t!("state-of-us-done")} }
    }
}
