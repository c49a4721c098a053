//! Quiet days: private, never in an update, never counted as missed, no reminder on them, and
//! kept in my backup.

mod common;

use attune_core::ReminderTime;
use common::{check_in, paired_couple, swap};

#[test]
fn a_week_with_quiet_days_counts_only_the_days_that_count() {
    let (mut alex, mut sam) = paired_couple();
    // Mon–Sun: check-ins on four days, two quiet days, one day with nothing.
    for day in 0..7 {
        if day > 0 {
            alex.clock.next_morning();
            sam.clock.next_morning();
        }
        match day {
            0 | 2 | 3 | 6 => alex.store.save_check_in(check_in(4, true)).unwrap(),
            1 | 4 => alex.store.take_quiet_day().unwrap(),
            _ => {}
        }
    }
    let today = alex.store.today().unwrap();
    assert!(!today.quiet, "today has a check-in, not a quiet day");
    assert_eq!((today.consistency.last_7, today.consistency.quiet_7), (4, 2));
    assert_eq!(
        attune_core::Locale::English.words().consistency(&today.consistency),
        "You showed up 4 of 5 days this week, besides the 2 days you kept quiet."
    );

    let calendar = alex.store.insights(7).unwrap().calendar;
    let quiet: Vec<bool> = calendar.iter().map(|d| d.quiet).collect();
    assert_eq!(quiet, [false, true, false, false, true, false, false], "{calendar:?}");
    assert!(calendar.iter().filter(|d| d.quiet).all(|d| !d.me));
    let together = alex.store.partner().unwrap().together;
    assert_eq!(together.iter().filter(|d| d.quiet).count(), 2);

    // Private: the quiet days never travel, and Sam's phone knows nothing of them.
    let before = alex.store.next_update().unwrap().entries;
    alex.clock.next_morning();
    sam.clock.next_morning();
    alex.store.take_quiet_day().unwrap();
    assert_eq!(alex.store.next_update().unwrap().entries, before, "a quiet day adds nothing to the update");
    swap(&mut alex, &mut sam);
    assert!(!sam.store.dump().unwrap().iter().any(|row| row.contains("quiet")), "nothing of it on Sam's phone");
    let sam_together = sam.store.partner().unwrap().together;
    assert!(sam_together.iter().all(|d| !d.quiet), "Sam's grid shows no quiet days, mine or otherwise");
}

#[test]
fn a_quiet_day_asks_for_no_reminder_can_be_taken_back_and_travels_in_my_backup() {
    let (mut alex, _) = paired_couple();
    let at: ReminderTime = "20:30".parse().unwrap();
    alex.store.change_setting(attune_core::SettingsChange::Reminder(Some(at))).unwrap();
    let plan = alex.store.reminder_plan(3).unwrap().expect("a reminder is set");
    assert!(plan.days[0].text.is_some(), "an ordinary day asks");

    alex.store.take_quiet_day().unwrap();
    assert!(alex.store.today().unwrap().quiet);
    let plan = alex.store.reminder_plan(3).unwrap().unwrap();
    assert!(plan.days[0].text.is_none(), "no reminder on a quiet day");
    assert!(plan.days[1].text.is_some(), "tomorrow asks again");
    assert_eq!(
        attune_core::Locale::English.words().consistency(&alex.store.today().unwrap().consistency),
        "A quiet day. Attune is here whenever you want it."
    );

    let backup = alex.store.backup("a long passphrase here").unwrap();
    let clock = attune_core::ManualClock::at_morning_of(alex.store.today_date());
    let mut new_phone = attune_core::Store::open_in_memory(std::sync::Arc::new(clock)).unwrap();
    new_phone.restore_backup(&backup, "a long passphrase here").unwrap();
    assert!(new_phone.today().unwrap().quiet, "my quiet days come with my backup");

    alex.store.end_quiet_day().unwrap();
    assert!(!alex.store.today().unwrap().quiet);
    assert!(alex.store.reminder_plan(1).unwrap().unwrap().days[0].text.is_some());
    alex.store.end_quiet_day().unwrap();
}
