//! What averages hide, computed from Insights' day-by-day series (`Series`, one line per
//! rating): how steady each partner's
//! ratings were (the spread around their mean, as a band), and the days the two rated very
//! differently ("gap days"). Pure functions over the series, so a test checks them against
//! values worked out by hand. A gap is never a score of who is right: the screen pairs it with
//! a question to talk about.

use chrono::NaiveDate;

/// One line of a chart: a value (1–5) per day for me and for my partner, `None` where that
/// person did not check in (or did not share it).
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Series {
    /// `connection`, or the marker's id.
    pub id: String,
    pub label: String,
    pub me: Vec<Option<u8>>,
    pub partner: Vec<Option<u8>>,
}

/// Fewer ratings than this make no band: one or two days say nothing about swings.
pub const MIN_STEADINESS_DAYS: usize = 3;
/// Two ratings this far apart (or further) on one line make a gap day.
pub const GAP: u8 = 2;

/// One person's ratings of one line over the range.
#[derive(Clone, Copy, Debug, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Spread {
    pub days: u32,
    pub mean: f32,
    /// The standard deviation of the ratings (population): 0 when every day was the same.
    pub spread: f32,
    /// The band drawn: one spread either side of the mean, within 1–5.
    pub low: f32,
    pub high: f32,
}

/// How steady each of us was on one line (connection or a marker).
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Steadiness {
    pub id: String,
    pub label: String,
    pub me: Option<Spread>,
    pub partner: Option<Spread>,
}

/// One line on which our ratings of a day were `GAP` or more apart.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Gap {
    pub id: String,
    pub label: String,
    pub me: u8,
    pub partner: u8,
}

/// A day we both checked in and felt very differently about something.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct GapDay {
    pub day: NaiveDate,
    pub gaps: Vec<Gap>,
}

/// The spread of some ratings, or `None` with fewer than `MIN_STEADINESS_DAYS`.
#[allow(clippy::cast_precision_loss)] // at most a few hundred ratings of 1–5
pub fn spread(values: &[Option<u8>]) -> Option<Spread> {
    let present: Vec<f32> = values.iter().flatten().map(|v| f32::from(*v)).collect();
    if present.len() < MIN_STEADINESS_DAYS {
        return None;
    }
    let n = present.len() as f32;
    let mean = present.iter().sum::<f32>() / n;
    let spread = (present.iter().map(|v| (v - mean).powi(2)).sum::<f32>() / n).sqrt();
    Some(Spread {
        days: u32::try_from(present.len()).unwrap_or(u32::MAX),
        mean,
        spread,
        low: (mean - spread).max(1.0),
        high: (mean + spread).min(5.0),
    })
}

/// Steadiness for every line, in the order given.
pub fn steadiness(lines: &[&Series]) -> Vec<Steadiness> {
    lines
        .iter()
        .map(|s| Steadiness {
            id: s.id.clone(),
            label: s.label.clone(),
            me: spread(&s.me),
            partner: spread(&s.partner),
        })
        .collect()
}

/// The days both rated and at least one line differs by `GAP` or more, newest first.
pub fn gap_days(days: &[NaiveDate], lines: &[&Series]) -> Vec<GapDay> {
    let mut found = Vec::new();
    for (i, day) in days.iter().enumerate().rev() {
        let gaps: Vec<Gap> = lines
            .iter()
            .filter_map(|s| match (s.me.get(i).copied().flatten(), s.partner.get(i).copied().flatten()) {
                (Some(me), Some(partner)) if me.abs_diff(partner) >= GAP => {
                    Some(Gap { id: s.id.clone(), label: s.label.clone(), me, partner })
                }
                _ => None,
            })
            .collect();
        if !gaps.is_empty() {
            found.push(GapDay { day: *day, gaps });
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(me: &[Option<u8>], partner: &[Option<u8>]) -> Series {
        Series { id: "safe".into(), label: "Safe".into(), me: me.to_vec(), partner: partner.to_vec() }
    }

    #[test]
    fn the_spread_is_the_standard_deviation_worked_out_by_hand() {
        // 2, 4, 4, 4, 5, 5: mean 4; squared distances 4, 0, 0, 0, 1, 1 → variance 1 → spread 1.
        let s = spread(&[Some(2), Some(4), None, Some(4), Some(4), Some(5), Some(5)]).unwrap();
        assert_eq!((s.days, s.mean, s.spread, s.low, s.high), (6, 4.0, 1.0, 3.0, 5.0));
        // Every day the same: no swings at all.
        let s = spread(&[Some(3), Some(3), Some(3)]).unwrap();
        assert_eq!((s.mean, s.spread), (3.0, 0.0));
        // 1, 5, 1, 5: mean 3, spread 2; the band stays within 1–5.
        let s = spread(&[Some(1), Some(5), Some(1), Some(5)]).unwrap();
        assert_eq!((s.mean, s.spread, s.low, s.high), (3.0, 2.0, 1.0, 5.0));
        assert_eq!(spread(&[Some(4), None, Some(2)]), None, "two days make no band");
    }

    #[test]
    fn a_gap_day_needs_both_ratings_two_apart() {
        let days: Vec<NaiveDate> = NaiveDate::from_ymd_opt(2026, 3, 1).unwrap().iter_days().take(4).collect();
        let safe = line(&[Some(5), Some(4), Some(2), None], &[Some(3), Some(3), Some(5), Some(1)]);
        let mut seen = line(&[Some(4), Some(4), Some(4), Some(4)], &[Some(4), Some(1), Some(4), Some(4)]);
        seen.id = "seen".into();
        let gaps = gap_days(&days, &[&safe, &seen]);
        assert_eq!(gaps.iter().map(|g| g.day).collect::<Vec<_>>(), vec![days[2], days[1], days[0]], "newest first");
        assert_eq!(gaps[0].gaps, vec![Gap { id: "safe".into(), label: "Safe".into(), me: 2, partner: 5 }]);
        assert_eq!(gaps[1].gaps.iter().map(|g| g.id.as_str()).collect::<Vec<_>>(), vec!["seen"], "4 and 3 is no gap");
        assert_eq!(gaps[2].gaps[0].me.abs_diff(gaps[2].gaps[0].partner), 2, "exactly two apart is a gap");
    }
}
