//! Living with Attune: what a couple meets in ordinary life, and an attacker in theirs. Each
//! test is one of the breaks found by using the app as couples do (a backup from a newer
//! version, clocks that disagree, yesterday's backup restored, a forged file, a leaked code),
//! shown fixed: the phone keeps opening, nothing written is lost, both phones agree.

mod common;

use std::io::Write as _;
use std::sync::Arc;

use attune_core::{
    Clock, CoupleCode, Direction, Error, ManualClock, PactDraft, ReflectionDraft, SettingsChange, Store, crypto,
};
use common::{Phone, check_in, paired_couple, phone, start_day, swap, unpacked};
use serde_json::{Value, json};

fn pack(format: &str, version: u64, doc: &Value) -> Vec<u8> {
    let json = serde_json::to_vec(doc).expect("json");
    let mut encoder = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(&json).expect("deflate");
    [format!("{format} {version} deflate {}\n", json.len()).into_bytes(), encoder.finish().expect("deflate")].concat()
}

/// Alex's backup, with `change` made to its document.
fn backup_with(alex: &Phone, change: impl FnOnce(&mut Value)) -> Vec<u8> {
    let (_, _, mut doc) = unpacked(&alex.store.backup_opened_for_tests().expect("backup"));
    change(&mut doc);
    let version = doc["version"].as_u64().expect("version");
    pack("attune-backup", version, &doc)
}

/// A side of the pause pact with the shortest break `shortest_minutes`.
fn pact_side(shortest_minutes: u32) -> PactDraft {
    PactDraft {
        signal: "Kite".into(),
        shortest_minutes,
        back_within_hours: 2,
        calming: "A walk.".into(),
        to_hear: "We're okay.".into(),
    }
}

fn code_of(phone: &Phone) -> CoupleCode {
    phone.store.exchange().expect("view").couple_code.expect("paired").parse().expect("code")
}

fn reflection(text: &str) -> ReflectionDraft {
    ReflectionDraft { exercise: "roots-home".into(), pattern: None, texts: vec![text.into()], shared: true }
}

// 2. A backup can't brick the phone.

#[test]
fn a_backup_from_a_newer_attune_with_settings_this_version_cannot_use_restores_and_the_phone_still_opens() {
    let (mut alex, _) = paired_couple();
    alex.store.save_check_in(check_in(4, true)).expect("check-in");
    let far_ahead = alex.clock.now().unix_ms + 10 * 365 * 24 * 3_600_000;
    let device = alex.store.device();
    let backup = backup_with(&alex, |doc| {
        let settings = doc["settings"].as_object_mut().expect("settings");
        settings.insert("language".into(), json!("fr"));
        settings.insert("theme".into(), json!("sepia"));
        settings.insert("partner_name".into(), json!("Sam\u{202E}\u{0}"));
        settings.insert("partner_ack".into(), json!({"ms": far_ahead, "counter": 0, "device": device}));
        settings.insert("partner_newest".into(), json!({"timeline": alex.store.me(), "through": {"ms": 253_402_300_799_000_i64, "counter": 0, "device": device}}));
        settings.insert("state_of_us_day".into(), json!(12));
        settings.insert("something_newer".into(), json!({"a": 1}));
    });
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("attune.sqlite3");
    let clock = ManualClock::at_morning_of(start_day());
    let mut new_phone = Store::open(&path, Arc::new(clock.clone())).expect("a new phone");
    let summary = new_phone.restore_opened_for_tests(&backup).expect("restored");
    assert_eq!(summary.settings_left_out, 6, "each unusable setting is left out and counted");
    assert!(summary.restored.check_ins >= 1, "the entries are back");
    let settings = new_phone.settings().expect("settings");
    assert_eq!(settings.language, None, "the phone's language, as before");
    assert_eq!(settings.partner_name.as_deref(), Some("Sam"), "the name from Sam's profile, not the hostile one");
    drop(new_phone);
    let reopened = Store::open(&path, Arc::new(clock)).expect("the phone opens after the restore");
    assert_eq!(reopened.settings_reset_at_open(), 0);
    assert!(reopened.delete_all_data().is_ok(), "and everything can still be deleted");
}

