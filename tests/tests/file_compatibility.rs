//! Files written by version 1 of the formats open forever: a version-1 exchange file and a
//! version-1 backup are kept in `tests/fixtures/` and must keep importing with every release.
//! When a format version is added, write its fixtures with `write_fixtures` and keep the old
//! ones.

use std::sync::Arc;

use attune_core::{CheckKind, ManualClock, ReflectionDraft, Step, Store};
use attune_tests::{FIXTURE_BACKUP_PASSPHRASE, FIXTURE_COUPLE_CODE, fixture};
use chrono::NaiveDate;

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 20).expect("valid date")
}

fn store(name: &str) -> (Store, ManualClock) {
    let clock = ManualClock::at_morning_of(day());
    let mut store = Store::open_in_memory(Arc::new(clock.clone())).expect("opens");
    store.set_up(name, None, None).expect("set up");
    (store, clock)
}

#[test]
fn a_version_1_exchange_file_still_imports() {
    let bytes = std::fs::read(fixture("exchange-v1.attune")).expect("fixture");
    let (mut sam, _) = store("Sam");
    sam.enter_couple_code(FIXTURE_COUPLE_CODE).expect("code");
    let summary = sam.import_update(&bytes).expect("imports");
    assert_eq!(summary.partner_name, "Robin");
    assert_eq!(summary.new.check_ins, 2);
    assert_eq!(summary.new.reflections, 1);
    assert_eq!(summary.new.answers, 1);
    assert_eq!(summary.new.commitments, 1);
    assert_eq!(summary.message(), "Robin: 2 new check-ins, 1 answer, 1 reflection, 1 commitment.");
    let partner = sam.partner().expect("partner view");
    assert_eq!(partner.step, Some(Step::Compassion));
    assert_eq!(partner.reflections[0].parts[0].text, "We ate together every night.");
    assert!(partner.reflections.iter().all(|r| r.parts[0].text != "Private words."), "private never travels");
    let again = sam.import_update(&bytes).expect("imports again");
    assert!(!again.changed_anything());
}

#[test]
fn a_version_1_backup_still_restores() {
    let bytes = std::fs::read(fixture("backup-v1.attune")).expect("fixture");
    let clock = ManualClock::at_morning_of(day());
    let mut fresh = Store::open_in_memory(Arc::new(clock)).expect("opens");
    let summary = fresh.restore_backup(&bytes, FIXTURE_BACKUP_PASSPHRASE).expect("restores");
    assert!(summary.restored.total() >= 6, "{summary:?}");
    assert_eq!(fresh.my_name().expect("name"), "Robin");
    assert_eq!(fresh.my_reflections().expect("reflections").len(), 2, "private entries come back too");
    assert_eq!(fresh.my_self_checks(CheckKind::Patterns).expect("checks").len(), 1);
    assert!(fresh.settings().expect("settings").paired);
}

/// Writes the fixtures of the current format versions. Run by hand when a version is added:
/// `cargo test -p attune-tests --test file_compatibility -- --ignored write_fixtures`
#[test]
#[ignore = "writes fixtures; run by hand when a file format version is released"]
fn write_fixtures() {
    let (mut robin, clock) = store("Robin");
    robin.enter_couple_code(FIXTURE_COUPLE_CODE).expect("code");
    let mut check_in = attune_core::CheckInDraft {
        connection: 4,
        markers: attune_core::Markers { safe: 4, seen: 3, trust: 4, repair: 3, rely: 5 },
        appreciation: Some("You waited up for me.".into()),
        need: Some("A slow Sunday together.".into()),
        kept: vec![],
        answer: None,
        shared: true,
    };
    robin.save_check_in(check_in.clone()).expect("check-in");
    robin.answer_question("Being listened to without advice.", true).expect("answer");
    let texts = vec!["We ate together every night.".to_owned()];
    robin
        .add_reflection(ReflectionDraft { exercise: "roots-home".into(), pattern: None, texts, shared: true })
        .expect("r");
    let texts = vec!["Private words.".to_owned()];
    robin
        .add_reflection(ReflectionDraft { exercise: "roots-hard-times".into(), pattern: None, texts, shared: false })
        .expect("p");
    robin.take_self_check(CheckKind::Patterns, vec![1; 15], false).expect("self-check");
    clock.next_morning();
    check_in.connection = 5;
    robin.save_check_in(check_in).expect("check-in");
    robin.add_commitment("curious", "Ask about the best part of the day.", true).expect("commitment");
    robin.move_to_step(Step::Compassion).expect("step");
    std::fs::write(fixture("exchange-v1.attune"), robin.export_update().expect("export")).expect("written");
    std::fs::write(fixture("backup-v1.attune"), robin.backup(FIXTURE_BACKUP_PASSPHRASE).expect("backup"))
        .expect("written");
}
