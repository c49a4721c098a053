//! Storage promises: data survives reopening, delete-all really deletes the files, a refused
//! action writes nothing, and my partner's entries are read-only.

mod common;

use std::sync::Arc;

use attune_core::{EntryId, Error, ManualClock, Markers, ReflectionDraft, SettingsChange, Store, Unlock};
use common::{check_in, paired_couple, start_day};

#[test]
fn a_check_in_is_still_there_after_reopening() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("nested").join("attune.sqlite3");
    let clock = Arc::new(ManualClock::at_morning_of(start_day()));
    let mut store = Store::open(&path, clock.clone()).expect("opens");
    let me = store.me();
    store.set_up("Noor", None, None).expect("set up");
    store.save_check_in(check_in(5, true)).expect("saved");
    drop(store);
    let store = Store::open(&path, clock).expect("reopens");
    assert_eq!(store.me(), me, "the same person after a restart");
    assert_eq!(store.today().expect("today").check_in.map(|c| c.connection), Some(5));
}

#[test]
fn saving_twice_on_one_day_edits_the_same_check_in() {
    let mut phone = common::phone("Noor", None);
    phone.store.save_check_in(check_in(2, true)).expect("first");
    phone.store.save_check_in(check_in(4, false)).expect("edit");
    let insights = phone.store.insights(7).expect("insights");
    assert_eq!(insights.connection.me.iter().flatten().collect::<Vec<_>>(), [&4]);
    assert!(!phone.store.today().expect("today").check_in.expect("saved").shared);
}

#[test]
fn delete_all_removes_the_database_and_its_wal_files() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("attune.sqlite3");
    let clock = Arc::new(ManualClock::at_morning_of(start_day()));
    let mut store = Store::open(&path, clock.clone()).expect("opens");
    store.set_up("Noor", None, None).expect("set up");
    store.save_check_in(check_in(3, true)).expect("saved");
    assert!(path.exists());
    assert!(dir.path().join("attune.sqlite3-wal").exists(), "WAL mode is on");
    store.delete_all_data().expect("deleted");
    let left: Vec<_> = std::fs::read_dir(dir.path()).expect("dir").collect();
    assert!(left.is_empty(), "files left behind: {left:?}");
    let store = Store::open(&path, clock).expect("a fresh start");
    assert!(!store.is_set_up().expect("state"));
}

#[test]
fn a_refused_check_in_writes_nothing() {
    let mut phone = common::phone("Noor", None);
    let before = phone.store.dump().expect("dump");
    let mut draft = check_in(6, true);
    assert_eq!(phone.store.save_check_in(draft.clone()), Err(Error::RatingOutOfRange));
    draft.connection = 3;
    draft.markers = Markers { safe: 0, ..draft.markers };
    assert_eq!(phone.store.save_check_in(draft.clone()), Err(Error::RatingOutOfRange));
    draft.markers.safe = 3;
    draft.kept = vec![attune_core::KeptCommitment { commitment: EntryId::random(), kept: true }];
    assert_eq!(phone.store.save_check_in(draft), Err(Error::NotFound));
    assert_eq!(phone.store.dump().expect("dump"), before);
}

#[test]
fn my_partners_entries_are_read_only() {
    let (mut alex, mut sam) = paired_couple();
    let draft =
        ReflectionDraft { exercise: "roots-home".into(), pattern: None, texts: vec!["Mine.".into()], shared: true };
    let id = alex.store.add_reflection(draft.clone()).expect("written");
    common::swap(&mut alex, &mut sam);
    assert_eq!(sam.store.partner().expect("view").reflections.len(), 1);
    let before = sam.store.dump().expect("dump");
    assert_eq!(sam.store.edit_reflection(id, draft), Err(Error::NotYours));
    assert_eq!(sam.store.delete_entry(id), Err(Error::NotYours));
    assert_eq!(sam.store.set_shared(id, false), Err(Error::NotYours));
    assert_eq!(sam.store.dump().expect("dump"), before);
}

#[test]
fn a_pin_locks_and_unlocks() {
    let mut phone = common::phone("Noor", None);
    assert_eq!(phone.store.unlock("").expect("no pin yet"), Unlock::Unlocked);
    assert!(matches!(
        phone.store.change_setting(SettingsChange::SetPin("12a4".into())),
        Err(Error::PinFormat { min_digits: 4, max_digits: 8 })
    ));
    phone.store.change_setting(SettingsChange::SetPin("2468".into())).expect("pin set");
    assert!(phone.store.settings().expect("settings").has_pin);
    assert!(matches!(phone.store.unlock("1357").expect("checked"), Unlock::WrongPin { failures: 1, .. }));
    assert_eq!(phone.store.unlock("2468").expect("checked"), Unlock::Unlocked);
}

