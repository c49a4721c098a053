//! Insights beyond averages, from a generated week of both partners on the injected clock:
//! each person's steadiness, the days they rated very differently, and the week in one line,
//! against values worked out by hand.

// The hand-worked values (4.0, 1.0, 0.0, …) are exact in binary: compared exactly.
#![allow(clippy::float_cmp)]

mod common;

use attune_core::{CheckInDraft, Markers};
use chrono::Duration;
use common::{paired_couple, swap};

fn day_of(connection: u8) -> CheckInDraft {
    let m = connection;
    CheckInDraft {
        connection,
        markers: Markers { safe: m, seen: 3, trust: 3, repair: 3, rely: 3 },
        appreciation: None,
        need: None,
        good_news: None,
        kept: vec![],
        answer: None,
        shared: true,
    }
}

#[test]
fn steadiness_gap_days_and_the_week_from_six_days_of_both() {
    let (mut alex, mut sam) = paired_couple();
    let alex_days = [2, 4, 4, 4, 5, 5];
    let sam_days = [4, 4, 2, 4, 5, 3];
    for (i, (a, s)) in alex_days.into_iter().zip(sam_days).enumerate() {
        if i > 0 {
            alex.clock.advance(Duration::days(1));
            sam.clock.advance(Duration::days(1));
        }
        alex.store.save_check_in(day_of(a)).unwrap();
        sam.store.save_check_in(day_of(s)).unwrap();
    }
    swap(&mut alex, &mut sam);
    let view = alex.store.insights(30).unwrap();

    let connection = &view.steadiness[0];
    assert_eq!(connection.id, "connection");
    let mine = connection.me.unwrap();
    // 2, 4, 4, 4, 5, 5: mean 4, squared distances 4+0+0+0+1+1 = 6, over 6 → spread 1.
    assert_eq!((mine.days, mine.mean, mine.spread, mine.low, mine.high), (6, 4.0, 1.0, 3.0, 5.0));
    // 4, 4, 2, 4, 5, 3: mean 22/6; squared distances sum to 5 1/3, over 6 → spread √(8/9).
    let theirs = connection.partner.unwrap();
    assert!((theirs.mean - 22.0 / 6.0).abs() < 1e-5);
    assert!((theirs.spread - (8.0f32 / 9.0).sqrt()).abs() < 1e-5, "{theirs:?}");
    let seen = view.steadiness.iter().find(|s| s.id == "seen").unwrap();
    assert_eq!(seen.me.unwrap().spread, 0.0, "every day the same: perfectly steady");

    // Two or more apart: days 1 (2 vs 4), 3 (4 vs 2) and 6 (5 vs 3); on connection and Safe.
    let start = alex.store.today_date() - Duration::days(5);
    let gap_days: Vec<_> = view.gap_days.iter().map(|g| g.day).collect();
    assert_eq!(gap_days, vec![start + Duration::days(5), start + Duration::days(2), start]);
    let ids: Vec<_> = view.gap_days[0].gaps.iter().map(|g| (g.id.as_str(), g.me, g.partner)).collect();
    assert_eq!(ids, vec![("connection", 5, 3), ("safe", 5, 3)]);

    let week = view.week;
    assert_eq!((week.my_check_ins, week.partner_check_ins, week.both_days, week.gap_days), (6, 6, 6, 3));
    assert_eq!(week.my_average_connection, Some(4.0));
    assert!((week.partner_average_connection.unwrap() - 22.0 / 6.0).abs() < 1e-5);
    assert_eq!(week.to, alex.store.today_date());
    assert_eq!(week.from, week.to - Duration::days(6));

    // On Sam's phone the same days, seen from the other side.
    let view = sam.store.insights(30).unwrap();
    assert_eq!(view.gap_days.len(), 3);
    assert_eq!(view.gap_days[0].gaps[0].me, 3);
}
