//! Dates, times and names as the couple reads them, in the language on screen: "Today",
//! "Yesterday", "Tue 3 Mar", "2 days ago". The words come from the catalogue
//! (`attune_core::locale::Dates`); this module only knows the phone's clock.

use chrono::{Local, NaiveDate, TimeZone};

use crate::i18n::words;

pub fn day(day: NaiveDate, today: NaiveDate) -> String {
    words().dates().relative(day, today)
}

/// Which relative word a day has, for a message to choose its own phrasing: `today`,
/// `tomorrow`, or `other` (then the message says the date).
pub fn relative_kind(day: NaiveDate, today: NaiveDate) -> &'static str {
    match (day - today).num_days() {
        0 => "today",
        1 => "tomorrow",
        _ => "other",
    }
}

/// "Friday 20 November".
pub fn long_day(day: NaiveDate) -> String {
    words().dates().long(day)
}

/// "20 Nov 2026".
pub fn short_date(day: NaiveDate) -> String {
    words().dates().short_with_year(day)
}

/// "20 Nov".
pub fn short_day(day: NaiveDate) -> String {
    words().dates().short(day)
}

/// "20 November".
pub fn day_month(day: NaiveDate) -> String {
    words().dates().day_month(day)
}

/// "20 November 2026".
pub fn full_date(day: NaiveDate) -> String {
    words().dates().day_month_year(day)
}

/// "Friday 20 November 2026".
pub fn long_date(day: NaiveDate) -> String {
    words().dates().long_with_year(day)
}

/// A moment (unix ms) relative to `today` (the core's day, from its clock: the same day every
/// other line of the screen counts from).
pub fn moment(ms: i64, today: NaiveDate) -> String {
    let Some(then) = Local.timestamp_millis_opt(ms).single() else { return String::new() };
    let days = (today - then.date_naive()).num_days();
    let time = then.format("%H:%M").to_string();
    match days {
        0 => t!("moment-today", time = time),
        1 => t!("moment-yesterday", time = time),
        2..=6 => t!("moment-days-ago", days = days),
        _ => short_date(then.date_naive()),
    }
}

/// What a kind of entry is called in a list.
pub fn kind(kind: attune_core::EntryKind) -> String {
    words().kind(kind)
}

/// A day of the week, in full: "Sunday".
pub fn weekday(day: chrono::Weekday) -> String {
    words().dates().weekday(day)
}

/// A length of time in minutes, as said: "20 minutes", "1 hour", "1 hour 30 minutes".
pub fn duration_minutes(minutes: u32) -> String {
    words().dates().minutes(minutes)
}

/// A number with one decimal, with the language's decimal mark: "3.5", "3,5".
pub fn one_decimal(value: impl Into<f64>) -> String {
    words().dates().number(value.into(), 1)
}

/// A time of day (unix ms) to the minute: "21:40".
pub fn clock_minutes(ms: i64) -> String {
    Local.timestamp_millis_opt(ms).single().map(|t| t.format("%H:%M").to_string()).unwrap_or_default()
}

/// A time of day (unix ms) to the second, for waits: "14:05:30".
pub fn clock_time(ms: i64) -> String {
    Local.timestamp_millis_opt(ms).single().map(|t| t.format("%H:%M:%S").to_string()).unwrap_or_default()
}

/// My partner's name, or what to call them when none is known, mid-sentence.
pub fn partner(name: Option<&str>) -> String {
    words().partner(name)
}

/// My partner's name, or what to call them, at the start of a sentence or a label.
pub fn partner_capitalised(name: Option<&str>) -> String {
    words().partner_start(name)
}
