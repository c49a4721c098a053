//! The weekly State of us, both of us with one phone: the week filled in from what we shared,
//! then four parts with a timer each (appreciations, what went well, one issue in turns,
//! feeling loved this week), and at the end one thing to try, which can become a commitment.

use attune_core::{Said, StateOfUsView, Who};
use dioxus::prelude::*;

use crate::Route;
use crate::components::{Countdown, Status, loaded, now_ms, use_note};
use crate::core::{use_actions, use_view};
use crate::format;

#[component]
pub fn StateOfUs() -> Element {
    let view = use_view(|s| Ok((s.state_of_us()?, s.my_name()?)));
    loaded(view.read().as_ref(), |(week, me)| rsx! { Meeting { week: week.clone(), me: me.clone() } })
}

#[component]
fn Meeting(week: StateOfUsView, me: String) -> Element {
    let content = &attune_core::Program::builtin().state_of_us;
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
        format!("{who} · {}: “{}”", format::day(s.day, today), s.text)
    };
    let appreciations: Vec<String> = week.appreciations.iter().map(said).collect();
    let needs: Vec<String> = week.needs.iter().map(said).collect();
    let stage = at();
    rsx! {
        header { class: "screen-head",
            p { class: "eyebrow", "Once a week · about {total} minutes" }
            h1 { "{content.title}" }
            if stage == 0 {
                p { class: "quiet", "{content.intro}" }
            }
        }
        if stage == 0 {
            section { class: "card", id: "our-week",
                h2 { "Your week, from what you both shared" }
                p { class: "quiet small", "{format::day(week.from, today)} to today" }
                WeekList { title: "Appreciations", lines: appreciations, empty: "No appreciations written this week: say them out loud today." }
                if let Some(best) = week.best_day {
                    p { strong { "The best day: " } "{format::day(best.day, today)} ({best.average:.1} of 5)" }
                }
                if let Some(hardest) = week.hardest_day {
                    p { strong { "The hardest day: " } "{format::day(hardest.day, today)} ({hardest.average:.1} of 5)" }
                }
                WeekList { title: "Needs you voiced", lines: needs, empty: "No needs written this week." }
                if !week.kept.is_empty() {
                    h3 { "Commitments" }
                    ul {
                        for k in week.kept.iter() {
                            li { "{k.action}: kept on {k.kept_days} of {k.logged_days} days" }
                        }
                    }
                }
            }
            button { class: "primary wide", r#type: "button", onclick: move |_| go(1), "Start" }
        } else if let Some(part) = content.parts.get(stage - 1) {
            section { class: "card meeting-part", id: "meeting-part",
                p { class: "eyebrow", "Part {stage} of {parts} · {part.minutes} minutes" }
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
                button { class: "secondary", r#type: "button", onclick: move |_| go(stage - 1), "Back" }
                button { class: "primary", r#type: "button", onclick: move |_| go(stage + 1),
                    if stage == parts { "Finish" } else { "Next part" }
                }
            }
        } else {
            TryThis {}
        }
    }
}

#[component]
fn WeekList(title: &'static str, lines: Vec<String>, empty: &'static str) -> Element {
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
    let content = &attune_core::Program::builtin().state_of_us;
    let qualities = &attune_core::Program::builtin().qualities;
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
                status.set(Some(Ok("It's a commitment now: it shows on your check-in every day.".into())));
            }
            Err(e) => status.set(Some(Err(e.to_string()))),
        }
    };
    rsx! {
        section { class: "card", id: "try-this",
            h2 { "{content.try_title}" }
            if !committed() {
                form { class: "form", onsubmit: commit,
                    label { r#for: "try-this-text", class: "quiet", "{content.try_hint}" }
                    textarea { id: "try-this-text", rows: "2", value: "{text}", oninput: move |e| text.set(e.value()) }
                    label { r#for: "try-this-quality", "The quality it builds" }
                    select { id: "try-this-quality", onchange: move |e| quality.set(e.value()),
                        for q in qualities.iter() {
                            option { value: "{q.id}", selected: quality() == q.id, "{q.name}" }
                        }
                    }
                    button { class: "primary", r#type: "submit", "Make it a commitment" }
                }
            }
            Status { message: status() }
        }
        button { class: "secondary wide", r#type: "button", onclick: move |_| { navigator.push(Route::Today {}); }, "Done" }
    }
}
