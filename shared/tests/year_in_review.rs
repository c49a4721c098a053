//! The year in review from 400 generated days of both partners (the injected clock): only the
//! last 365 count; averages, the first and last three months, the self-check's first and last
//! take, repair notes and the best day, against figures worked out by hand.

// Averages of small whole numbers are exact in binary where compared exactly.
#![allow(clippy::float_cmp)]

mod common;

use attune_core::{CheckInDraft, CheckKind, Markers, Who};
use chrono::Duration;
use common::{paired_couple, swap};

fn day_rated(r: u8, appreciation: Option<&str>) -> CheckInDraft {
    CheckInDraft {
        connection: r,
        markers: Markers { safe: r, seen: r, trust: r, repair: r, rely: r },
        appreciation: appreciation.map(str::to_owned),
        need: None,
        good_news: None,
        kept: vec![],
        answer: None,
        shared: true,
    }
}

#[test]
fn the_year_in_review_has_the_figures_worked_out_by_hand() {
    let (mut alex, mut sam) = paired_couple();
    // Days 0–34 come before the year; year-day y is day 35 + y, y = 0..=364 (364 is today).
    for d in 0..400u32 {
        if d > 0 {
            alex.clock.advance(Duration::days(1));
            sam.clock.advance(Duration::days(1));
        }
        let y = i64::from(d) - 35;
        let alex_rating = match y {
            ..0 => 1,
            0..90 => 2,
            200 => 5,
            275.. => 4,
            _ => 3,
        };
        alex.store.save_check_in(day_rated(alex_rating, None)).unwrap();
        if y == 200 {
            sam.store.save_check_in(day_rated(5, Some("The lake, at last."))).unwrap();
        } else if y >= 0 && y % 2 == 0 {
            sam.store.save_check_in(day_rated(4, None)).unwrap();
        }
        if y == 10 || y == 300 {
            let answers = if y == 10 { vec![2; 15] } else { vec![1; 15] };
            alex.store.take_self_check(CheckKind::Patterns, answers, false).unwrap();
        }
        if y == -3 || y == 50 || y == 250 {
            alex.store.save_repair_note("We found our way back.", true).unwrap();
        }
    }
    swap(&mut alex, &mut sam);
    let year = alex.store.year_in_review().unwrap();
    let today = alex.store.today_date();
    assert_eq!((year.from, year.to), (today - Duration::days(364), today));
    assert_eq!((year.my_check_ins, year.partner_check_ins, year.both_days), (365, 183, 183), "Sam: even year-days");

    let connection = &year.lines[0];
    assert_eq!(connection.id, "connection");
    // 90 days of 2, 184 of 3 and one 5 in the middle, 90 of 4: 180 + 552 + 5 + 360 = 1097 over 365.
    assert!((connection.my_average.unwrap() - 1097.0 / 365.0).abs() < 1e-4);
    assert_eq!(
        (connection.my_start, connection.my_end),
        (Some(2.0), Some(4.0)),
        "the days before the year don't count"
    );
    // Sam: 182 days of 4 and one of 5.
    assert!((connection.partner_average.unwrap() - (182.0 * 4.0 + 5.0) / 183.0).abs() < 1e-4);
    assert_eq!(connection.partner_start, Some(4.0));
    assert_eq!(year.lines.len(), 6, "connection and the five markers");

    let (first, last) = (year.self_check_first.unwrap(), year.self_check_last.unwrap());
    assert_eq!((first.total, last.total, first.out_of), (30, 15, 30));
    assert_eq!(year.repair_notes.me, 2, "the note from before the year is not in it");

    let best = &year.highlights[0];
    assert_eq!((best.day, best.average), (year.from + Duration::days(200), 5.0));
    assert_eq!(best.appreciations.len(), 1);
    assert_eq!((best.appreciations[0].who, best.appreciations[0].text.as_str()), (Who::Partner, "The lake, at last."));
    assert_eq!(year.highlights.len(), 3);
    assert!(
        year.highlights[1].average <= 5.0 && year.highlights[1].day > year.highlights[2].day,
        "later of equals first"
    );
}
