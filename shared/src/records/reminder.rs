//! What the daily reminder says and on which days: the phone schedules local notifications
//! from this plan (no network, nothing leaves the phone). Each day's text is that day's
//! question, so the reminder is an invitation rather than a nag; a day I have already checked
//! in on stays quiet.

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, Days, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::error::Error;
use crate::records::checkin::check_in_on;
use crate::storage::rows;
use crate::{Result, Setting, Store};

/// How many days ahead a plan covers. The app renews it every time it opens; iOS allows 64
/// pending notifications, so a month stays well inside.
pub const PLAN_DAYS: u32 = 30;

/// What the phone should remind me of: the daily reminder (when, and what it says on each
/// coming day) and the time to come back from a pause.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ReminderPlan {
    /// `None`: no daily reminder chosen (and `days` is empty).
    pub time: Option<ReminderTime>,
    /// From today on, one per day.
    pub days: Vec<ReminderDay>,
    /// The pause I am on, while its time to come back is ahead.
    pub come_back: Option<ComeBack>,
    /// Shown when the plan has run out (the app not opened for a month).
    pub fallback: String,
}

/// One notification at the time I said I would come back from a pause.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ComeBack {
    /// Unix ms.
    pub at_ms: i64,
    pub text: String,
}

/// One day of the plan.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ReminderDay {
    pub day: NaiveDate,
    /// `None` where the day needs no reminder (already checked in).
    pub text: Option<String>,
}

/// The daily reminder's local time of day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ReminderTime {
    pub hour: u8,
    pub minute: u8,
}

impl ReminderTime {
    pub fn new(hour: u8, minute: u8) -> Result<Self> {
        if hour < 24 && minute < 60 { Ok(Self { hour, minute }) } else { Err(Error::BadReminderTime) }
    }
}

impl fmt::Display for ReminderTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.hour, self.minute)
    }
}

impl FromStr for ReminderTime {
    type Err = Error;
    /// Reads `HH:MM`, as a time input gives it.
    fn from_str(s: &str) -> Result<Self> {
        let bad = || Error::BadReminderTime;
        let (h, m) = s.trim().split_once(':').ok_or_else(bad)?;
        ReminderTime::new(h.parse().map_err(|_| bad())?, m.parse().map_err(|_| bad())?)
    }
}

impl Store {
    /// The reminder plan for the next `days` days from today, or `None` when there is nothing
    /// to remind me of (no daily reminder chosen, no pause to come back from).
    pub fn reminder_plan(&self, days: u32) -> Result<Option<ReminderPlan>> {
        let come_back =
            self.pause_back_ms()?.map(|at_ms| ComeBack { at_ms, text: self.words().text("reminder-come-back", &[]) });
        let time = rows::setting::<ReminderTime>(self.rows(), Setting::Reminder)?;
        if time.is_none() && come_back.is_none() {
            return Ok(None);
        }
        let days = if time.is_some() { self.reminder_days(days)? } else { Vec::new() };
        let fallback = self.words().text("reminder-fallback", &[]);
        Ok(Some(ReminderPlan { time, days, come_back, fallback }))
    }

    fn reminder_days(&self, days: u32) -> Result<Vec<ReminderDay>> {
        let today = self.today_date();
        let quiet_days = self.quiet_days()?;
        let own = self.own_schedule()?;
        let state_of_us = self.state_of_us_day()?;
        let mut plan = Vec::new();
        for offset in 0..days {
            let Some(day) = today.checked_add_days(Days::new(offset.into())) else { break };
            // No reminder for a day taken as a quiet day; on our State of us day, an
            // invitation to it (even once checked in); otherwise none once checked in.
            let text = if quiet_days.contains(&day) {
                None
            } else if state_of_us == Some(day.weekday()) {
                Some(self.words().text("reminder-state-of-us", &[]))
            } else if day == today && check_in_on(self.rows(), self.me, day)?.is_some() {
                None
            } else {
                Some(reminder_text(self.words(), &self.asked_with(&own, day).text))
            };
            plan.push(ReminderDay { day, text });
        }
        Ok(plan)
    }
}

/// The notification's text for a day with `question`, in the couple's language.
pub fn reminder_text(words: &crate::Words, question: &str) -> String {
    words.text("reminder-question", &[("question", question.into())])
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::{CheckInDraft, ManualClock, Markers, SettingsChange};

    #[test]
    fn the_plan_follows_the_setting_the_questions_and_todays_check_in() {
        let day = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
        let mut store = Store::open_in_memory(Arc::new(ManualClock::at_morning_of(day))).unwrap();
        store.set_up("Alex", None, None).unwrap();
        assert_eq!(store.reminder_plan(PLAN_DAYS).unwrap(), None, "no reminder chosen, no plan");

        let time = ReminderTime::new(20, 30).unwrap();
        store.change_setting(SettingsChange::Reminder(Some(time))).unwrap();
        let plan = store.reminder_plan(PLAN_DAYS).unwrap().unwrap();
        assert_eq!(plan.time, Some(time));
        assert_eq!(plan.come_back, None, "no pause, nothing to come back from");
        assert_eq!(plan.days.len(), 30);
        assert_eq!(plan.days[0].day, day);
        assert_eq!(plan.days[29].day, NaiveDate::from_ymd_opt(2026, 12, 27).unwrap());
        for ReminderDay { day: d, text } in &plan.days {
            let question = store.question_on(*d).unwrap().text;
            assert_eq!(text.as_deref(), Some(reminder_text(crate::Locale::English.words(), &question).as_str()));
        }

        store
            .save_check_in(CheckInDraft {
                connection: 4,
                markers: Markers { safe: 4, seen: 4, trust: 4, repair: 4, rely: 4 },
                appreciation: None,
                need: None,
                good_news: None,
                kept: vec![],
                answer: None,
                shared: false,
            })
            .unwrap();
        let plan = store.reminder_plan(PLAN_DAYS).unwrap().unwrap();
        assert_eq!(plan.days[0].text, None, "checked in today: today stays quiet");
        assert!(plan.days[1].text.is_some(), "tomorrow still gets its reminder");
    }
}