#[test]
fn a_setting_no_version_can_read_is_reset_at_open_and_said() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("attune.sqlite3");
    let clock = ManualClock::at_morning_of(start_day());
    let mut store = Store::open(&path, Arc::new(clock.clone())).expect("opens");
    store.set_up("Alex", None, None).expect("set up");
    store.change_setting(SettingsChange::Language(Some(attune_core::Locale::Spanish))).expect("Spanish");
    drop(store);
    let conn = rusqlite::Connection::open(&path).expect("the file");
    conn.execute("UPDATE settings SET value = '\"klingon\"' WHERE key = 'language'", []).expect("broken");
    conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES ('theme', 'not json'), ('last_stamp', '[]')", [])
        .expect("broken");
    drop(conn);
    let store = Store::open(&path, Arc::new(clock)).expect("opens all the same");
    assert_eq!(store.settings_reset_at_open(), 2, "the language and the theme");
    assert_eq!(store.settings().expect("settings").language, None);
    assert_eq!(store.my_name().expect("name"), "Alex", "nothing else is touched");
}

#[test]
fn a_backups_own_time_obeys_the_clock_rule() {
    let alex = phone("Alex", None);
    let ahead = alex.clock.now().unix_ms + 40 * 3_600_000;
    let backup = backup_with(&alex, |doc| doc["exported_ms"] = json!(ahead));
    let mut new_phone = Store::open_in_memory(Arc::new(ManualClock::at_morning_of(start_day()))).expect("new");
    assert_eq!(new_phone.restore_opened_for_tests(&backup), Err(Error::ClockAhead));
}

// 3. Clocks that disagree.

#[test]
fn a_partner_whose_clock_ran_ahead_and_was_set_right_is_still_in_the_history_at_the_time_it_arrived() {
    let (mut alex, mut sam) = paired_couple();
    sam.clock.set_wall_clock_by(chrono::Duration::hours(2));
    sam.store.save_check_in(check_in(4, true)).expect("check-in");
    swap(&mut sam, &mut alex);
    // Sam's clock is set right; the next update says it was written two hours earlier.
    sam.clock.set_wall_clock_by(chrono::Duration::hours(-2));
    alex.clock.advance(chrono::Duration::minutes(30));
    sam.clock.advance(chrono::Duration::minutes(30));
    sam.store.answer_question("A quiet walk.", true).expect("answer");
    let update = sam.store.export_update().expect("export");
    let summary = alex.store.import_update(&update).expect("opens");
    assert_eq!(summary.new.answers, 1);
    let view = alex.store.exchange().expect("view");
    let received = view.history.iter().find(|h| h.direction == Direction::Received).expect("in the history");
    assert_eq!(received.at_ms, alex.clock.now().unix_ms, "recorded when this phone received it");
    assert_eq!(view.last_received_ms, Some(alex.clock.now().unix_ms));
    // And the next swap both ways carries nothing twice.
    swap(&mut alex, &mut sam);
    assert_eq!(alex.store.next_update().expect("next").entries, 0);
}

// 4. Yesterday's backup restored onto the same phone.

#[test]
fn restoring_my_older_backup_on_the_same_phone_does_not_bring_back_what_my_partner_removed() {
    let (mut alex, mut sam) = paired_couple();
    let sams_backup = sam.store.backup_opened_for_tests().expect("Sam's backup");
    let note = sam.store.add_reflection(reflection("Written after Sam's backup")).expect("note");
    swap(&mut sam, &mut alex);
    let alexs_backup = alex.store.backup_opened_for_tests().expect("Alex's backup, with Sam's note");
    // Sam's phone goes back to its backup: the note is gone there, and Sam's whole update
    // removes it from Alex's phone.
    let mut restored = Store::open_in_memory(Arc::new(sam.clock.clone())).expect("Sam's new phone");
    restored.restore_opened_for_tests(&sams_backup).expect("restored");
    sam.store = restored;
    let whole = sam.store.export_opened_for_tests(false).expect("whole");
    alex.store.accept_new_phone_opened_for_tests(&whole).expect("Alex accepts Sam's new phone");
    assert!(alex.store.partner().expect("partner").reflections.iter().all(|r| r.id != note));
    // Alex restores yesterday's backup onto the same phone: it still holds Sam's note.
    alex.store.restore_opened_for_tests(&alexs_backup).expect("restored onto the same phone");
    for _ in 0..2 {
        let update = alex.store.export_opened_for_tests(false).expect("alex");
        sam.store.import_opened_for_tests(&update).expect("sam opens");
        let update = sam.store.export_opened_for_tests(false).expect("sam");
        alex.store.import_opened_for_tests(&update).expect("alex opens");
    }
    for person in [alex.store.me(), sam.store.me()] {
        assert_eq!(alex.store.shared_snapshot(person).expect("a"), sam.store.shared_snapshot(person).expect("s"));
    }
    assert!(alex.store.partner().expect("partner").reflections.iter().all(|r| r.id != note), "gone for good");
}

