//! My partner's side: what they chose to share, their step, our days together, and when the
//! last update arrived. Everything here is read-only.

use attune_core::{CheckKind, PartnerView};
use dioxus::prelude::*;

use crate::Route;
use crate::components::{CommitmentRow, ReflectionCard, Status, fail, loaded, use_note};
use crate::core::{use_actions, use_view};
use crate::format;
use crate::screens::pact::PactSideList;
use crate::screens::today::CheckInChips;

#[component]
pub fn Partner() -> Element {
    let page = use_view(|s| s.partner_page());
    loaded(page.read().as_ref(), |p| rsx! { PartnerBody { view: p.partner.clone(), today: p.today } })
}

#[component]
fn PartnerBody(view: PartnerView, today: chrono::NaiveDate) -> Element {
    let name = format::partner_capitalised(view.name.as_deref());
    rsx! {
        header { class: "screen-head",
            p { class: "eyebrow", {t!("partner-partner")} }
            h1 { "{name}" }
            if let Some(step) = &view.step_title {
                p { class: "quiet", {t!("partner-step", step = step)} }
            }
            p { class: "quiet",
                match view.last_received_ms {
                    Some(ms) => t!("partner-last-update-opened", when = format::moment(ms, today)),
                    None => t!("partner-no-update-opened-yet").to_owned(),
                }
            }
            Link { class: "button secondary", to: Route::Exchange {}, if view.paired { {t!("partner-swap-updates")} } else { {t!("partner-pair", name = name)} } }
        }
        Together { view: view.clone(), name: name.clone() }
        if view.paired && view.check_ins.is_empty() && view.reflections.is_empty() && view.answers.is_empty()
            && view.pact.is_none() && view.repair_notes.is_empty()
        {
            p { class: "card quiet", {t!("partner-nothing-shared-yet", name = name)} }
        }
        SharedWords { view: view.clone(), name: name.clone(), today }
        if !view.commitments.is_empty() {
            section { class: "card",
                h2 { {t!("partner-commitments", name = name)} }
                ul { class: "commitments",
                    for c in view.commitments.iter() {
                        CommitmentRow { key: "{c.id}", commitment: c.clone() }
                    }
                }
            }
        }
        if !view.self_checks.is_empty() {
            section { class: "card",
                h2 { {t!("partner-self-checks")} }
                ul {
                    for s in view.self_checks.iter() {
                        li {
                            if s.check == CheckKind::Patterns { {t!("partner-pattern-self-check")} } else { {t!("partner-belief-check")} }
                            {t!("partner-self-check-day-total", day = format::day(s.day, today), total = s.total, out_of = s.out_of)}
                        }
                    }
                }
            }
        }
        if let Some(number) = &view.safety_number {
            SafetyNumber { name: name.clone(), number: number.clone() }
        }
    }
}

/// Our days together: the grid of the last weeks, or who chose to keep it apart.
#[component]
fn Together(view: PartnerView, name: String) -> Element {
    if view.together_hidden {
        return rsx! {
            section { class: "card", id: "together",
                h2 { {t!("partner-together")} }
                p { class: "quiet", {t!("partner-hid-grid-days-both", name = name)} }
                TogetherSwitch { hide: false }
            }
        };
    }
    if view.together_hidden_by_partner {
        return rsx! {
            section { class: "card", id: "together",
                h2 { {t!("partner-together")} }
                p { class: "quiet", {t!("partner-chose-keep-grid-days", name = name)} }
            }
        };
    }
    let both = view.together.iter().filter(|d| d.me && d.partner).count();
    rsx! {
        section { class: "card", id: "together",
            h2 { {t!("partner-together")} }
            p { class: "quiet", {t!("partner-both-checked-last", count = u64::try_from(both).unwrap_or(0), days = attune_core::TOGETHER_DAYS)} }
            div { class: "together", role: "img", aria_label: t!("partner-last-days-both-checked", days = attune_core::TOGETHER_DAYS, both = both),
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
                span { class: "key both" } {t!("partner-key-both")}
                span { class: "key me" } {t!("partner-key-you")}
                span { class: "key partner" } "{name}"
                if view.together.iter().any(|d| d.quiet) {
                    "  "
                    span { class: "key quiet-day" } {t!("partner-key-quiet-days")}
                }
            }
            TogetherSwitch { hide: true }
        }
    }
}

/// What my partner wrote and shared: check-ins, answers, reflections, their side of the pact,
/// repair notes.
#[component]
fn SharedWords(view: PartnerView, name: String, today: chrono::NaiveDate) -> Element {
    rsx! {
        if !view.check_ins.is_empty() {
            section { class: "stack",
                h2 { {t!("partner-check-ins")} }
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
                h2 { {t!("partner-answers")} }
                for a in view.answers.iter() {
                    article { class: "card",
                        p { class: "eyebrow", "{format::day(a.day, today)}" }
                        p { class: "question", "{a.question}" }
                        match &a.answer {
                            Some(text) => rsx! { p { class: "answer theirs", "{text}" } },
                            None => rsx! { p { class: "quiet", {t!("partner-answer-question-yourself-see", name = name)} } },
                        }
                    }
                }
            }
        }
        if !view.reflections.is_empty() {
            section { class: "stack",
                h2 { {t!("partner-reflections")} }
                for r in view.reflections.iter() {
                    ReflectionCard { key: "{r.id}", reflection: r.clone(), eyebrow: t!("partner-reflection-eyebrow", title = r.title, day = format::day(r.day, today)) }
                }
            }
        }
        if let Some(pact) = &view.pact {
            section { class: "card", id: "partner-pact",
                h2 { {t!("partner-side-pause-pact", name = name)} }
                PactSideList { side: pact.clone() }
                Link { to: Route::Pact {}, {t!("partner-see-both-sides")} }
            }
        }
        if !view.repair_notes.is_empty() {
            section { class: "stack", id: "partner-repair-notes",
                h2 { {t!("partner-repair-notes")} }
                for n in view.repair_notes.iter() {
                    article { class: "card", key: "{n.id}",
                        p { class: "eyebrow", "{format::day(n.day, today)}" }
                        p { class: "answer theirs", "{n.text}" }
                    }
                }
            }
        }
    }
}

/// The number both phones show when each holds the other's own key: compared once, side by
/// side, it makes a leaked couple code useless to anyone else's phone.
#[component]
fn SafetyNumber(name: String, number: String) -> Element {
    rsx! {
        section { class: "card", id: "safety-number",
            h2 { {t!("partner-safety-number")} }
            p { class: "safety-number", "{number}" }
            p { class: "quiet small", {t!("partner-safety-number-explain", name = name)} }
        }
    }
}

/// Hides the together grid on both phones, or shows it again: a day-by-day tally of who
/// checked in is for those who find it encouraging, never a scoreboard anyone must keep.
#[component]
fn TogetherSwitch(hide: bool) -> Element {
    let actions = use_actions();
    let status = use_note();
    let toggle = move |_| async move {
        if let Err(e) = actions.run(move |s| s.change_setting(attune_core::SettingsChange::HideTogether(hide))).await {
            fail(status, &e);
        }
    };
    rsx! {
        button { class: "link", r#type: "button", onclick: toggle, if hide { {t!("partner-hide-grid-both-us")} } else { {t!("partner-show-grid-again")} } }
        Status { message: status() }
    }
}
