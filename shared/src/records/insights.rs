//! Insights: connection and the five markers day by day for both partners over 30 or 90 days,
//! a consistency calendar, commitments kept, and how the pattern self-check changed.

use chrono::{Duration, NaiveDate};

use crate::Store;
use crate::error::Result;
use crate::ids::PersonId;
use crate::records::entry::{CheckIn, CheckKind, EntryBody, EntryKind};
use crate::records::self_check::{self, SelfCheckComparison};
use crate::storage::rows;

/// One line of a chart: a value (1–5) per day for me and for my partner, `None` where that
/// person did not check in (or did not share it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Series {
    pub label: String,
    pub me: Vec<Option<u8>>,
    pub partner: Vec<Option<u8>>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CalendarDay {
    pub day: NaiveDate,
    pub me: bool,
    pub partner: bool,
    /// A quiet day of mine without a check-in: not a missed day.
    pub quiet: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CommitmentKept {
    pub action: String,
    pub quality_name: String,
    pub active: bool,
    pub kept_days: u32,
    pub logged_days: u32,
}

/// One take of the pattern self-check, as a point on a chart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SelfCheckChange {
    pub day: NaiveDate,
    pub total: u32,
    pub out_of: u32,
}

#[derive(Clone, Debug, PartialEq)]
pub struct InsightsView {
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// The days of the range, oldest first; every series has one value per day.
    pub days: Vec<NaiveDate>,
    pub partner_name: Option<String>,
    pub connection: Series,
    pub markers: Vec<Series>,
    pub calendar: Vec<CalendarDay>,
    pub commitments: Vec<CommitmentKept>,
    pub self_checks: Vec<SelfCheckChange>,
    pub self_check_comparison: Option<SelfCheckComparison>,
    /// Repair notes written over the range, shown beside the Repair marker.
    pub repair_notes: RepairNotes,
    /// Average connection over the range, for the headline.
    pub my_average_connection: Option<f32>,
    pub partner_average_connection: Option<f32>,
}

/// How many repair notes each of us wrote over the range (my partner's: those they shared).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RepairNotes {
    pub me: u32,
    pub partner: u32,
}

/// How many of the latest pattern self-check takes Insights charts.
pub const INSIGHTS_SELF_CHECKS: usize = 12;

fn check_ins(store: &Store, person: PersonId, from: NaiveDate, to: NaiveDate) -> Result<Vec<CheckIn>> {
    Ok(rows::entries_between(&store.conn, person, EntryKind::CheckIn, from, to)?
        .into_iter()
        .filter_map(|e| match e.body {
            Some(EntryBody::CheckIn(c)) => Some(c),
            _ => None,
        })
        .collect())
}

fn per_day(days: &[NaiveDate], check_ins: &[CheckIn], value: impl Fn(&CheckIn) -> u8) -> Vec<Option<u8>> {
    days.iter().map(|d| check_ins.iter().rev().find(|c| c.day == *d).map(&value)).collect()
}

#[allow(clippy::cast_precision_loss)] // at most 90 values of 1–5
fn average(values: &[Option<u8>]) -> Option<f32> {
    let present: Vec<f32> = values.iter().flatten().map(|v| f32::from(*v)).collect();
    (!present.is_empty()).then(|| present.iter().sum::<f32>() / present.len() as f32)
}

impl Store {
    /// Insights over the last `days` days (30 or 90 on screen), today included.
    pub fn insights(&self, days: u32) -> Result<InsightsView> {
        let to = self.today_date();
        let from = to - Duration::days(i64::from(days.max(1)) - 1);
        let range: Vec<NaiveDate> = from.iter_days().take_while(|d| *d <= to).collect();
        let partner = self.partner_id()?;
        let mine = check_ins(self, self.me, from, to)?;
        let theirs = match partner {
            Some(p) => check_ins(self, p, from, to)?,
            None => Vec::new(),
        };
        let series = |label: &str, value: &dyn Fn(&CheckIn) -> u8| Series {
            label: label.to_owned(),
            me: per_day(&range, &mine, value),
            partner: per_day(&range, &theirs, value),
        };
        let connection = series("Connection", &|c| c.connection);
        let markers = self
            .program
            .markers
            .iter()
            .map(|m| series(&m.label, &move |c: &CheckIn| c.markers.get(&m.id).unwrap_or(0)))
            .collect();
        let quiet_days = self.quiet_days()?;
        let calendar = range
            .iter()
            .map(|d| {
                let me = mine.iter().any(|c| c.day == *d);
                CalendarDay {
                    day: *d,
                    me,
                    partner: theirs.iter().any(|c| c.day == *d),
                    quiet: !me && quiet_days.contains(d),
                }
            })
            .collect();
        // Commitments that were live during the range.
        let commitments = self
            .commitments_of(self.me, |c| c.active || c.since >= from, usize::MAX)?
            .into_iter()
            .map(|c| CommitmentKept {
                action: c.action,
                quality_name: c.quality_name,
                active: c.active,
                kept_days: c.kept_days,
                logged_days: c.logged_days,
            })
            .collect();
        let takes = self.recent_self_checks(self.me, CheckKind::Patterns, INSIGHTS_SELF_CHECKS)?;
        let out_of = u32::try_from(self.program.patterns.len() * 2).unwrap_or(u32::MAX);
        Ok(InsightsView {
            from,
            to,
            my_average_connection: average(&connection.me),
            partner_average_connection: average(&connection.partner),
            days: range,
            partner_name: self.partner_name()?,
            connection,
            markers,
            calendar,
            commitments,
            self_checks: takes.iter().map(|t| SelfCheckChange { day: t.day, total: t.total, out_of }).collect(),
            self_check_comparison: self_check::compare(self, &takes, CheckKind::Patterns),
            repair_notes: RepairNotes {
                me: self.repair_notes_between(self.me, from, to)?,
                partner: match partner {
                    Some(p) => self.repair_notes_between(p, from, to)?,
                    None => 0,
                },
            },
        })
    }
}