// 5. A delta can't make my partner skip my entries.

#[test]
fn a_delta_that_claims_more_than_it_carries_is_confirmed_only_as_far_as_it_carries() {
    let (mut alex, mut sam) = paired_couple();
    alex.store.save_check_in(check_in(4, true)).expect("check-in");
    let (_, _, mut doc) = unpacked(&alex.store.export_opened_for_tests(false).expect("delta"));
    assert_eq!(doc["full"], json!(false));
    let claimed = doc["through"]["ms"].as_i64().expect("through") + 3_600_000;
    doc["through"]["ms"] = json!(claimed);
    let forged = alex.store.sign_opened_for_tests(&serde_json::to_vec(&doc).expect("json")).expect("signed");
    sam.store.import_opened_for_tests(&forged).expect("opens");
    let (_, _, reply) = unpacked(&sam.store.export_opened_for_tests(false).expect("reply"));
    assert!(reply["ack"]["through"]["ms"].as_i64().expect("ack") < claimed, "Sam confirms only what arrived");
}

#[test]
fn a_confirmation_of_changes_i_never_made_starts_no_delta() {
    let (mut alex, sam) = paired_couple();
    let newest = alex.store.newest_stamp_of(alex.store.me()).expect("stamp").expect("some");
    let (_, _, mut doc) = unpacked(&sam.store.export_opened_for_tests(false).expect("sam"));
    doc["ack"]["through"] = json!({"ms": newest.ms + 3_600_000, "counter": 0, "device": newest.device});
    let forged = sam.store.sign_opened_for_tests(&serde_json::to_vec(&doc).expect("json")).expect("signed");
    alex.store.import_opened_for_tests(&forged).expect("opens");
    assert!(alex.store.next_update().expect("next").whole, "Alex's next update is whole");
}

// 6. Ids nobody else can take.

#[test]
fn my_partner_cannot_file_an_entry_under_the_id_of_my_side_of_the_pact() {
    let (mut alex, mut sam) = paired_couple();
    alex.store.save_pact(pact_side(30)).expect("my side");
    let (_, _, alex_doc) = unpacked(&alex.store.export_opened_for_tests(true).expect("alex"));
    let pact_id = alex_doc["entries"]
        .as_array()
        .expect("entries")
        .iter()
        .find(|e| e["kind"] == "pact")
        .map(|e| e["id"].clone())
        .expect("the pact side");
    sam.store.answer_question("An answer.", true).expect("answer");
    let (_, _, mut doc) = unpacked(&sam.store.export_opened_for_tests(true).expect("sam"));
    let entries = doc["entries"].as_array_mut().expect("entries");
    let answer = entries.iter_mut().find(|e| e["kind"] == "answer").expect("the answer");
    answer["id"] = pact_id.clone();
    let forged = sam.store.sign_opened_for_tests(&serde_json::to_vec(&doc).expect("json")).expect("signed");
    let before = alex.store.dump().expect("dump");
    assert_eq!(alex.store.import_opened_for_tests(&forged), Err(Error::Damaged));
    assert_eq!(alex.store.dump().expect("dump"), before);
    // A tombstone under it, the same.
    let answer = doc["entries"].as_array_mut().expect("entries").iter_mut().find(|e| e["kind"] == "answer");
    let answer = answer.expect("answer");
    answer["deleted"] = json!(true);
    answer["shared"] = json!(false);
    answer["body"] = Value::Null;
    let forged = sam.store.sign_opened_for_tests(&serde_json::to_vec(&doc).expect("json")).expect("signed");
    assert_eq!(alex.store.import_opened_for_tests(&forged), Err(Error::Damaged));
    alex.store.save_pact(pact_side(40)).expect("I can still change my side");
}

// 7. A leaked code is not enough to be my partner.

