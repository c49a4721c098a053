//! The weekly State of us, filled in from a generated month of both partners on the injected
//! clock: only the last seven days, both partners' appreciations and needs (what the partner
//! shared), the best and the hardest day by every rating of that day, the commitments kept;
//! its day of the week in the reminder plan.

// Hand-worked averages (4.5, 1.5) are exact in binary: compared exactly.
#![allow(clippy::float_cmp)]

mod common;

use attune_core::{CheckInDraft, KeptCommitment, Markers, ReminderTime, SettingsChange, Who};
use chrono::{Datelike, Duration};
use common::{paired_couple, swap};

fn draft(
    connection: u8,
    appreciation: Option<String>,
    need: Option<String>,
    kept: Vec<KeptCommitment>,
) -> CheckInDraft {
    let m = connection;
    CheckInDraft {
        connection,
        markers: Markers { safe: m, seen: m, trust: m, repair: m, rely: m },
        appreciation,
        need,
        good_news: None,
        kept,
        answer: None,
        shared: true,
    }
}

#[test]
fn the_week_is_filled_in_from_both_partners_last_seven_days() {
    let (mut alex, mut sam) = paired_couple();
    let walk = alex.store.add_commitment("gentle", "A walk after dinner.", true).unwrap();
    // Thirty days. Alex rates 3 every day but day 26 (5) and day 28 (1); Sam rates 4, but 2 on
    // day 28. Alex appreciates on even days; Sam voices a need on day 27. Alex keeps the walk on
    // days 24–29 except day 28.
    for day in 0..30u32 {
        if day > 0 {
            alex.clock.advance(Duration::days(1));
            sam.clock.advance(Duration::days(1));
        }
        let alex_rating = match day {
            26 => 5,
            28 => 1,
            _ => 3,
        };
        let kept = if day >= 24 { vec![KeptCommitment { commitment: walk, kept: day != 28 }] } else { vec![] };
        let thanks = (day % 2 == 0).then(|| format!("Thanks for day {day}."));
        alex.store.save_check_in(draft(alex_rating, thanks, None, kept)).unwrap();
        let need = (day == 27).then(|| "More time just for us.".to_owned());
        sam.store.save_check_in(draft(if day == 28 { 2 } else { 4 }, None, need, vec![])).unwrap();
    }
    swap(&mut alex, &mut sam);
    let week = alex.store.state_of_us().unwrap();
    let today = alex.store.today_date();
    assert_eq!((week.from, week.to), (today - Duration::days(6), today));

    // Days 23–29: Alex's even days are 24, 26 and 28.
    let thanks: Vec<_> = week.appreciations.iter().map(|s| (s.who, s.text.as_str())).collect();
    assert_eq!(
        thanks,
        vec![(Who::Me, "Thanks for day 24."), (Who::Me, "Thanks for day 26."), (Who::Me, "Thanks for day 28.")]
    );
    assert_eq!(week.needs.len(), 1);
    assert_eq!((week.needs[0].who, week.needs[0].text.as_str()), (Who::Partner, "More time just for us."));
    // Day 26: six ratings of 5 and six of 4 → 4.5; day 28: six of 1 and six of 2 → 1.5.
    let best = week.best_day.unwrap();
    assert_eq!((best.day, best.average), (today - Duration::days(3), 4.5));
    let hardest = week.hardest_day.unwrap();
    assert_eq!((hardest.day, hardest.average), (today - Duration::days(1), 1.5));
    assert_eq!(week.kept.len(), 1);
    let walk_week = &week.kept[0];
    assert_eq!((walk_week.who, walk_week.kept_days, walk_week.logged_days), (Who::Me, 5, 6), "days 24–29, 28 missed");

    // Sam's phone sees the same week from the other side.
    let from_sam = sam.store.state_of_us().unwrap();
    assert!(from_sam.appreciations.iter().all(|s| s.who == Who::Partner));
    assert_eq!(from_sam.needs[0].who, Who::Me);
    assert_eq!(from_sam.best_day, week.best_day);
}

#[test]
fn our_state_of_us_day_is_in_the_reminder_plan() {
    let state_of_us_text = attune_core::Locale::English.words().text("reminder-state-of-us", &[]);
    let (mut alex, _) = paired_couple();
    alex.store.change_setting(SettingsChange::Reminder(Some(ReminderTime::new(19, 0).unwrap()))).unwrap();
    let sunday = chrono::Weekday::Sun;
    alex.store.change_setting(SettingsChange::StateOfUsDay(Some(sunday))).unwrap();
    assert_eq!(alex.store.settings().unwrap().state_of_us_day, Some(sunday));
    assert_eq!(alex.store.state_of_us().unwrap().day, Some(sunday));
    let plan = alex.store.reminder_plan(14).unwrap().unwrap();
    for day in &plan.days {
        let invited = day.text.as_deref() == Some(state_of_us_text.as_str());
        assert_eq!(invited, day.day.weekday() == sunday, "{}", day.day);
    }
    alex.store.change_setting(SettingsChange::StateOfUsDay(None)).unwrap();
    let plan = alex.store.reminder_plan(14).unwrap().unwrap();
    assert!(plan.days.iter().all(|d| d.text.as_deref() != Some(state_of_us_text.as_str())));
}
