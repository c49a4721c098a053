//! The home screen: today's check-in (or its summary), my step, the question of the day, my
//! partner's latest shared check-in, gentle consistency, and a nudge to swap updates.

use chrono::{Duration, NaiveDate};

use crate::Store;
use crate::clock::days_between;
use crate::entry::{CheckIn, EntryBody, EntryKind, Markers, Step};
use crate::error::Result;
use crate::ids::PersonId;
use crate::records::checkin::check_in_on;
use crate::records::question::QuestionView;
use crate::storage::rows;

/// After this many days without a new update from my partner, Today suggests swapping.
pub const EXCHANGE_NUDGE_DAYS: i64 = 3;

#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
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
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Consistency {
    pub last_7: u32,
    pub last_30: u32,
    /// Quiet days without a check-in among the last 7.
    pub quiet_7: u32,
}

/// Why Today nudges me toward the exchange.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum Nudge {
    /// Not paired yet.
    Pair,
    /// Paired, and no update from my partner yet.
    NoUpdateYet,
    /// My partner's latest update is this many days old.
    UpdateOld { days: i64 },
}

#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
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
    pub exchange_nudge: Option<Nudge>,
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
            check_in: check_in_on(self.rows(), self.me, day)?
                .map(|(_, shared, c)| CheckInSummary::from_check_in(c, shared)),
            step: profile.step,
            step_title: self.program().step(profile.step).title.clone(),
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
        Ok(rows::latest_of(self.rows(), person, EntryKind::CheckIn)?.and_then(|e| match e.body {
            Some(EntryBody::CheckIn(c)) => Some(CheckInSummary::from_check_in(c, e.shared)),
            _ => None,
        }))
    }

    pub(crate) fn consistency(&self, person: PersonId, today: NaiveDate) -> Result<Consistency> {
        let days = rows::days_with(self.rows(), person, EntryKind::CheckIn, today - Duration::days(29), today)?;
        let last_30 = u32::try_from(days.len()).unwrap_or(u32::MAX);
        let week_start = today - Duration::days(6);
        let last_7 = u32::try_from(days.iter().filter(|d| **d >= week_start).count()).unwrap_or(7);
        let quiet_7 = if person == self.me {
            let quiet = self.quiet_days()?;
            u32::try_from(quiet.range(week_start..=today).filter(|d| !days.contains(d)).count()).unwrap_or(0)
        } else {
            0
        };
        Ok(Consistency { last_7, last_30, quiet_7 })
    }

    fn exchange_nudge(&self, today: NaiveDate) -> Result<Option<Nudge>> {
        if self.couple_code()?.is_none() {
            return Ok(Some(Nudge::Pair));
        }
        let last = self.last_received_day()?;
        Ok(match last {
            None => Some(Nudge::NoUpdateYet),
            Some(d) if days_between(d, today) > EXCHANGE_NUDGE_DAYS => {
                Some(Nudge::UpdateOld { days: days_between(d, today) })
            }
            Some(_) => None,
        })
    }
}