#[test]
fn a_third_phone_with_our_code_cannot_write_as_my_partner_even_dated_ahead() {
    let (mut alex, mut sam) = paired_couple();
    sam.store.save_check_in(check_in(5, true)).expect("check-in");
    swap(&mut sam, &mut alex);
    let code = code_of(&alex);
    // Mallory found the code on a note and has read one of Sam's updates: Sam's id, the lot.
    let mut mallory = phone("Mallory", None);
    mallory.store.enter_couple_code(&code.to_string()).expect("the leaked code");
    let (_, _, sams) = unpacked(&sam.store.export_opened_for_tests(true).expect("a copy of Sam's"));
    let mut forged = sams.clone();
    forged["entries"] = json!([]);
    forged["exported_ms"] = json!(alex.clock.now().unix_ms + 30 * 3_600_000);
    let signed = mallory.store.sign_opened_for_tests(&serde_json::to_vec(&forged).expect("json")).expect("signed");
    let file = crypto::seal_update(&signed, &code).expect("sealed");
    let before = alex.store.dump().expect("dump");
    assert_eq!(alex.store.import_update(&file), Err(Error::FromSomeoneElse), "the wrong phone");
    assert_eq!(alex.store.dump().expect("dump"), before, "Sam's entries are all still here");
    // Sam's real updates keep opening.
    sam.store.answer_question("Still me.", true).expect("answer");
    let real = sam.store.export_update().expect("real");
    assert_eq!(alex.store.import_update(&real).expect("opens").new.answers, 1);
    // The same with no signature at all (a version-3 file): someone else too.
    let mut old = sams;
    old["version"] = json!(3);
    let plain = pack("attune-exchange", 3, &old);
    assert_eq!(
        alex.store.import_update(&crypto::seal_update(&plain, &code).expect("sealed")),
        Err(Error::FromSomeoneElse)
    );
    // Both phones show the same safety number.
    assert!(alex.store.partner().expect("view").safety_number.is_some());
    assert_eq!(alex.store.safety_number().expect("a"), sam.store.safety_number().expect("s"));
}

// 9. The text rule, through files.

#[test]
fn separators_invisible_names_unknown_fields_and_newer_kinds_in_a_file_are_damaged() {
    let (alex, mut sam) = paired_couple();
    let (_, _, doc) = unpacked(&alex.store.export_opened_for_tests(true).expect("whole"));
    let profile_at =
        doc["entries"].as_array().expect("entries").iter().position(|e| e["kind"] == "profile").expect("p");
    let with = |change: &dyn Fn(&mut Value)| {
        let mut d = doc.clone();
        change(&mut d);
        alex.store.sign_opened_for_tests(&serde_json::to_vec(&d).expect("json")).expect("signed")
    };
    let cases: Vec<(&str, Vec<u8>)> = vec![
        (
            "a line separator in a name",
            with(&|d| d["entries"][profile_at]["body"]["data"]["name"] = json!("Al\u{2028}ex")),
        ),
        (
            "a name of zero-width spaces",
            with(&|d| d["entries"][profile_at]["body"]["data"]["name"] = json!("\u{200B}\u{200B}")),
        ),
        ("a name of Hangul fillers", with(&|d| d["entries"][profile_at]["body"]["data"]["name"] = json!("\u{3164}"))),
        ("a sender's name of fillers", with(&|d| d["sender"]["name"] = json!("\u{3164}\u{3164}"))),
        ("an unknown field in an entry", with(&|d| d["entries"][profile_at]["colour"] = json!("red"))),
        ("an unknown field in a stamp", with(&|d| d["entries"][profile_at]["stamp"]["leap"] = json!(1))),
        ("an unknown field beside a body", with(&|d| d["entries"][profile_at]["body"]["extra"] = json!(1))),
    ];
    for (what, file) in cases {
        let before = sam.store.dump().expect("dump");
        assert_eq!(sam.store.import_opened_for_tests(&file), Err(Error::Damaged), "{what}");
        assert_eq!(sam.store.dump().expect("dump"), before, "{what}");
    }
}

#[test]
fn a_version_one_file_cannot_carry_a_kind_that_came_later() {
    let mut alex = phone("Alex", None);
    alex.store.save_pact(pact_side(30)).expect("pact");
    let (_, _, doc) = unpacked(&alex.store.export_opened_for_tests(true).expect("whole"));
    let v1 = json!({
        "format": "attune-exchange", "version": 1, "exported_ms": doc["exported_ms"],
        "sender": doc["sender"], "recipient": null, "ack": null, "entries": doc["entries"],
    });
    let mut lee = phone("Lee", None);
    assert_eq!(lee.store.import_opened_for_tests(&serde_json::to_vec(&v1).expect("json")), Err(Error::Damaged));
}
