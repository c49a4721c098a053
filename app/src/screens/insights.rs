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
            p { class: "eyebrow", {t!("insights-insights")} }
            h1 { {t!("insights-how-re-doing-together")} }
            div { class: "segmented", role: "group", aria_label: t!("insights-range"),
                for n in [30u32, 90] {
                    button {
                        r#type: "button",
                        class: if days() == n { "selected" } else { "" },
                        aria_pressed: if days() == n { "true" } else { "false" },
                        onclick: move |_| days.set(n),
                        {t!("insights-days", n = n)}
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
    let average = |v: Option<f32>| v.map_or_else(|| "–".to_owned(), format::one_decimal);
    let content = &crate::i18n::program().insights;
    let week = view.week;
    rsx! {
        section { class: "card week", id: "week-line",
            p {
            strong { {t!("insights-week")} }
            {t!("insights-checked-7-days", my_check_ins = week.my_check_ins, partner = partner, partner_check_ins = week.partner_check_ins)}
            if let (Some(me), Some(them)) = (week.my_average_connection, week.partner_average_connection) {
                {t!("insights-week-connection", me = format::one_decimal(me), them = format::one_decimal(them), partner = partner)}
            }
            {t!("insights-week-gap-days", n = week.gap_days)}
            }
        }
        section { class: "card",
            div { class: "headline",
                div { span { class: "big me-color", "{average(view.my_average_connection)}" } span { class: "quiet small", {t!("insights-your-average")} } }
                div { span { class: "big partner-color", "{average(view.partner_average_connection)}" } span { class: "quiet small", {t!("insights-average", partner = partner)} } }
            }
            p { class: "legend small",
                span { class: "key me" } {t!("insights-you")}
                span { class: "key partner" } "{partner}"
            }
            LineChart { title: view.connection.label.clone(), me: view.connection.me.clone(), partner: view.connection.partner.clone(), partner_name: partner.clone() }
        }
        section { class: "card",
            h2 { {t!("insights-feeling-secure-together")} }
            for (series, marker) in view.markers.iter().zip(crate::i18n::program().markers.iter()) {
                LineChart { key: "{series.label}", title: series.label.clone(), me: series.me.clone(), partner: series.partner.clone(), partner_name: partner.clone() }
                if marker.id == "repair" {
                    p { class: "quiet small", id: "repair-notes",
                        {t!("insights-repair-notes", me = view.repair_notes.me, theirs = view.repair_notes.partner, partner = partner, days = view.days.len())}
                    }
                }
            }
        }
        Link { class: "card", to: crate::Route::Year {}, id: "year-link",
            p { strong { {t!("insights-year-review")} } }
            span { class: "quiet small", {t!("insights-twelve-months-one-page")} }
        }
        section { class: "card", id: "steadiness",
            h2 { "{content.steadiness_title}" }
            p { class: "quiet small", "{content.steadiness_intro}" }
            for s in view.steadiness.iter() {
                SteadinessBands { key: "{s.id}", label: s.label.clone(), me: s.me, partner: s.partner, partner_name: partner.clone() }
            }
        }
        if !view.gap_days.is_empty() {
            GapDays { view: view.clone(), partner: partner.clone() }
        }
        section { class: "card",
            Calendar { days: view.calendar.iter().map(|d| (d.day, d.me, d.partner, d.quiet)).collect::<Vec<_>>(), partner_name: partner.clone() }
            p { class: "legend small",
                span { class: "key me" } {t!("insights-you")}
                span { class: "key ring" } "{partner}"
            }
        }
        if !view.commitments.is_empty() {
            CommitmentsKept { view: view.clone() }
        }
        SelfChecksOver { view: view.clone() }
    }
}

/// The days our ratings were far apart, the most recent five.
#[component]
fn GapDays(view: InsightsView, partner: String) -> Element {
    let content = &crate::i18n::program().insights;
    let today = view.to;
    rsx! {
        section { class: "card", id: "gap-days",
            h2 { "{content.gap_title}" }
            p { class: "quiet small", "{content.gap_intro}" }
            for g in view.gap_days.iter().take(5) {
                article { class: "gap-day", key: "{g.day}",
                    p { class: "eyebrow", "{format::day(g.day, today)}" }
                    ul { class: "gaps",
                        for gap in g.gaps.iter() {
                            li { {t!("insights-gap-line", label = gap.label, me = gap.me, partner = partner, partner2 = gap.partner)} }
                        }
                    }
                }
            }
            p { class: "question", "{content.gap_question}" }
        }
    }
}

/// How often each of my commitments was kept.
#[component]
fn CommitmentsKept(view: InsightsView) -> Element {
    rsx! {
        section { class: "card",
            h2 { {t!("insights-commitments-kept")} }
            for c in view.commitments.iter() {
                div { class: "bar-row",
                    p { "{c.action}" span { class: "quiet small", " · {c.quality_name}" } }
                    div {
                        class: "bar",
                        role: "img",
                        aria_label: t!("insights-kept-days", kept_days = c.kept_days, logged_days = c.logged_days),
                        span { class: "fill", style: "width: {percent(c.kept_days, c.logged_days)}%" }
                    }
                    p { class: "quiet small", {t!("insights-kept-days", kept_days = c.kept_days, logged_days = c.logged_days)} }
                }
            }
        }
    }
}

/// My pattern self-checks over time, and what changed since the first.
#[component]
fn SelfChecksOver(view: InsightsView) -> Element {
    rsx! {
        section { class: "card",
            h2 { {t!("insights-pattern-self-check-over")} }
            if view.self_checks.is_empty() {
                p { class: "quiet", {t!("insights-take-self-check-awareness")} }
            }
            for take in view.self_checks.iter() {
                div { class: "bar-row",
                    p { class: "small", {t!("insights-self-check-day-total", day = format::short_date(take.day), total = take.total, out_of = take.out_of)} }
                    div { class: "bar", role: "img", aria_label: t!("insights-self-check-total", total = take.total, out_of = take.out_of),
                        span { class: "fill", style: "width: {percent(take.total, take.out_of)}%" }
                    }
                }
            }
            if let Some(c) = &view.self_check_comparison {
                p { class: "quiet small",
                    {t!("insights-since-answers-changed-total", from = format::short_day(c.from), changes = c.changes.len(), total_before = c.total_before, total_after = c.total_after)}
                }
            }
        }
    }
}

fn percent(part: u32, whole: u32) -> u32 {
    (part * 100).checked_div(whole).unwrap_or(0)
}
