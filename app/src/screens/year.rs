//! The year in review, as a page to keep: twelve months of us, made on this phone and printed
//! (or saved as a PDF) through the platform's own print dialog. Nothing is uploaded.

use attune_core::{LineOfTheYear, Who, YearInReview};
use dioxus::prelude::*;

use crate::components::loaded;
use crate::core::use_view;
use crate::format;

#[component]
pub fn Year() -> Element {
    let view = use_view(|s| s.year_in_review());
    loaded(view.read().as_ref(), |y| rsx! { YearPage { year: y.clone() } })
}

fn one(v: Option<f32>) -> String {
    v.map_or_else(|| "–".to_owned(), |v| format!("{v:.1}"))
}

fn moved(start: Option<f32>, end: Option<f32>) -> String {
    match (start, end) {
        (Some(s), Some(e)) => format!("{s:.1} → {e:.1}"),
        _ => "–".to_owned(),
    }
}

#[component]
fn YearPage(year: YearInReview) -> Element {
    let partner = format::partner_capitalised(year.partner_name.as_deref());
    let span = format!("{} – {}", year.from.format("%-d %B %Y"), year.to.format("%-d %B %Y"));
    let print = move |_| {
        document::eval("window.print();");
    };
    rsx! {
        article { class: "year", id: "year-in-review",
            header { class: "screen-head",
                p { class: "eyebrow", "Year in review" }
                h1 { "{year.my_name} and {partner}" }
                p { class: "quiet", "{span}" }
                button { class: "primary no-print", r#type: "button", onclick: print, "Print or save as PDF" }
                p { class: "quiet small no-print", "Made on this phone; nothing is uploaded. Your phone's print dialog can save it as a PDF to keep or to bring to a therapist." }
            }
            section { class: "card",
                h2 { "Showing up" }
                p { "You checked in on {format::plural(year.my_check_ins, \"day\", \"days\")}, {partner} on {year.partner_check_ins}; both of you on {year.both_days}." }
            }
            section { class: "card",
                h2 { "How it felt, over the year" }
                table { class: "year-table",
                    thead {
                        tr {
                            th { scope: "col", "" }
                            th { scope: "col", "You" }
                            th { scope: "col", "first → last 3 months" }
                            th { scope: "col", "{partner}" }
                            th { scope: "col", "first → last 3 months" }
                        }
                    }
                    tbody {
                        for line in year.lines.iter() {
                            LineRow { key: "{line.id}", line: line.clone() }
                        }
                    }
                }
                p { class: "quiet small", "Averages of the 1–5 ratings on the days each of you checked in." }
            }
            if let Some(first) = year.self_check_first {
                section { class: "card",
                    h2 { "Pattern self-check" }
                    p {
                        "{first.total} of {first.out_of} on {first.day.format(\"%-d %B\")}"
                        if let Some(last) = year.self_check_last { ", {last.total} of {last.out_of} on {last.day.format(\"%-d %B\")}" }
                        ". Lower means the old patterns showed up less."
                    }
                }
            }
            if !year.commitments.is_empty() {
                section { class: "card",
                    h2 { "Commitments" }
                    ul {
                        for c in year.commitments.iter() {
                            li { "{c.action} ({c.quality_name}): kept on {c.kept_days} of {c.logged_days} days" }
                        }
                    }
                }
            }
            section { class: "card",
                h2 { "Coming back to each other" }
                p { "Repair notes: {year.repair_notes.me} from you, {year.repair_notes.partner} from {partner}." }
            }
            if !year.highlights.is_empty() {
                section { class: "card",
                    h2 { "Best days" }
                    for h in year.highlights.iter() {
                        div { class: "highlight", key: "{h.day}",
                            p { strong { "{h.day.format(\"%A %-d %B %Y\")}" } " · {h.average:.1} of 5" }
                            for a in h.appreciations.iter() {
                                p { class: "said",
                                    span { class: "who", if a.who == Who::Me { "{year.my_name}" } else { "{partner}" } }
                                    "{a.text}"
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

#[component]
fn LineRow(line: LineOfTheYear) -> Element {
    rsx! {
        tr {
            th { scope: "row", "{line.label}" }
            td { "{one(line.my_average)}" }
            td { "{moved(line.my_start, line.my_end)}" }
            td { "{one(line.partner_average)}" }
            td { "{moved(line.partner_start, line.partner_end)}" }
        }
    }
}
