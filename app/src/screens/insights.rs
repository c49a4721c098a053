//! Insights: the week in one line, connection and the five markers for both of us over 30 or
//! 90 days, how steady each of us was, the days we felt differently (with a question, never a
//! verdict), the days we showed up, commitments kept, and how the pattern self-check changed.

use attune_core::InsightsView;
use dioxus::prelude::*;

use crate::components::{Calendar, LineChart, SteadinessBands, loaded};
use crate::core::use_view;
use crate::format;

#[component]
pub fn Insights() -> Element {
    let mut days = use_signal(|| 30u32);
    rsx! {
        header { class: "screen-head",
            p { class: "eyebrow", "Insights" }
            h1 { "How you're doing, together" }
            div { class: "segmented", role: "group", aria_label: "Range",
                for n in [30u32, 90] {
                    button {
                        r#type: "button",
                        class: if days() == n { "selected" } else { "" },
                        aria_pressed: if days() == n { "true" } else { "false" },
                        onclick: move |_| days.set(n),
                        "{n} days"
                    }
                }
            }
        }
        div { class: "stack",
            InsightsRange { key: "{days}", days: days() }
        }
    }
}

#[component]
fn InsightsRange(days: u32) -> Element {
    let view = use_view(move |s| s.insights(days));
    loaded(view.read().as_ref(), |v| rsx! { InsightsBody { view: v.clone() } })
}

#[component]
fn InsightsBody(view: InsightsView) -> Element {
    let partner = format::partner_capitalised(view.partner_name.as_deref());
    let average = |v: Option<f32>| v.map_or_else(|| "–".to_owned(), |v| format!("{v:.1}"));
    let content = &attune_core::Program::builtin().insights;
    let today = view.to;
    let week = view.week;
    rsx! {
        section { class: "card week", id: "week-line",
            p {
            strong { "This week: " }
            "you checked in on {week.my_check_ins} of 7 days, {partner} on {week.partner_check_ins}"
            if let (Some(me), Some(them)) = (week.my_average_connection, week.partner_average_connection) {
                "; connection {me:.1} for you, {them:.1} for {partner}"
            }
            match week.gap_days {
                0 => String::from("."),
                1 => String::from("; 1 day you felt differently."),
                n => format!("; {n} days you felt differently."),
            }
            }
        }
        section { class: "card",
            div { class: "headline",
                div { span { class: "big me-color", "{average(view.my_average_connection)}" } span { class: "quiet small", "your average connection" } }
                div { span { class: "big partner-color", "{average(view.partner_average_connection)}" } span { class: "quiet small", "{partner}'s average" } }
            }
            p { class: "legend small",
                span { class: "key me" } "You  "
                span { class: "key partner" } "{partner}"
            }
            LineChart { title: view.connection.label.clone(), me: view.connection.me.clone(), partner: view.connection.partner.clone(), partner_name: partner.clone() }
        }
        section { class: "card",
            h2 { "Feeling secure together" }
            for (series, marker) in view.markers.iter().zip(attune_core::Program::builtin().markers.iter()) {
                LineChart { key: "{series.label}", title: series.label.clone(), me: series.me.clone(), partner: series.partner.clone(), partner_name: partner.clone() }
                if marker.id == "repair" {
                    p { class: "quiet small", id: "repair-notes",
                        "Repair notes: {view.repair_notes.me} from you, {view.repair_notes.partner} from {partner} "
                        "in these {view.days.len()} days."
                    }
                }
            }
        }
        Link { class: "card", to: crate::Route::Year {}, id: "year-link",
            p { strong { "Your year in review" } }
            span { class: "quiet small", "Twelve months on one page, to print or save as a PDF" }
        }
        section { class: "card", id: "steadiness",
            h2 { "{content.steadiness_title}" }
            p { class: "quiet small", "{content.steadiness_intro}" }
            for s in view.steadiness.iter() {
                SteadinessBands { key: "{s.id}", label: s.label.clone(), me: s.me, partner: s.partner, partner_name: partner.clone() }
            }
        }
        if !view.gap_days.is_empty() {
            section { class: "card", id: "gap-days",
                h2 { "{content.gap_title}" }
                p { class: "quiet small", "{content.gap_intro}" }
                for g in view.gap_days.iter().take(5) {
                    article { class: "gap-day", key: "{g.day}",
                        p { class: "eyebrow", "{format::day(g.day, today)}" }
                        ul { class: "gaps",
                            for gap in g.gaps.iter() {
                                li { "{gap.label}: you {gap.me}, {partner} {gap.partner}" }
                            }
                        }
                    }
                }
                p { class: "question", "{content.gap_question}" }
            }
        }
        section { class: "card",
            Calendar { days: view.calendar.iter().map(|d| (d.day, d.me, d.partner, d.quiet)).collect::<Vec<_>>(), partner_name: partner.clone() }
            p { class: "legend small",
                span { class: "key me" } "You  "
                span { class: "key ring" } "{partner}"
            }
        }
        if !view.commitments.is_empty() {
            section { class: "card",
                h2 { "Commitments kept" }
                for c in view.commitments.iter() {
                    div { class: "bar-row",
                        p { "{c.action}" span { class: "quiet small", " · {c.quality_name}" } }
                        div {
                            class: "bar",
                            role: "img",
                            aria_label: "Kept on {c.kept_days} of {c.logged_days} days",
                            span { class: "fill", style: "width: {percent(c.kept_days, c.logged_days)}%" }
                        }
                        p { class: "quiet small", "Kept on {c.kept_days} of {c.logged_days} days" }
                    }
                }
            }
        }
        section { class: "card",
            h2 { "Pattern self-check over time" }
            if view.self_checks.is_empty() {
                p { class: "quiet", "Take the self-check in the awareness step to see it here." }
            }
            for take in view.self_checks.iter() {
                div { class: "bar-row",
                    p { class: "small", "{take.day.format(\"%-d %b %Y\")}: {take.total} of {take.out_of}" }
                    div { class: "bar", role: "img", aria_label: "{take.total} of {take.out_of}",
                        span { class: "fill", style: "width: {percent(take.total, take.out_of)}%" }
                    }
                }
            }
            if let Some(c) = &view.self_check_comparison {
                p { class: "quiet small",
                    "Since {c.from.format(\"%-d %b\")}: {c.changes.len()} answers changed, total {c.total_before} → {c.total_after}."
                }
            }
        }
    }
}

fn percent(part: u32, whole: u32) -> u32 {
    (part * 100).checked_div(whole).unwrap_or(0)
}
