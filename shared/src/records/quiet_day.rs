//! Quiet days: a day I choose not to check in, for reasons of my own. A quiet day is private (a
//! setting on this phone and in my backup, never in an update, so my partner sees only a day
//! without a check-in, as on any day) and is never counted as missed: the consistency line,
//! the calendar and the together grid leave it out, and no reminder asks for a check-in on it.

use std::collections::BTreeSet;

use chrono::{Duration, NaiveDate};

use crate::Store;
use crate::error::Result;
use crate::storage::rows;
use crate::storage::setting::Setting;

/// How far back quiet days are kept: older ones no longer show anywhere.
const KEPT_DAYS: i64 = 400;

impl Store {
    /// The quiet days I took (the last `KEPT_DAYS`).
    pub(crate) fn quiet_days(&self) -> Result<BTreeSet<NaiveDate>> {
        Ok(rows::setting(self.rows(), Setting::QuietDays)?.unwrap_or_default())
    }

    /// Makes today a quiet day.
    pub fn take_quiet_day(&mut self) -> Result<()> {
        let today = self.today_date();
        let mut days = self.quiet_days()?;
        days.insert(today);
        days.retain(|d| *d > today - Duration::days(KEPT_DAYS));
        self.write(|w| w.set(Setting::QuietDays, &days))
    }

    /// Today is an ordinary day again (the quiet day taken back).
    pub fn end_quiet_day(&mut self) -> Result<()> {
        let today = self.today_date();
        let mut days = self.quiet_days()?;
        if !days.remove(&today) {
            return Ok(());
        }
        self.write(|w| w.set(Setting::QuietDays, &days))
    }
}
