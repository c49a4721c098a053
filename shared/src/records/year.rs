//! The year in review: twelve months of us on one page, to keep, print or bring to a
//! therapist. Built on the phone from Insights over 365 days (every line's averages, and how
//! each of us moved from the first three months to the last), the pattern self-check's first
//! and last take, commitments, repair notes, and our own highlights: the best days, with what
//! we appreciated on them. Nothing leaves the phone; printing is the platform's.

use chrono::{Duration, NaiveDate};

use crate::Store;
use crate::entry::CheckKind;
use crate::error::Result;
use crate::records::insights::{CommitmentKept, RepairNotes, SelfCheckChange, average, check_ins};
use crate::records::state_of_us::{Said, Who};

/// Days in the year reviewed, today included.
pub const YEAR_DAYS: u32 = 365;
/// The stretch at each end of the year compared: about three months.
pub const QUARTER_DAYS: usize = 90;
/// How many best days the review keeps.
pub const HIGHLIGHTS: usize = 3;

/// One line (connection or a marker) over the year, for each of us.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct LineOfTheYear {
    pub id: String,
    pub label: String,
    pub my_average: Option<f32>,
    pub partner_average: Option<f32>,
    /// My average over the first and the last three months: how it moved.
    pub my_start: Option<f32>,
    pub my_end: Option<f32>,
    pub partner_start: Option<f32>,
    pub partner_end: Option<f32>,
}

/// One of the year's best days, by every rating either of us gave it, with what we
/// appreciated that day.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Highlight {
    pub day: NaiveDate,
    pub average: f32,
    pub appreciations: Vec<Said>,
}

/// The year, filled in.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct YearInReview {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub my_name: String,
    pub partner_name: Option<String>,
    pub my_check_ins: u32,
    pub partner_check_ins: u32,
    pub both_days: u32,
    /// The connection rating first, then the five markers.
    pub lines: Vec<LineOfTheYear>,
    /// The pattern self-check's first and last take of the year.
    pub self_check_first: Option<SelfCheckChange>,
    pub self_check_last: Option<SelfCheckChange>,
    pub commitments: Vec<CommitmentKept>,
    pub repair_notes: RepairNotes,
    pub highlights: Vec<Highlight>,
}

impl Store {
    /// The last 365 days, today included, for the year in review.
    pub fn year_in_review(&self) -> Result<YearInReview> {
        let insights = self.insights(YEAR_DAYS)?;
        let (from, to) = (insights.from, insights.to);
        let count = |v: &[Option<u8>]| u32::try_from(v.iter().flatten().count()).unwrap_or(u32::MAX);
        let c = &insights.connection;
        let both_days = c.me.iter().zip(&c.partner).filter(|(a, b)| a.is_some() && b.is_some()).count();
        let ends = |v: &[Option<u8>]| {
            let start = &v[..QUARTER_DAYS.min(v.len())];
            let end = &v[v.len().saturating_sub(QUARTER_DAYS)..];
            (average(start), average(end))
        };
        let lines = std::iter::once(&insights.connection)
            .chain(insights.markers.iter())
            .map(|s| {
                let ((my_start, my_end), (partner_start, partner_end)) = (ends(&s.me), ends(&s.partner));
                LineOfTheYear {
                    id: s.id.clone(),
                    label: s.label.clone(),
                    my_average: average(&s.me),
                    partner_average: average(&s.partner),
                    my_start,
                    my_end,
                    partner_start,
                    partner_end,
                }
            })
            .collect();
        // Every take of the year, oldest first (Insights keeps only the latest few).
        let out_of = u32::try_from(self.program().patterns.len() * 2).unwrap_or(u32::MAX);
        let in_year: Vec<SelfCheckChange> = self
            .my_self_checks(CheckKind::Patterns)?
            .into_iter()
            .filter(|t| t.day >= from)
            .map(|t| SelfCheckChange { day: t.day, total: t.total, out_of })
            .collect();
        Ok(YearInReview {
            from,
            to,
            my_name: self.my_name()?,
            partner_name: insights.partner_name.clone(),
            my_check_ins: count(&c.me),
            partner_check_ins: count(&c.partner),
            both_days: u32::try_from(both_days).unwrap_or(u32::MAX),
            lines,
            self_check_first: in_year.first().copied(),
            self_check_last: in_year.last().copied().filter(|_| in_year.len() > 1),
            commitments: insights.commitments.clone(),
            repair_notes: insights.repair_notes,
            highlights: self.highlights(from, to)?,
        })
    }

    /// The year's best days by the average of every rating either of us gave, best first
    /// (the later of equals first), with the appreciations written on them.
    fn highlights(&self, from: NaiveDate, to: NaiveDate) -> Result<Vec<Highlight>> {
        let partner = self.partner_id()?;
        let mine = check_ins(self, self.me, from, to)?;
        let theirs = match partner {
            Some(p) => check_ins(self, p, from, to)?,
            None => Vec::new(),
        };
        let mut days: Vec<Highlight> = Vec::new();
        let mut day = from;
        while day <= to {
            let that_day: Vec<(Who, &crate::entry::CheckIn)> = mine
                .iter()
                .filter(|c| c.day == day)
                .map(|c| (Who::Me, c))
                .chain(theirs.iter().filter(|c| c.day == day).map(|c| (Who::Partner, c)))
                .collect();
            if !that_day.is_empty() {
                let ratings: Vec<Option<u8>> = that_day
                    .iter()
                    .flat_map(|(_, c)| std::iter::once(c.connection).chain(c.markers.as_array()))
                    .map(Some)
                    .collect();
                let appreciations = that_day
                    .iter()
                    .filter_map(|(who, c)| c.appreciation.clone().map(|text| Said { who: *who, day, text }))
                    .collect();
                days.push(Highlight { day, average: average(&ratings).unwrap_or(0.0), appreciations });
            }
            day += Duration::days(1);
        }
        days.sort_by(|a, b| b.average.total_cmp(&a.average).then(b.day.cmp(&a.day)));
        days.truncate(HIGHLIGHTS);
        Ok(days)
    }
}
