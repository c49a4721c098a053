//! Dates, times, lengths of time and numbers in the couple's language. The names of days and
//! months and the order of a date's parts are messages of the catalogue (`date-*`, `weekday`,
//! `month`), so a new language brings its own without code.

use chrono::{Datelike, NaiveDate, Weekday};

use super::{Arg, Locale, Words};

/// How a date relates to today, for "Today", "Yesterday", "Tomorrow".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DayWord {
    Today,
    Yesterday,
    Tomorrow,
}

/// Dates in one locale.
pub struct Dates<'w> {
    words: &'w Words,
}

fn weekday_id(day: Weekday) -> &'static str {
    match day {
        Weekday::Mon => "mon",
        Weekday::Tue => "tue",
        Weekday::Wed => "wed",
        Weekday::Thu => "thu",
        Weekday::Fri => "fri",
        Weekday::Sat => "sat",
        Weekday::Sun => "sun",
    }
}

impl<'w> Dates<'w> {
    pub(crate) fn new(words: &'w Words) -> Self {
        Dates { words }
    }

    /// A day of the week, in full: "Sunday", "domingo".
    pub fn weekday(&self, day: Weekday) -> String {
        self.words.text("weekday", &[("day", weekday_id(day).into())])
    }

    fn weekday_short(&self, day: Weekday) -> String {
        self.words.text("weekday-short", &[("day", weekday_id(day).into())])
    }

    fn month(&self, date: NaiveDate) -> String {
        self.words.text("month", &[("month", date.month().into())])
    }

    fn month_short(&self, date: NaiveDate) -> String {
        self.words.text("month-short", &[("month", date.month().into())])
    }

    fn parts(&self, id: &str, date: NaiveDate) -> String {
        let args: [(&str, Arg<'_>); 6] = [
            ("weekday", self.weekday(date.weekday()).into()),
            ("wd", self.weekday_short(date.weekday()).into()),
            ("day", date.day().to_string().into()),
            ("month", self.month(date).into()),
            ("mon", self.month_short(date).into()),
            ("year", date.year().to_string().into()),
        ];
        self.words.text(id, &args)
    }

    /// "Friday 20 November".
    pub fn long(&self, date: NaiveDate) -> String {
        self.parts("date-long", date)
    }

    /// "Friday 20 November 2026".
    pub fn long_with_year(&self, date: NaiveDate) -> String {
        self.parts("date-long-year", date)
    }

    /// "20 November 2026".
    pub fn day_month_year(&self, date: NaiveDate) -> String {
        self.parts("date-day-month-year", date)
    }

    /// "20 November".
    pub fn day_month(&self, date: NaiveDate) -> String {
        self.parts("date-day-month", date)
    }

    /// "20 Nov".
    pub fn short(&self, date: NaiveDate) -> String {
        self.parts("date-short", date)
    }

    /// "20 Nov 2026".
    pub fn short_with_year(&self, date: NaiveDate) -> String {
        self.parts("date-short-year", date)
    }

    /// "Fri 20 Nov".
    pub fn short_with_weekday(&self, date: NaiveDate) -> String {
        self.parts("date-short-weekday", date)
    }

    /// "Today", "Yesterday", "Tomorrow", else "Fri 20 Nov".
    pub fn relative(&self, date: NaiveDate, today: NaiveDate) -> String {
        let word = match (today - date).num_days() {
            0 => DayWord::Today,
            1 => DayWord::Yesterday,
            -1 => DayWord::Tomorrow,
            _ => return self.short_with_weekday(date),
        };
        self.day_word(word)
    }

    pub fn day_word(&self, word: DayWord) -> String {
        let id = match word {
            DayWord::Today => "today",
            DayWord::Yesterday => "yesterday",
            DayWord::Tomorrow => "tomorrow",
        };
        self.words.text("day-word", &[("day", id.into())])
    }

    /// A length of time: "20 minutes", "1 hour 30 minutes".
    pub fn minutes(&self, minutes: u32) -> String {
        self.words.text("duration", &[("hours", (minutes / 60).into()), ("minutes", (minutes % 60).into())])
    }

    /// A number with `decimals` places, with this language's decimal mark: "3.5", "3,5".
    pub fn number(&self, value: f64, decimals: usize) -> String {
        let text = format!("{value:.decimals$}");
        match self.words.locale() {
            Locale::Spanish => text.replace('.', ","),
            Locale::English | Locale::Pseudo => text,
        }
    }
}
