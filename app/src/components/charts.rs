//! Inline-SVG charts for Insights: a line per partner over the days of a range, a steadiness
//! band per partner, and a calendar of the days each of us checked in.

use std::fmt::Write as _;

use chrono::{Datelike, NaiveDate};
use dioxus::prelude::*;

use crate::format;

const WIDTH: f32 = 320.0;
const HEIGHT: f32 = 120.0;
const PAD: f32 = 10.0;

#[allow(clippy::cast_precision_loss)] // at most 90 points
fn points(values: &[Option<u8>]) -> Vec<(f32, f32)> {
    let n = values.len().max(2) as f32 - 1.0;
    values
        .iter()
        .enumerate()
        .filter_map(|(i, v)| {
            v.map(|v| {
                let x = PAD + (WIDTH - 2.0 * PAD) * (i as f32) / n;
                let y = HEIGHT - PAD - (HEIGHT - 2.0 * PAD) * (f32::from(v) - 1.0) / 4.0;
                (x, y)
            })
        })
        .collect()
}

fn path(points: &[(f32, f32)]) -> String {
    let mut d = String::new();
    for (i, (x, y)) in points.iter().enumerate() {
        let _ = write!(d, "{}{x:.1},{y:.1}", if i == 0 { "M" } else { " L" });
    }
    d
}

/// Two lines (me, partner) of 1–5 values, one point per day; gaps where nobody checked in.
#[component]
pub fn LineChart(title: String, me: Vec<Option<u8>>, partner: Vec<Option<u8>>, partner_name: String) -> Element {
    let mine = points(&me);
    let theirs = points(&partner);
    let summary =
        t!("charts-line-summary", title = title, mine = mine.len(), theirs = theirs.len(), partner = partner_name);
    rsx! {
        figure { class: "chart",
            figcaption { "{title}" }
            svg {
                view_box: "0 0 {WIDTH} {HEIGHT}",
                role: "img",
                "aria-label": "{summary}",
                preserve_aspect_ratio: "none",
                for level in 1..=5u8 {
                    line {
                        class: "grid",
                        x1: "{PAD}",
                        x2: "{WIDTH - PAD}",
                        y1: "{HEIGHT - PAD - (HEIGHT - 2.0 * PAD) * (f32::from(level) - 1.0) / 4.0}",
                        y2: "{HEIGHT - PAD - (HEIGHT - 2.0 * PAD) * (f32::from(level) - 1.0) / 4.0}",
                    }
                }
                path { class: "line partner", d: "{path(&theirs)}" }
                path { class: "line me", d: "{path(&mine)}" }
                for (x, y) in theirs.iter().copied() {
                    circle { class: "point partner", cx: "{x}", cy: "{y}", r: "2.6" }
                }
                for (x, y) in mine.iter().copied() {
                    circle { class: "point me", cx: "{x}", cy: "{y}", r: "2.6" }
                }
            }
        }
    }
}

/// How a spread reads, in a word or two.
pub fn steadiness_word(spread: f32) -> String {
    let kind = if spread < 0.6 {
        "steady"
    } else if spread < 1.2 {
        "ups_and_downs"
    } else {
        "swings"
    };
    t!("charts-steadiness", kind = kind)
}

/// One line's steadiness for both of us: a band from low to high around a dot at the mean,
/// on a 1–5 scale; a row stays empty for whoever has too few days.
#[component]
pub fn SteadinessBands(
    label: String,
    me: Option<attune_core::Spread>,
    partner: Option<attune_core::Spread>,
    partner_name: String,
) -> Element {
    const W: f32 = 320.0;
    let x = |v: f32| PAD + (W - 2.0 * PAD) * (v - 1.0) / 4.0;
    let said = |who: &str, s: Option<attune_core::Spread>| match s {
        Some(s) => t!(
            "charts-spread",
            who = who,
            mean = format::one_decimal(s.mean),
            low = format::one_decimal(s.low),
            high = format::one_decimal(s.high),
            steadiness = steadiness_word(s.spread)
        ),
        None => t!("charts-too-few-days", who = who),
    };
    let summary =
        t!("charts-summary", label = label, me = said(&t!("charts-you"), me), partner = said(&partner_name, partner));
    let rows = [(me, "me", 14.0_f32), (partner, "partner", 34.0_f32)];
    rsx! {
        figure { class: "chart steadiness",
            figcaption { "{label}" }
            svg { view_box: "0 0 {W} 48", role: "img", "aria-label": "{summary}",
                for level in 1..=5u8 {
                    line { class: "grid", x1: "{x(f32::from(level))}", x2: "{x(f32::from(level))}", y1: "4", y2: "44" }
                }
                for (spread, who, y) in rows {
                    if let Some(s) = spread {
                        rect { class: "band {who}", x: "{x(s.low)}", y: "{y - 6.0}", width: "{(x(s.high) - x(s.low)).max(2.0)}", height: "12", rx: "6" }
                        circle { class: "point {who}", cx: "{x(s.mean)}", cy: "{y}", r: "4" }
                    }
                }
            }
            p { class: "quiet small",
                match me { Some(s) => t!("charts-who-steadiness", who = t!("charts-you"), steadiness = steadiness_word(s.spread)), None => t!("charts-too-few-days", who = t!("charts-you")) }
                " · "
                match partner { Some(s) => t!("charts-who-steadiness", who = partner_name, steadiness = steadiness_word(s.spread)), None => t!("charts-too-few-days", who = partner_name) }
            }
        }
    }
}

/// A month-style grid of days: filled where I checked in, ringed where my partner did, dotted
/// where I kept a quiet day. Each day: (day, me, partner, quiet).
#[component]
pub fn Calendar(days: Vec<(NaiveDate, bool, bool, bool)>, partner_name: String) -> Element {
    let lead = days.first().map_or(0, |(d, ..)| d.weekday().num_days_from_monday());
    let both = days.iter().filter(|(_, a, b, _)| *a && *b).count();
    let quiet = days.iter().filter(|d| d.3).count();
    rsx! {
        figure { class: "calendar",
            figcaption { {t!("charts-days-showed-up")} }
            div {
                class: "calendar-grid",
                role: "img",
                aria_label: t!("charts-days-checked-both", days = days.len(), mine = days.iter().filter(|d| d.1).count(), partner = partner_name, theirs = days.iter().filter(|d| d.2).count(), both = both, quiet = quiet),
                for _ in 0..lead {
                    span { class: "cell empty" }
                }
                for (day, me, partner, quiet) in days.iter().copied() {
                    span {
                        class: format!(
                            "cell{}{}{}",
                            if me { " me" } else { "" },
                            if partner { " partner" } else { "" },
                            if quiet { " quiet-day" } else { "" },
                        ),
                        title: "{day}",
                        "{day.day()}"
                    }
                }
            }
        }
    }
}
