//! My partner's side: what they chose to share, their step, our days together, and when the
//! last update arrived. Everything here is read-only.

use attune_core::{CheckKind, PartnerView};
use dioxus::prelude::*;

use crate::Route;
use crate::components::{CommitmentRow, ReflectionCard, Status, loaded, use_note};
use crate::core::{use_actions, use_view};
use crate::format;
use crate::screens::pact::PactSideList;
use crate::screens::today::CheckInChips;

#[component]
pub fn Partner() -> Element {
    let view = use_view(|s| Ok((s.partner()?, s.today_date())));
    loaded(view.read().as_ref(), |(v, today)| rsx! { PartnerBody { view: v.clone(), today: *today } })
}

#[component]
fn PartnerBody(view: PartnerView, today: chrono::NaiveDate) -> Element {
    let name = format::partner_capitalised(view.name.as_deref());
    let both = view.together.iter().filter(|d| d.me && d.partner).count();
    rsx! {
        header { class: "screen-head",
            p { class: "eyebrow", "Partner" }
            h1 { "{name}" }
            if let Some(step) = &view.step_title {
                p { class: "quiet", "On the {step} step" }
            }
            p { class: "quiet",
                match view.last_received_ms {
                    Some(ms) => format!("Last update opened {}.", format::moment(ms)),
                    None => "No update opened yet.".to_owned(),
                }
            }
            Link { class: "button secondary", to: Route::Exchange {}, if view.paired { "Swap updates" } else { "Pair with {name}" } }
        }
        if view.together_hidden {
            section { class: "card", id: "together",
                h2 { "Together" }
                p { class: "quiet", "You hid the grid of the days you both checked in. It stays hidden on {name}'s phone too, from your next update." }
                TogetherSwitch { hide: false }
            }
        } else if view.together_hidden_by_partner {
            section { class: "card", id: "together",
                h2 { "Together" }
                p { class: "quiet", "{name} chose to keep the grid of days you both checked in out of sight. What {name} shares still shows below." }
            }
        } else {
            section { class: "card", id: "together",
                h2 { "Together" }
                p { class: "quiet", "You both checked in on {format::plural(u64::try_from(both).unwrap_or(0), \"day\", \"days\")} of the last {attune_core::TOGETHER_DAYS}." }
                div { class: "together", role: "img", aria_label: "Last {attune_core::TOGETHER_DAYS} days: both of you checked in on {both} days.",
                    for d in view.together.iter() {
                        span {
                            class: match (d.me, d.partner, d.quiet) {
                                (true, true, _) => "day both",
                                (true, false, _) => "day me",
                                (false, true, true) => "day partner quiet-day",
                                (false, true, false) => "day partner",
                                (false, false, true) => "day quiet-day",
                                (false, false, false) => "day",
                            },
                            title: "{d.day}",
                        }
                    }
                }
                p { class: "legend small",
                    span { class: "key both" } "both  "
                    span { class: "key me" } "you  "
                    span { class: "key partner" } "{name}"
                    if view.together.iter().any(|d| d.quiet) {
                        "  "
                        span { class: "key quiet-day" } "your quiet days"
                    }
                }
                TogetherSwitch { hide: true }
            }
        }
        if view.paired && view.check_ins.is_empty() && view.reflections.is_empty() && view.answers.is_empty()
            && view.pact.is_none() && view.repair_notes.is_empty()
        {
            p { class: "card quiet", "Nothing shared yet. When {name} sends an update and you open it, it shows here." }
        }
        if !view.check_ins.is_empty() {
            section { class: "stack",
                h2 { "Check-ins" }
                for c in view.check_ins.iter() {
                    article { class: "card", key: "{c.day}",
                        p { class: "eyebrow", "{format::day(c.day, today)}" }
                        CheckInChips { check_in: c.clone(), partner: name.clone() }
                    }
                }
            }
        }
        if !view.answers.is_empty() {
            section { class: "stack",
                h2 { "Answers" }
                for a in view.answers.iter() {
                    article { class: "card",
                        p { class: "eyebrow", "{format::day(a.day, today)}" }
                        p { class: "question", "{a.question}" }
                        match &a.answer {
                            Some(text) => rsx! { p { class: "answer theirs", "{text}" } },
                            None => rsx! { p { class: "quiet", "Answer this question yourself to see {name}'s answer." } },
                        }
                    }
                }
            }
        }
        if !view.reflections.is_empty() {
            section { class: "stack",
                h2 { "Reflections" }
                for r in view.reflections.iter() {
                    ReflectionCard { key: "{r.id}", reflection: r.clone(), eyebrow: format!("{} · {}", r.title, format::day(r.day, today)) }
                }
            }
        }
        if let Some(pact) = &view.pact {
            section { class: "card", id: "partner-pact",
                h2 { "{name}'s side of your pause pact" }
                PactSideList { side: pact.clone() }
                Link { to: Route::Pact {}, "See both sides" }
            }
        }
        if !view.repair_notes.is_empty() {
            section { class: "stack", id: "partner-repair-notes",
                h2 { "Repair notes" }
                for n in view.repair_notes.iter() {
                    article { class: "card", key: "{n.id}",
                        p { class: "eyebrow", "{format::day(n.day, today)}" }
                        p { class: "answer theirs", "{n.text}" }
                    }
                }
            }
        }
        if !view.commitments.is_empty() {
            section { class: "card",
                h2 { "{name}'s commitments" }
                ul { class: "commitments",
                    for c in view.commitments.iter() {
                        CommitmentRow { key: "{c.id}", commitment: c.clone() }
                    }
                }
            }
        }
        if !view.self_checks.is_empty() {
            section { class: "card",
                h2 { "Self-checks" }
                ul {
                    for s in view.self_checks.iter() {
                        li {
                            if s.check == CheckKind::Patterns { "Pattern self-check" } else { "Belief check" }
                            " · {format::day(s.day, today)}: {s.total} of {s.out_of}"
                        }
                    }
                }
            }
        }
    }
}

/// Hides the together grid on both phones, or shows it again: a day-by-day tally of who
/// checked in is for those who find it encouraging, never a scoreboard anyone must keep.
#[component]
fn TogetherSwitch(hide: bool) -> Element {
    let actions = use_actions();
    let mut status = use_note();
    let toggle = move |_| async move {
        if let Err(e) = actions.run(move |s| s.change_setting(attune_core::SettingsChange::HideTogether(hide))).await {
            status.set(Some(Err(e.to_string())));
        }
    };
    rsx! {
        button { class: "link", r#type: "button", onclick: toggle, if hide { "Hide this grid for both of us" } else { "Show the grid again" } }
        Status { message: status() }
    }
}
