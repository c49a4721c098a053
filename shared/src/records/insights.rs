//! Insights: connection and the five markers day by day for both partners over 30 or 90 days,
//! how steady each of us was and the days we felt very differently (`records::spread`), the
//! week in one line, a consistency calendar, commitments kept, repair notes, and how the
//! pattern self-check changed.

use chrono::{Duration, NaiveDate};

use crate::Store;
use crate::entry::{CheckIn, CheckKind, EntryBody, EntryKind};
use crate::error::Result;
use crate::ids::PersonId;
use crate::records::self_check::{self, SelfCheckComparison};
pub use crate::records::spread::Series;
use crate::records::spread::{self, GapDay, Steadiness};
use crate::storage::rows;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct CalendarDay {
    pub day: NaiveDate,
    pub me: bool,
    pub partner: bool,
    /// A quiet day of mine without a check-in: not a missed day.
    pub quiet: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct CommitmentKept {
    pub action: String,
    pub quality_name: String,
    pub active: bool,
    pub kept_days: u32,
    pub logged_days: u32,
}

/// One take of the pattern self-check, as a point on a chart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct SelfCheckChange {
    pub day: NaiveDate,
    pub total: u32,
    pub out_of: u32,
}

#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
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
    /// The connection rating, then each marker: how steady each of us was over the range.
    pub steadiness: Vec<Steadiness>,
    /// The days we both checked in and rated something two or more apart, newest first.
    pub gap_days: Vec<GapDay>,
    /// The last seven days, today included, in one line.
    pub week: WeekSummary,
    /// Repair notes written over the range, shown beside the Repair marker.
    pub repair_notes: RepairNotes,
    /// Average connection over the range, for the headline.
    pub my_average_connection: Option<f32>,
    pub partner_average_connection: Option<f32>,
}

/// The last seven days: how often we checked in, our average connection, the gap days.
#[derive(Clone, Copy, Debug, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct WeekSummary {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub my_check_ins: u32,
    pub partner_check_ins: u32,
    pub both_days: u32,
    pub my_average_connection: Option<f32>,
    pub partner_average_connection: Option<f32>,
    pub gap_days: u32,
}

/// How many repair notes each of us wrote over the range (my partner's: those they shared).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct RepairNotes {
    pub me: u32,
    pub partner: u32,
}

/// How many of the latest pattern self-check takes Insights charts.
pub const INSIGHTS_SELF_CHECKS: usize = 12;

pub(crate) fn check_ins(store: &Store, person: PersonId, from: NaiveDate, to: NaiveDate) -> Result<Vec<CheckIn>> {
    Ok(rows::entries_between(store.rows(), person, EntryKind::CheckIn, from, to)?
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
pub(crate) fn average(values: &[Option<u8>]) -> Option<f32> {
    let present: Vec<f32> = values.iter().flatten().map(|v| f32::from(*v)).collect();
    (!present.is_empty()).then(|| present.iter().sum::<f32>() / present.len() as f32)
}

/// The last seven days of `range` (which ends today) in one summary.
fn week_summary(range: &[NaiveDate], connection: &Series, gap_days: &[GapDay]) -> WeekSummary {
    let start = range.len().saturating_sub(7);
    let (me, partner) = (&connection.me[start..], &connection.partner[start..]);
    let count = |values: &[Option<u8>]| u32::try_from(values.iter().flatten().count()).unwrap_or(0);
    let from = range.get(start).copied().unwrap_or_default();
    let to = range.last().copied().unwrap_or_default();
    WeekSummary {
        from,
        to,
        my_check_ins: count(me),
        partner_check_ins: count(partner),
        both_days: u32::try_from(me.iter().zip(partner).filter(|(a, b)| a.is_some() && b.is_some()).count())
            .unwrap_or(0),
        my_average_connection: average(me),
        partner_average_connection: average(partner),
        gap_days: u32::try_from(gap_days.iter().filter(|g| g.day >= from).count()).unwrap_or(0),
    }
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
        let series = |id: &str, label: &str, value: &dyn Fn(&CheckIn) -> u8| Series {
            id: id.to_owned(),
            label: label.to_owned(),
            me: per_day(&range, &mine, value),
            partner: per_day(&range, &theirs, value),
        };
        let connection_label = self.words().text("connection", &[]);
        let connection = series("connection", &connection_label, &|c| c.connection);
        let markers = self
            .program()
            .markers
            .iter()
            .map(|m| series(&m.id, &m.label, &move |c: &CheckIn| c.markers.get(&m.id).unwrap_or(0)))
            .collect::<Vec<_>>();
        let lines: Vec<&Series> = std::iter::once(&connection).chain(markers.iter()).collect();
        let steadiness = spread::steadiness(&lines);
        let gap_days = spread::gap_days(&range, &lines);
        let week = week_summary(&range, &connection, &gap_days);
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
        let out_of = u32::try_from(self.program().patterns.len() * 2).unwrap_or(u32::MAX);
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
            steadiness,
            gap_days,
            week,
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
