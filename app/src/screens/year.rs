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
    v.map_or_else(|| "–".to_owned(), format::one_decimal)
}

fn moved(start: Option<f32>, end: Option<f32>) -> String {
    match (start, end) {
        (Some(s), Some(e)) => t!("year-moved", from = format::one_decimal(s), to = format::one_decimal(e)),
        _ => "–".to_owned(),
    }
}

#[component]
fn YearPage(year: YearInReview) -> Element {
    let partner = format::partner_capitalised(year.partner_name.as_deref());
    let span = t!("year-span", from = format::full_date(year.from), to = format::full_date(year.to));
    let print = move |_| {
        document::eval("window.print();");
    };
    rsx! {
        article { class: "year", id: "year-in-review",
            header { class: "screen-head",
                p { class: "eyebrow", {t!("year-year-review")} }
                h1 { {t!("year-title-names", my_name = year.my_name, partner = partner)} }
                p { class: "quiet", "{span}" }
                button { class: "primary no-print", r#type: "button", onclick: print, {t!("year-print")} }
                p { class: "quiet small no-print", {t!("year-made-phone-nothing-uploaded")} }
            }
            section { class: "card",
                h2 { {t!("year-showing-up")} }
                p { {t!("year-checked-both", count = year.my_check_ins, partner = partner, partner_check_ins = year.partner_check_ins, both_days = year.both_days)} }
            }
            section { class: "card",
                h2 { {t!("year-how-felt-over-year")} }
                table { class: "year-table",
                    thead {
                        tr {
                            th { scope: "col", "" }
                            th { scope: "col", {t!("year-you")} }
                            th { scope: "col", {t!("year-first-last-3-months")} }
                            th { scope: "col", "{partner}" }
                            th { scope: "col", {t!("year-first-last-3-months")} }
                        }
                    }
                    tbody {
                        for line in year.lines.iter() {
                            LineRow { key: "{line.id}", line: line.clone() }
                        }
                    }
                }
                p { class: "quiet small", {t!("year-averages-1-5-ratings")} }
            }
            if let Some(first) = year.self_check_first {
                section { class: "card",
                    h2 { {t!("year-pattern-self-check")} }
                    p {
                        {t!("year-self-check-first", total = first.total, out_of = first.out_of, day = format::day_month(first.day))}
                        if let Some(last) = year.self_check_last { {t!("year-self-check-last", total = last.total, out_of = last.out_of, day = format::day_month(last.day))} }
                        {t!("year-lower-means-old-patterns")}
                    }
                }
            }
            if !year.commitments.is_empty() {
                section { class: "card",
                    h2 { {t!("year-commitments")} }
                    ul {
                        for c in year.commitments.iter() {
                            li { {t!("year-kept-days", action = c.action, quality_name = c.quality_name, kept_days = c.kept_days, logged_days = c.logged_days)} }
                        }
                    }
                }
            }
            section { class: "card",
                h2 { {t!("year-coming-back-each-other")} }
                p { {t!("year-repair-notes", me = year.repair_notes.me, partner = year.repair_notes.partner, partner2 = partner)} }
            }
            if !year.highlights.is_empty() {
                BestDays { year: year.clone(), partner: partner.clone() }
            }
        }
    }
}

/// The best days of the year, with what each of us appreciated then.
#[component]
fn BestDays(year: YearInReview, partner: String) -> Element {
    rsx! {
        section { class: "card",
            h2 { {t!("year-best-days")} }
            for h in year.highlights.iter() {
                div { class: "highlight", key: "{h.day}",
                    p { strong { {format::long_date(h.day)} } {t!("year-average-of-five", average = format::one_decimal(h.average))} }
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
