//! The daily reminder as a calendar event (`.ics`, RFC 5545), for where Attune can't schedule a
//! notification itself (the web app, closed). The calendar then reminds every day at the chosen
//! local time, with an alarm. It says only a neutral title: a calendar may be synced by its own
//! provider, so it never carries the partner's name, a question or anything written.

use chrono::{NaiveTime, Utc};
use sha2::{Digest, Sha256};

use crate::records::reminder::ReminderTime;
use crate::storage::rows;
use crate::{Result, Setting, Store};

impl Store {
    /// The daily reminder as an `.ics` file's text, or `None` when no reminder time is chosen.
    /// Importing a newer one replaces the older event (the same UID, a higher SEQUENCE), so a
    /// changed time moves the event instead of adding a second one.
    pub fn reminder_calendar(&self) -> Result<Option<String>> {
        let Some(time) = rows::setting::<ReminderTime>(self.rows(), Setting::Reminder)? else { return Ok(None) };
        let now = self.clock.now();
        let start = self
            .today_date()
            .and_time(NaiveTime::from_hms_opt(time.hour.into(), time.minute.into(), 0).unwrap_or(NaiveTime::MIN));
        let stamp = chrono::DateTime::<Utc>::from_timestamp_millis(now.unix_ms).unwrap_or_default();
        // One event per person, the same in every file; not the person's id itself.
        let uid = crate::ids::hex(&Sha256::digest(format!("attune-daily-reminder:{}", self.me).as_bytes())[..16]);
        let title = escape(&self.words().text("calendar-title", &[]));
        let description = escape(&self.words().text("calendar-description", &[]));
        let lines = [
            "BEGIN:VCALENDAR".to_owned(),
            "VERSION:2.0".to_owned(),
            "PRODID:-//Attune//Daily reminder//EN".to_owned(),
            "CALSCALE:GREGORIAN".to_owned(),
            "METHOD:PUBLISH".to_owned(),
            "BEGIN:VEVENT".to_owned(),
            format!("UID:{uid}@attune.invalid"),
            // Minutes since 1970: each file made later replaces the one before.
            format!("SEQUENCE:{}", now.unix_ms.div_euclid(60_000)),
            format!("DTSTAMP:{}", stamp.format("%Y%m%dT%H%M%SZ")),
            // A floating local time: the same hour wherever the phone is.
            format!("DTSTART:{}", start.format("%Y%m%dT%H%M%S")),
            "DURATION:PT5M".to_owned(),
            "RRULE:FREQ=DAILY".to_owned(),
            format!("SUMMARY:{title}"),
            format!("DESCRIPTION:{description}"),
            "TRANSP:TRANSPARENT".to_owned(),
            "BEGIN:VALARM".to_owned(),
            "ACTION:DISPLAY".to_owned(),
            format!("DESCRIPTION:{title}"),
            "TRIGGER:PT0M".to_owned(),
            "END:VALARM".to_owned(),
            "END:VEVENT".to_owned(),
            "END:VCALENDAR".to_owned(),
        ];
        Ok(Some(lines.iter().map(|l| fold(l)).collect::<String>()))
    }
}

/// TEXT escaping (RFC 5545 3.3.11).
fn escape(text: &str) -> String {
    text.replace('\\', "\\\\").replace(';', "\\;").replace(',', "\\,").replace('\n', "\\n")
}

/// A content line folded at 75 octets, never inside a character, ended with CRLF (3.1).
fn fold(line: &str) -> String {
    let mut out = String::new();
    let mut used = 0;
    for c in line.chars() {
        if used + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += c.len_utf8();
    }
    out.push_str("\r\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_fold_at_75_octets_without_splitting_a_character() {
        let line = format!("SUMMARY:{}", "é".repeat(60));
        let folded = fold(&line);
        assert!(folded.split("\r\n").all(|l| l.len() <= 75), "{folded}");
        assert_eq!(folded.replace("\r\n ", "").trim_end(), line);
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape("a, b; c\\d"), "a\\, b\\; c\\\\d");
    }
}
