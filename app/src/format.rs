//! Dates and times as the couple reads them: "Today", "Yesterday", "Tue 3 Mar", "2 days ago".

use chrono::{Local, NaiveDate, TimeZone};

pub fn day(day: NaiveDate, today: NaiveDate) -> String {
    match (today - day).num_days() {
        0 => "Today".to_owned(),
        1 => "Yesterday".to_owned(),
        -1 => "Tomorrow".to_owned(),
        _ => day.format("%a %-d %b").to_string(),
    }
}

/// A moment (unix ms) relative to now.
pub fn moment(ms: i64) -> String {
    let Some(then) = Local.timestamp_millis_opt(ms).single() else { return String::new() };
    let now = Local::now();
    let days = (now.date_naive() - then.date_naive()).num_days();
    match days {
        0 => format!("today at {}", then.format("%H:%M")),
        1 => format!("yesterday at {}", then.format("%H:%M")),
        2..=6 => format!("{days} days ago"),
        _ => then.format("%-d %b %Y").to_string(),
    }
}

/// What a kind of entry is called in a list.
pub fn kind(kind: attune_core::EntryKind) -> &'static str {
    use attune_core::EntryKind;
    match kind {
        EntryKind::CheckIn => "Check-in",
        EntryKind::Answer => "Answer",
        EntryKind::Reflection => "Reflection",
        EntryKind::SelfCheck => "Self-check",
        EntryKind::Commitment => "Commitment",
        EntryKind::CommitmentLog => "Commitment kept or not",
        EntryKind::Profile => "Your name and step",
        EntryKind::Pact => "Your side of the pause pact",
        EntryKind::RepairNote => "Repair note",
        EntryKind::OwnQuestion => "A question of your own",
    }
}

pub fn plural(n: impl Into<u64>, one: &str, many: &str) -> String {
    let n = n.into();
    if n == 1 { format!("1 {one}") } else { format!("{n} {many}") }
}

/// A day of the week, in full: "Sunday".
pub fn weekday(day: chrono::Weekday) -> &'static str {
    use chrono::Weekday;
    match day {
        Weekday::Mon => "Monday",
        Weekday::Tue => "Tuesday",
        Weekday::Wed => "Wednesday",
        Weekday::Thu => "Thursday",
        Weekday::Fri => "Friday",
        Weekday::Sat => "Saturday",
        Weekday::Sun => "Sunday",
    }
}

/// A length of time in minutes, as said: "20 minutes", "1 hour", "1 hour 30 minutes".
pub fn duration_minutes(minutes: u32) -> String {
    let (hours, rest) = (minutes / 60, minutes % 60);
    match (hours, rest) {
        (0, m) => plural(m, "minute", "minutes"),
        (h, 0) => plural(h, "hour", "hours"),
        (h, m) => format!("{} {}", plural(h, "hour", "hours"), plural(m, "minute", "minutes")),
    }
}

/// A time of day (unix ms) to the minute: "21:40".
pub fn clock_minutes(ms: i64) -> String {
    Local.timestamp_millis_opt(ms).single().map(|t| t.format("%H:%M").to_string()).unwrap_or_default()
}

/// A time of day (unix ms) to the second, for waits: "14:05:30".
pub fn clock_time(ms: i64) -> String {
    Local.timestamp_millis_opt(ms).single().map(|t| t.format("%H:%M:%S").to_string()).unwrap_or_default()
}

/// What to call my partner when no name is known, mid-sentence ("Open your partner's update").
pub const PARTNER_FALLBACK: &str = "your partner";

/// My partner's name, or the fallback, mid-sentence.
pub fn partner(name: Option<&str>) -> String {
    name.map_or_else(|| PARTNER_FALLBACK.to_owned(), str::to_owned)
}

/// My partner's name, or the fallback, at the start of a sentence or a label.
pub fn partner_capitalised(name: Option<&str>) -> String {
    let name = partner(name);
    let mut chars = name.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}
