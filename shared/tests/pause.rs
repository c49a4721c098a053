//! "I need a pause": its length rules, its time to come back on the injected clock, and that
//! it stays on this phone.

mod common;

use attune_core::{Error, MAX_PAUSE_MINUTES, MIN_PAUSE_MINUTES};
use chrono::Duration;
use common::{paired_couple, swap};

#[test]
fn a_pause_lasts_twenty_minutes_to_a_day_and_ends_when_i_am_back() {
    let (mut alex, _) = paired_couple();
    let too_short = alex.store.start_pause(MIN_PAUSE_MINUTES - 1).unwrap_err();
    assert_eq!(too_short, Error::PauseLength { min_minutes: 20, max_hours: 24 });
    assert_eq!(too_short.to_string(), "A pause lasts at least 20 minutes, and you come back within 24 hours.");
    assert!(alex.store.start_pause(MAX_PAUSE_MINUTES + 1).is_err());
    assert_eq!(alex.store.pause().unwrap(), None, "a refused pause is no pause");

    let started = alex.store.start_pause(20).unwrap();
    assert_eq!(started.back_ms - started.started_ms, 20 * 60_000);
    assert!(!started.over);
    alex.clock.advance(Duration::minutes(19));
    assert!(!alex.store.pause().unwrap().unwrap().over, "19 minutes in: still apart");
    alex.clock.advance(Duration::minutes(2));
    let due = alex.store.pause().unwrap().expect("still on until I say I'm back");
    assert!(due.over, "past the time to come back");
    assert_eq!(due.back_ms, started.back_ms);
    alex.store.end_pause().unwrap();
    assert_eq!(alex.store.pause().unwrap(), None);

    alex.store.start_pause(MAX_PAUSE_MINUTES).unwrap();
    alex.clock.advance(Duration::hours(47));
    assert!(alex.store.pause().unwrap().unwrap().over);
    alex.clock.advance(Duration::hours(2));
    assert_eq!(alex.store.pause().unwrap(), None, "a day after the time to come back, it's gone");
}

#[test]
fn a_pause_stays_on_this_phone() {
    let (mut alex, mut sam) = paired_couple();
    alex.clock.advance(Duration::hours(1));
    sam.clock.advance(Duration::hours(1));
    let before = alex.store.next_update().unwrap().entries;
    alex.store.start_pause(30).unwrap();
    assert_eq!(alex.store.next_update().unwrap().entries, before, "nothing to send");
    swap(&mut alex, &mut sam);
    assert!(!sam.store.dump().unwrap().iter().any(|row| row.contains("pause")), "Sam's phone knows nothing");
    let backup = alex.store.backup("a long passphrase here").unwrap();
    let clock = attune_core::ManualClock::at_morning_of(alex.store.today_date());
    let mut new_phone = attune_core::Store::open_in_memory(std::sync::Arc::new(clock)).unwrap();
    new_phone.restore_backup(&backup, "a long passphrase here").unwrap();
    assert_eq!(new_phone.pause().unwrap(), None, "a pause is not in a backup");
}