#[test]
fn at_most_three_commitments_are_active() {
    let mut phone = common::phone("Noor", None);
    for action in ["One", "Two", "Three"] {
        phone.store.add_commitment("gentle", action, true).expect("committed");
    }
    assert_eq!(phone.store.add_commitment("open", "Four", true), Err(Error::TooManyCommitments { max: 3 }));
    let first = phone.store.my_commitments().expect("list")[0].id;
    phone.store.finish_commitment(first).expect("finished");
    phone.store.add_commitment("open", "Four", true).expect("room again");
}

#[test]
fn the_history_keeps_counts_not_sentences() {
    let (mut alex, mut sam) = common::paired_couple();
    alex.clock.advance(chrono::Duration::hours(1));
    sam.clock.advance(chrono::Duration::hours(1));
    alex.store.save_check_in(check_in(4, true)).expect("check-in");
    common::swap(&mut alex, &mut sam);
    sam.store.save_check_in(check_in(3, true)).expect("check-in");
    sam.store.record_update_sent().expect("sent");
    let rows: Vec<String> =
        sam.store.dump().expect("dump").into_iter().filter(|r| r.starts_with("exchanges:")).collect();
    assert!(!rows.is_empty());
    for row in &rows {
        assert!(!row.contains("new check-in") && !row.contains("Sent "), "a sentence was stored: {row}");
        assert!(row.contains("swap"), "counts are stored: {row}");
    }
    let history = sam.store.exchange().expect("view").history;
    // Alex confirmed everything of Sam's, so Sam's update carries only the new check-in.
    let words = attune_core::Locale::English.words();
    assert_eq!(words.swap_line(&history[0]), "Sent 1 change.");
    assert!(history.iter().any(|h| words.swap_line(h) == "Alex: 1 check-in is new."), "{history:?}");
}

#[test]
fn markers_are_matched_by_id_not_by_position() {
    let m =
        Markers::from_ratings([("rely", 5), ("safe", 1), ("trust", 3), ("seen", 2), ("repair", 4)]).expect("all five");
    assert_eq!((m.safe, m.seen, m.trust, m.repair, m.rely), (1, 2, 3, 4, 5));
    assert_eq!(m.get("repair"), Some(4));
    assert_eq!(m.get("joy"), None);
    assert_eq!(Markers::from_ratings([("safe", 1)]), None, "every marker needs a rating");
    assert_eq!(Markers::from_ratings([("joy", 1)]), None, "an unknown marker is refused");
    for marker in &attune_core::Program::builtin().markers {
        assert!(m.get(&marker.id).is_some(), "the program's marker {} is one the check-in records", marker.id);
    }
}

/// The frame, the look and the waiting updates each come from one query, with their rules in
/// the core: before first run the defaults, after it the couple's choices, and a lock set up.
#[test]
fn the_pages_around_every_screen() {
    let clock = Arc::new(ManualClock::at_morning_of(start_day()));
    let mut store = Store::open_in_memory(clock).expect("opens");
    assert_eq!(store.frame_page().expect("frame"), attune_core::FramePage { set_up: false, lock_required: false });
    let look = store.look_page().expect("look");
    assert_eq!((look.theme, look.text_size), (attune_core::Theme::System, attune_core::TextSize::Normal));
    store.set_up("Noor", None, None).expect("set up");
    store.change_setting(SettingsChange::Theme(attune_core::Theme::Dark)).expect("dark");
    store.set_phone_locale(attune_core::Locale::Spanish).expect("Spanish phone");
    let look = store.look_page().expect("look");
    assert_eq!((look.theme, look.locale), (attune_core::Theme::Dark, attune_core::Locale::Spanish));
    store.change_setting(SettingsChange::SetPin("4821".into())).expect("a PIN");
    assert_eq!(store.frame_page().expect("frame"), attune_core::FramePage { set_up: true, lock_required: true });
    assert_eq!(store.waiting_page().expect("waiting"), attune_core::WaitingPage { paired: false, waiting: vec![] });
}
