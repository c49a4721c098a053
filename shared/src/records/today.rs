//! The home screen: today's check-in (or its summary), my step, the question of the day, my
//! partner's latest shared check-in, gentle consistency, and a nudge to swap updates.

use chrono::{Duration, NaiveDate};

use crate::Store;
use crate::clock::days_between;
use crate::error::Result;
use crate::ids::PersonId;
use crate::records::checkin::check_in_on;
use crate::records::entry::{CheckIn, EntryBody, EntryKind, Markers, Step};
use crate::records::question::QuestionView;
use crate::storage::rows;

/// After this many days without a new update from my partner, Today suggests swapping.
pub const EXCHANGE_NUDGE_DAYS: i64 = 3;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckInSummary {
    pub day: NaiveDate,
    pub connection: u8,
    pub markers: Markers,
    pub appreciation: Option<String>,
    pub need: Option<String>,
    pub good_news: Option<String>,
    pub shared: bool,
}

impl CheckInSummary {
    pub(crate) fn from_check_in(c: CheckIn, shared: bool) -> Self {
        Self {
            day: c.day,
            connection: c.connection,
            markers: c.markers,
            appreciation: c.appreciation,
            need: c.need,
            good_news: c.good_news,
            shared,
        }
    }
}

/// "Showed up N of the last 7 days": days with a check-in, never a streak that breaks. Quiet
/// days are not counted as missed: they leave the days that count.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Consistency {
    pub last_7: u32,
    pub last_30: u32,
    /// Quiet days without a check-in among the last 7.
    pub quiet_7: u32,
    pub message: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TodayView {
    pub day: NaiveDate,
    pub my_name: String,
    pub partner_name: Option<String>,
    pub check_in: Option<CheckInSummary>,
    pub step: Step,
    pub step_title: String,
    pub days_in_step: i64,
    pub question: QuestionView,
    pub partner_check_in: Option<CheckInSummary>,
    pub consistency: Consistency,
    pub exchange_nudge: Option<String>,
    pub paired: bool,
    /// Today is a quiet day (see `records::quiet_day`).
    pub quiet: bool,
    /// The pause I am on, if any (see `records::pause`).
    pub pause: Option<crate::PauseView>,
    /// Today is the day we chose for our State of us (see `records::state_of_us`).
    pub state_of_us_today: bool,
}

impl Store {
    pub fn today(&self) -> Result<TodayView> {
        let day = self.today_date();
        let profile = self.my_profile()?;
        let partner_check_in = match self.partner_id()? {
            Some(p) => self.latest_check_in(p)?,
            None => None,
        };
        Ok(TodayView {
            day,
            my_name: profile.name,
            partner_name: self.partner_name()?,
            check_in: check_in_on(&self.conn, self.me, day)?
                .map(|(_, shared, c)| CheckInSummary::from_check_in(c, shared)),
            step: profile.step,
            step_title: self.program.step(profile.step).title.clone(),
            days_in_step: days_between(profile.step_since, day),
            question: self.question_on(day)?,
            partner_check_in,
            consistency: self.consistency(self.me, day)?,
            exchange_nudge: self.exchange_nudge(day)?,
            paired: self.couple_code()?.is_some(),
            quiet: self.quiet_days()?.contains(&day),
            pause: self.pause()?,
            state_of_us_today: self.is_state_of_us_day(day)?,
        })
    }

    pub(crate) fn latest_check_in(&self, person: PersonId) -> Result<Option<CheckInSummary>> {
        Ok(rows::latest_of(&self.conn, person, EntryKind::CheckIn)?.and_then(|e| match e.body {
            Some(EntryBody::CheckIn(c)) => Some(CheckInSummary::from_check_in(c, e.shared)),
            _ => None,
        }))
    }

    pub(crate) fn consistency(&self, person: PersonId, today: NaiveDate) -> Result<Consistency> {
        let days = rows::days_with(&self.conn, person, EntryKind::CheckIn, today - Duration::days(29), today)?;
        let last_30 = u32::try_from(days.len()).unwrap_or(u32::MAX);
        let week_start = today - Duration::days(6);
        let last_7 = u32::try_from(days.iter().filter(|d| **d >= week_start).count()).unwrap_or(7);
        let quiet_7 = if person == self.me {
            let quiet = self.quiet_days()?;
            u32::try_from(quiet.range(week_start..=today).filter(|d| !days.contains(d)).count()).unwrap_or(0)
        } else {
            0
        };
        let counted = 7 - quiet_7.min(7);
        let message = match (last_7, quiet_7) {
            (_, 7) => "A quiet week. Attune is here whenever you want it.".to_owned(),
            (0, 1) => "A quiet day. Attune is here whenever you want it.".to_owned(),
            (0, q) if q > 1 => "Quiet days this week. Attune is here whenever you want it.".to_owned(),
            (0, _) if last_30 == 0 => "Today is a good day to start.".to_owned(),
            (0, _) => format!("Welcome back. You showed up {last_30} of the last 30 days."),
            (7, _) => "You showed up every day this week.".to_owned(),
            (n, 0) => format!("You showed up {n} of the last 7 days."),
            (n, q) if n == counted => {
                format!("You showed up every day this week, besides {} you kept quiet.", plural_days(q))
            }
            (n, q) => {
                format!("You showed up {n} of {counted} days this week, besides {} you kept quiet.", plural_days(q))
            }
        };
        Ok(Consistency { last_7, last_30, quiet_7, message })
    }

    fn exchange_nudge(&self, today: NaiveDate) -> Result<Option<String>> {
        let partner = self.partner_label()?;
        if self.couple_code()?.is_none() {
            return Ok(Some(format!("Pair with {partner} to see what they share.")));
        }
        let last = self.last_received_day()?;
        Ok(match last {
            None => Some(format!("No update from {partner} yet. Swap updates when you're together.")),
            Some(d) if days_between(d, today) > EXCHANGE_NUDGE_DAYS => {
                Some(format!("{partner}'s latest update is {} days old. Time to swap updates?", days_between(d, today)))
            }
            Some(_) => None,
        })
    }
}

fn plural_days(n: u32) -> String {
    if n == 1 { "the day".to_owned() } else { format!("the {n} days") }
}
