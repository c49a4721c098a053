//! Files written by every released version of the formats open forever. Kept in
//! `tests/fixtures/`: version 1 (an exchange file and a backup, uncompressed), version 2 (a
//! whole update, a delta update with the backup of the phone it was written for, and a backup,
//! all compressed) and version 3 (a whole update and a backup carrying a pause pact, a repair
//! note, good news and the together grid hidden). When a format version is added, write its fixtures with a new
//! `write_fixtures_vN` and keep the old ones and their tests.

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
    assert_eq!(
        attune_core::Locale::English.words().import_summary(&summary),
        "Robin: 2 check-ins, 1 answer, 1 reflection, 1 commitment are new."
    );
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

/// Robin's first days, as every version's fixtures hold them.
fn robin_writes(robin: &mut Store, clock: &ManualClock) {
    let mut check_in = attune_core::CheckInDraft {
        connection: 4,
        markers: attune_core::Markers { safe: 4, seen: 3, trust: 4, repair: 3, rely: 5 },
        appreciation: Some("You waited up for me.".into()),
        need: Some("A slow Sunday together.".into()),
        good_news: None,
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
}

/// The content inside a sealed update.
fn opened(bytes: &[u8]) -> Vec<u8> {
    let code: attune_core::CoupleCode = FIXTURE_COUPLE_CODE.parse().expect("code");
    attune_core::crypto::open_update(bytes, &code).expect("opens")
}

#[test]
fn a_version_2_whole_update_still_imports() {
    let bytes = std::fs::read(fixture("exchange-v2.attune")).expect("fixture");
    assert!(opened(&bytes).starts_with(b"attune-exchange 2 deflate "), "packed as version 2");
    let (mut sam, _) = store("Sam");
    sam.enter_couple_code(FIXTURE_COUPLE_CODE).expect("code");
    let summary = sam.import_update(&bytes).expect("imports");
    assert_eq!(
        attune_core::Locale::English.words().import_summary(&summary),
        "Robin: 2 check-ins, 1 answer, 1 reflection, 1 commitment are new."
    );
    let partner = sam.partner().expect("partner view");
    assert_eq!(partner.step, Some(Step::Compassion));
    assert!(partner.reflections.iter().all(|r| r.parts[0].text != "Private words."), "private never travels");
    assert!(!sam.import_update(&bytes).expect("imports again").changed_anything());
}

#[test]
fn a_version_2_delta_still_imports_on_the_phone_it_was_written_for() {
    // Sam's phone as it was when Robin wrote the delta: restored from Sam's backup.
    let clock = ManualClock::at_morning_of(day() + chrono::Days::new(2));
    let mut sam = Store::open_in_memory(Arc::new(clock)).expect("opens");
    let backup = std::fs::read(fixture("backup-v2-sam.attune")).expect("fixture");
    sam.restore_backup(&backup, FIXTURE_BACKUP_PASSPHRASE).expect("Sam's backup restores");
    assert_eq!(sam.partner().expect("partner").reflections.len(), 1);

    let delta = std::fs::read(fixture("exchange-v2-delta.attune")).expect("fixture");
    let summary = sam.import_update(&delta).expect("imports");
    assert_eq!(
        attune_core::Locale::English.words().import_summary(&summary),
        "Robin: 1 check-in is new; 1 reflection updated."
    );
    let partner = sam.partner().expect("partner view");
    assert_eq!(partner.reflections[0].parts[0].text, "We ate together every night, even on busy days.");
    assert!(!sam.import_update(&delta).expect("imports again").changed_anything());
}

#[test]
fn a_version_2_backup_still_restores() {
    let bytes = std::fs::read(fixture("backup-v2.attune")).expect("fixture");
    let clock = ManualClock::at_morning_of(day() + chrono::Days::new(2));
    let mut fresh = Store::open_in_memory(Arc::new(clock)).expect("opens");
    let summary = fresh.restore_backup(&bytes, FIXTURE_BACKUP_PASSPHRASE).expect("restores");
    assert!(summary.restored.total() >= 6, "{summary:?}");
    assert_eq!(fresh.my_name().expect("name"), "Robin");
    assert_eq!(fresh.my_reflections().expect("reflections").len(), 2, "private entries come back too");
    assert!(fresh.settings().expect("settings").paired);
}

/// Writes the version-2 fixtures. Run by hand when format version 2 is released:
/// `cargo test -p attune-tests --test file_compatibility -- --ignored write_fixtures_v2`
#[test]
#[ignore = "writes fixtures; run by hand when a file format version is released"]
fn write_fixtures_v2() {
    let (mut robin, clock) = store("Robin");
    robin.enter_couple_code(FIXTURE_COUPLE_CODE).expect("code");
    robin_writes(&mut robin, &clock);
    let whole = robin.export_update().expect("export");
    std::fs::write(fixture("exchange-v2.attune"), &whole).expect("written");
    std::fs::write(fixture("backup-v2.attune"), robin.backup(FIXTURE_BACKUP_PASSPHRASE).expect("backup"))
        .expect("written");

    // Sam opens it and answers; Robin opens Sam's, so Robin's next update is a delta.
    let sam_clock = ManualClock::at_morning_of(day() + chrono::Days::new(1));
    let mut sam = Store::open_in_memory(Arc::new(sam_clock)).expect("opens");
    sam.set_up("Sam", Some("Robin"), None).expect("set up");
    sam.enter_couple_code(FIXTURE_COUPLE_CODE).expect("code");
    sam.import_update(&whole).expect("Sam opens");
    robin.import_update(&sam.export_update().expect("Sam's update")).expect("Robin opens");
    std::fs::write(fixture("backup-v2-sam.attune"), sam.backup(FIXTURE_BACKUP_PASSPHRASE).expect("backup"))
        .expect("written");

    clock.next_morning();
    let reflection = robin.my_reflections().expect("mine").into_iter().find(|r| r.shared).expect("shared one");
    let texts = vec!["We ate together every night, even on busy days.".to_owned()];
    robin
        .edit_reflection(
            reflection.id,
            ReflectionDraft { exercise: "roots-home".into(), pattern: None, texts, shared: true },
        )
        .expect("edited");
    robin
        .save_check_in(attune_core::CheckInDraft {
            connection: 3,
            markers: attune_core::Markers { safe: 3, seen: 3, trust: 4, repair: 3, rely: 4 },
            appreciation: None,
            need: None,
            good_news: None,
            kept: vec![],
            answer: None,
            shared: true,
        })
        .expect("check-in");
    assert!(!robin.next_update().expect("next").whole, "Robin's next update is a delta");
    std::fs::write(fixture("exchange-v2-delta.attune"), robin.export_update().expect("delta")).expect("written");
}

/// What version 3 added, on top of Robin's first days.
fn robin_writes_v3(robin: &mut Store) {
    robin
        .save_pact(attune_core::PactDraft {
            signal: "Red kite".into(),
            shortest_minutes: 30,
            back_within_hours: 2,
            calming: "A walk to the river.".into(),
            to_hear: "We're okay.".into(),
        })
        .expect("pact");
    robin.save_repair_note("We both went quiet; next time I say so.", true).expect("note");
    robin
        .save_check_in(attune_core::CheckInDraft {
            connection: 5,
            markers: attune_core::Markers { safe: 5, seen: 4, trust: 5, repair: 4, rely: 5 },
            appreciation: None,
            need: None,
            good_news: Some("My book club picked my book.".into()),
            kept: vec![],
            answer: None,
            shared: true,
        })
        .expect("check-in");
    robin.change_setting(attune_core::SettingsChange::HideTogether(true)).expect("hidden");
}

#[test]
fn a_version_3_whole_update_still_imports() {
    let bytes = std::fs::read(fixture("exchange-v3.attune")).expect("fixture");
    assert!(opened(&bytes).starts_with(b"attune-exchange 3 deflate "), "packed as version 3");
    let clock = ManualClock::at_morning_of(day() + chrono::Days::new(1));
    let mut sam = Store::open_in_memory(Arc::new(clock)).expect("opens");
    sam.set_up("Sam", None, None).expect("set up");
    sam.enter_couple_code(FIXTURE_COUPLE_CODE).expect("code");
    let summary = sam.import_update(&bytes).expect("imports");
    assert_eq!(
        attune_core::Locale::English.words().import_summary(&summary),
        "Robin: 2 check-ins, 1 answer, 1 reflection, 1 commitment, 1 pause pact, 1 repair note are new."
    );
    let partner = sam.partner().expect("partner view");
    assert_eq!(partner.pact.expect("pact").signal, "Red kite");
    assert_eq!(partner.repair_notes[0].text, "We both went quiet; next time I say so.");
    assert!(partner.together_hidden_by_partner && partner.together.is_empty());
    assert_eq!(partner.check_ins[0].good_news.as_deref(), Some("My book club picked my book."));
    assert!(!sam.import_update(&bytes).expect("imports again").changed_anything());
}

#[test]
fn a_version_3_backup_still_restores() {
    let bytes = std::fs::read(fixture("backup-v3.attune")).expect("fixture");
    let clock = ManualClock::at_morning_of(day() + chrono::Days::new(2));
    let mut fresh = Store::open_in_memory(Arc::new(clock)).expect("opens");
    fresh.restore_backup(&bytes, FIXTURE_BACKUP_PASSPHRASE).expect("restores");
    assert_eq!(fresh.my_name().expect("name"), "Robin");
    assert_eq!(fresh.pact().expect("pact").mine.expect("my side").shortest_minutes, 30);
    assert_eq!(fresh.my_repair_notes().expect("notes").len(), 1);
    assert!(fresh.partner().expect("partner").together_hidden);
}

/// Writes the version-3 fixtures. Run by hand when format version 3 is released:
/// `cargo test -p attune-tests --test file_compatibility -- --ignored write_fixtures_v3`
#[test]
#[ignore = "writes fixtures; run by hand when a file format version is released"]
fn write_fixtures_v3() {
    let (mut robin, clock) = store("Robin");
    robin.enter_couple_code(FIXTURE_COUPLE_CODE).expect("code");
    robin_writes(&mut robin, &clock);
    robin_writes_v3(&mut robin);
    std::fs::write(fixture("exchange-v3.attune"), robin.export_update().expect("export")).expect("written");
    std::fs::write(fixture("backup-v3.attune"), robin.backup(FIXTURE_BACKUP_PASSPHRASE).expect("backup"))
        .expect("written");
}
