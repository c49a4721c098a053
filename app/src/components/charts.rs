//! Inline-SVG charts for Insights: a line per partner over the days of a range, and a
//! calendar of the days each of us checked in.

use std::fmt::Write as _;

use chrono::{Datelike, NaiveDate};
use dioxus::prelude::*;

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
        format!("{title}: {} of your days and {} of {partner_name}'s days have a rating.", mine.len(), theirs.len());
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

/// A month-style grid of days: filled where I checked in, ringed where my partner did, dotted
/// where I kept a quiet day. Each day: (day, me, partner, quiet).
#[component]
pub fn Calendar(days: Vec<(NaiveDate, bool, bool, bool)>, partner_name: String) -> Element {
    let lead = days.first().map_or(0, |(d, ..)| d.weekday().num_days_from_monday());
    let both = days.iter().filter(|(_, a, b, _)| *a && *b).count();
    let quiet = days.iter().filter(|d| d.3).count();
    let quiet_said = if quiet > 0 { format!(" You kept {quiet} quiet.") } else { String::new() };
    rsx! {
        figure { class: "calendar",
            figcaption { "Days you showed up" }
            div {
                class: "calendar-grid",
                role: "img",
                aria_label: "{days.len()} days: you checked in on {days.iter().filter(|d| d.1).count()}, {partner_name} on {days.iter().filter(|d| d.2).count()}, both of you on {both}.{quiet_said}",
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
