//! "State of us": the couple's weekly meeting, for both at once on one phone. The core fills
//! in the week from what both shared (appreciations, the best and the hardest day by the
//! markers, the needs voiced, the commitments kept); the agenda and its words are content
//! (`[state_of_us]` in `program.toml`). Its day of the week is a setting; on that day the
//! daily reminder invites to it. Nothing is saved by the meeting itself: what the couple
//! decides to try can become a commitment, through the usual commitment.

use std::collections::BTreeMap;

use chrono::{Datelike, Duration, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

use crate::Store;
use crate::entry::{CheckIn, EntryBody, EntryKind};
use crate::error::Result;
use crate::ids::{EntryId, PersonId};
use crate::storage::rows;
use crate::storage::setting::Setting;

/// How many days the week covers, today included.
pub const WEEK_DAYS: i64 = 7;

/// Who said or did something in the week.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum Who {
    Me,
    Partner,
}

/// Something one of us wrote in a check-in this week.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Said {
    pub who: Who,
    pub day: NaiveDate,
    pub text: String,
}

/// A day of the week and how it felt, from every rating either of us gave it (connection and
/// the five markers), 1–5.
#[derive(Clone, Copy, Debug, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct DayFelt {
    pub day: NaiveDate,
    pub average: f32,
}

/// A commitment and how often it was kept this week.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct KeptThisWeek {
    pub who: Who,
    pub action: String,
    pub kept_days: u32,
    pub logged_days: u32,
}

/// The week, filled in for the meeting.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct StateOfUsView {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub partner_name: Option<String>,
    /// Both of ours, oldest first.
    pub appreciations: Vec<Said>,
    pub best_day: Option<DayFelt>,
    /// `None` with fewer than two days rated, or when every day felt the same.
    pub hardest_day: Option<DayFelt>,
    pub needs: Vec<Said>,
    pub kept: Vec<KeptThisWeek>,
    /// The day of the week we hold it, if chosen.
    pub day: Option<Weekday>,
}

impl Store {
    /// The last seven days (today included), filled in for the State of us.
    pub fn state_of_us(&self) -> Result<StateOfUsView> {
        let to = self.today_date();
        let from = to - Duration::days(WEEK_DAYS - 1);
        let partner = self.partner_id()?;
        let people: Vec<(Who, PersonId)> =
            std::iter::once((Who::Me, self.me)).chain(partner.map(|p| (Who::Partner, p))).collect();
        let mut appreciations = Vec::new();
        let mut needs = Vec::new();
        let mut ratings: BTreeMap<NaiveDate, Vec<u8>> = BTreeMap::new();
        let mut kept = Vec::new();
        for (who, person) in &people {
            for e in rows::entries_between(self.rows(), *person, EntryKind::CheckIn, from, to)? {
                let Some(EntryBody::CheckIn(c)) = e.body else { continue };
                let CheckIn { day, connection, markers, appreciation, need, .. } = c;
                ratings.entry(day).or_default().extend(std::iter::once(connection).chain(markers.as_array()));
                appreciations.extend(appreciation.map(|text| Said { who: *who, day, text }));
                needs.extend(need.map(|text| Said { who: *who, day, text }));
            }
            kept.extend(self.kept_between(*who, *person, from, to)?);
        }
        appreciations.sort_by_key(|s| s.day);
        needs.sort_by_key(|s| s.day);
        #[allow(clippy::cast_precision_loss)] // at most twelve ratings of 1–5 a day
        let felt: Vec<DayFelt> = ratings
            .into_iter()
            .map(|(day, r)| DayFelt { day, average: r.iter().map(|v| f32::from(*v)).sum::<f32>() / r.len() as f32 })
            .collect();
        // The latest of equals: the freshest in mind.
        let best_day = felt.iter().copied().reduce(|a, b| if b.average >= a.average { b } else { a });
        let hardest_day = felt.iter().copied().reduce(|a, b| if b.average <= a.average { b } else { a });
        let hardest_day = hardest_day.filter(|h| felt.len() >= 2 && best_day.is_some_and(|b| b.average > h.average));
        Ok(StateOfUsView {
            from,
            to,
            partner_name: self.partner_name()?,
            appreciations,
            best_day,
            hardest_day,
            needs,
            kept,
            day: self.state_of_us_day()?,
        })
    }

    /// The commitments of `person` logged between two days, and how often kept.
    fn kept_between(&self, who: Who, person: PersonId, from: NaiveDate, to: NaiveDate) -> Result<Vec<KeptThisWeek>> {
        let mut logs: BTreeMap<EntryId, (u32, u32)> = BTreeMap::new();
        for e in rows::entries_between(self.rows(), person, EntryKind::CommitmentLog, from, to)? {
            let Some(EntryBody::CommitmentLog(l)) = e.body else { continue };
            let counts = logs.entry(l.commitment).or_default();
            counts.0 += u32::from(l.kept);
            counts.1 += 1;
        }
        let mut out = Vec::new();
        for (id, (kept_days, logged_days)) in logs {
            if let Some(EntryBody::Commitment(c)) = rows::get_entry(self.rows(), id)?.and_then(|e| e.body) {
                out.push(KeptThisWeek { who, action: c.action, kept_days, logged_days });
            }
        }
        Ok(out)
    }

    /// The day of the week we hold our State of us, if chosen.
    pub fn state_of_us_day(&self) -> Result<Option<Weekday>> {
        Ok(rows::setting::<u8>(self.rows(), Setting::StateOfUsDay)?.and_then(|d| Weekday::try_from(d).ok()))
    }

    /// Chooses the day of the week for our State of us (`None`: no day); through
    /// `SettingsChange::StateOfUsDay`.
    pub(crate) fn set_state_of_us_day(&mut self, day: Option<Weekday>) -> Result<()> {
        match day {
            Some(d) => self.write(|w| w.set(Setting::StateOfUsDay, &d.num_days_from_monday())),
            None => self.write(|w| w.unset(Setting::StateOfUsDay)),
        }
    }

    /// Whether `day` is our State of us day.
    pub(crate) fn is_state_of_us_day(&self, day: NaiveDate) -> Result<bool> {
        Ok(self.state_of_us_day()?.is_some_and(|d| d == day.weekday()))
    }
}
