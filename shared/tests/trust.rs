//! Only my partner, only with our code, and nothing lost: each way a stranger, a clumsy person
//! or a wrong clock could break that promise, tried through the public API. Every refused
//! file leaves the database exactly as it was (a dump of every row before and after).

mod common;

use std::sync::Arc;

use attune_core::TextField;
use attune_core::text::TextProblem;
use attune_core::{
    CheckKind, CoupleCode, Error, ManualClock, Received, ReflectionDraft, SettingsChange, Step, Store, Unlock,
    WaitReason,
};
use common::{Phone, check_in, paired_couple, phone, start_day};
use serde_json::{Value, json};

fn refused(phone: &mut Phone, bytes: &[u8], expected: &Error, what: &str) {
    let before = phone.store.dump().expect("dump");
    assert_eq!(
        phone.store.import_update(bytes).as_ref().map(|s| attune_core::Locale::English.words().import_summary(s)),
        Err(expected),
        "{what}"
    );
    assert_eq!(phone.store.dump().expect("dump"), before, "{what}: the database changed");
}

fn code_of(phone: &Phone) -> CoupleCode {
    phone.store.exchange().expect("view").couple_code.expect("paired").parse().expect("code")
}

/// `doc` signed by `signer`'s phone and sealed with the couple code.
fn sealed(by: &Phone, code: &CoupleCode, doc: &Value) -> Vec<u8> {
    let signed = by.store.sign_opened_for_tests(&serde_json::to_vec(doc).expect("json")).expect("signed");
    attune_core::crypto::seal_update(&signed, code).expect("sealed")
}

fn plain_doc(phone: &Phone) -> Value {
    serde_json::from_slice(&phone.store.export_update_plain().expect("plain")).expect("json")
}

// 1. Only a file sealed with our couple code is an update, and only it binds the partner.

#[test]
fn a_strangers_plain_update_is_never_imported_on_an_unpaired_phone() {
    let mut stranger = phone("Mallory", None);
    stranger.store.save_check_in(check_in(5, true)).expect("check-in");
    let forged = stranger.store.export_update_plain().expect("plain");
    let mut lee = phone("Lee", None);
    refused(&mut lee, &forged, &Error::PlainUpdate, "a plain update on an unpaired phone");
    assert_eq!(lee.store.partner_id().expect("partner"), None, "nobody was bound as the partner");
}

#[test]
fn a_strangers_plain_update_before_the_first_swap_binds_nobody_and_the_real_partner_still_opens() {
    let mut alex = phone("Alex", Some("Sam"));
    let mut sam = phone("Sam", None);
    let code = alex.store.create_couple_code().expect("code");
    sam.store.enter_couple_code(&code.to_string()).expect("entered");

    let mut stranger = phone("Mallory", None);
    stranger.store.save_check_in(check_in(1, true)).expect("check-in");
    let mut forged = plain_doc(&stranger);
    forged["recipient"] = json!(sam.store.me());
    refused(&mut sam, &serde_json::to_vec(&forged).expect("json"), &Error::PlainUpdate, "a plain update");
    assert_eq!(sam.store.partner_id().expect("partner"), None);

    alex.store.save_check_in(check_in(4, true)).expect("alex checks in");
    let real = alex.store.export_update().expect("sealed");
    let summary = sam.store.import_update(&real).expect("the real partner's update opens");
    assert_eq!(summary.new.check_ins, 1);
    assert_eq!(sam.store.partner_id().expect("partner"), Some(alex.store.me()));
}

#[test]
fn knowing_my_partners_id_does_not_let_anyone_write_as_them() {
    let (alex, mut sam) = paired_couple();
    let mut forged = plain_doc(&alex);
    forged["exported_ms"] = json!(forged["exported_ms"].as_i64().expect("ms") + 1);
    refused(&mut sam, &serde_json::to_vec(&forged).expect("json"), &Error::PlainUpdate, "a plain file as Alex");
    refused(&mut sam, b"  {\"format\": \"attune-exchange\", \"version\": 1}", &Error::PlainUpdate, "a plain header");
}

// 2. Restoring someone else's backup never changes who I am.

#[test]
fn restoring_my_partners_backup_never_turns_me_into_my_partner() {
    let (mut alex, mut sam) = paired_couple();
    alex.store.save_check_in(check_in(5, false)).expect("alex's private check-in");
    sam.store.save_check_in(check_in(2, false)).expect("sam's private check-in");
    let backup = alex.store.backup("our shared passphrase").expect("alex's backup");
    let (me, before) = (sam.store.me(), sam.store.dump().expect("dump"));
    assert_eq!(sam.store.restore_backup(&backup, "our shared passphrase"), Err(Error::BackupOfSomeoneElse));
    assert_eq!(sam.store.dump().expect("dump"), before, "nothing changed");
    assert_eq!(sam.store.me(), me);
    assert_eq!(sam.store.my_name().expect("name"), "Sam");

    // A phone that has only been set up is someone already, too.
    let mut new_phone = phone("Robin", None);
    assert_eq!(new_phone.store.restore_backup(&backup, "our shared passphrase"), Err(Error::BackupOfSomeoneElse));
}

#[test]
fn restoring_my_backup_does_not_move_my_clock_to_my_partners() {
    let (mut alex, mut sam) = paired_couple();
    // Sam's phone runs almost a day ahead: still believable (time zones), and Alex keeps it.
    sam.clock.advance(chrono::Duration::hours(20));
    sam.store.save_check_in(check_in(3, true)).expect("sam");
    common::swap(&mut alex, &mut sam);
    let backup = alex.store.backup("alex's passphrase").expect("backup");

    let clock = ManualClock::at_morning_of(start_day());
    let mut new_phone = Store::open_in_memory(Arc::new(clock.clone())).expect("opens");
    new_phone.restore_backup(&backup, "alex's passphrase").expect("restored");
    assert_eq!(new_phone.me(), alex.store.me());
    new_phone.save_check_in(check_in(4, true)).expect("a new check-in");
    let doc: Value = serde_json::from_slice(&new_phone.export_update_plain().expect("plain")).expect("json");
    let newest =
        doc["entries"].as_array().expect("entries").iter().map(|e| e["stamp"]["ms"].as_i64().expect("ms")).max();
    assert_eq!(newest, Some(attune_core::Clock::now(&clock).unix_ms), "stamped by my own clock, not Sam's");
}

// 3. Time: nothing dated far ahead of this phone's clock.

#[test]
fn stamps_export_times_and_days_far_in_the_future_are_refused() {
    let (mut alex, mut sam) = paired_couple();
    alex.store.save_check_in(check_in(4, true)).expect("check-in");
    let code = code_of(&alex);
    let doc = plain_doc(&alex);
    let year_9999 = 253_370_764_800_000_i64;
    let mut cases = Vec::new();
    let mut stamp = doc.clone();
    stamp["entries"][0]["stamp"]["ms"] = json!(year_9999);
    cases.push(("a stamp in the year 9999", stamp));
    let mut exported = doc.clone();
    exported["exported_ms"] = json!(year_9999);
    cases.push(("exported in the year 9999", exported));
    let mut two_days = doc.clone();
    let now = two_days["exported_ms"].as_i64().expect("ms");
    two_days["exported_ms"] = json!(now + 2 * 86_400_000);
    cases.push(("exported two days ahead", two_days));
    let mut day = doc.clone();
    let entry = day["entries"].as_array_mut().expect("entries").iter_mut().find(|e| e["kind"] == "check_in");
    entry.expect("a check-in")["body"]["data"]["day"] = json!("2031-01-01");
    cases.push(("a check-in for a day years ahead", day));
    for (what, doc) in cases {
        refused(&mut sam, &sealed(&alex, &code, &doc), &Error::ClockAhead, what);
    }

    // A partner a time zone away is a day ahead by the calendar, and welcome.
    alex.clock.advance(chrono::Duration::hours(26));
    alex.store.save_check_in(check_in(5, true)).expect("tomorrow, over there");
    sam.store.import_update(&alex.store.export_update().expect("sealed")).expect("opens");
    let history = sam.store.exchange().expect("view").history;
    let now = attune_core::Clock::now(&sam.clock).unix_ms;
    assert_eq!(history[0].at_ms, now, "the history says when this phone received it");
}

// 4. One rule for every name and text.

#[test]
fn hostile_names_and_texts_in_a_file_are_refused() {
    let (mut alex, mut sam) = paired_couple();
    let draft =
        ReflectionDraft { exercise: "roots-home".into(), pattern: None, texts: vec!["Home.".into()], shared: true };
    alex.store.add_reflection(draft).expect("reflection");
    // A new name puts the profile in the (delta) update.
    let names = SettingsChange::Names { mine: "Alexandra".into(), partner: Some("Sam".into()) };
    alex.store.change_setting(names).expect("renamed");
    let code = code_of(&alex);
    let doc = plain_doc(&alex);
    let profile_at = doc["entries"].as_array().expect("entries").iter().position(|e| e["kind"] == "profile");
    let reflection_at = doc["entries"].as_array().expect("entries").iter().position(|e| e["kind"] == "reflection");
    let (profile_at, reflection_at) = (profile_at.expect("profile"), reflection_at.expect("reflection"));
    let padded = format!("Al{}", " ".repeat(1_000_000));
    for name in ["Al\0ex", "Al\u{1b}[2Jex", "\u{202E}xelA", "Alex\u{2067}", padded.as_str(), " Alex"] {
        let mut sender = doc.clone();
        sender["sender"]["name"] = json!(name);
        refused(
            &mut sam,
            &sealed(&alex, &code, &sender),
            &Error::Damaged,
            &format!("sender name {:?}", &name[..name.len().min(8)]),
        );
        let mut profile = doc.clone();
        profile["entries"][profile_at]["body"]["data"]["name"] = json!(name);
        refused(&mut sam, &sealed(&alex, &code, &profile), &Error::Damaged, "profile name");
    }
    for text in ["nul \0 inside", "bell \u{7} inside", " untrimmed", "carriage\r\nreturn"] {
        let mut reflection = doc.clone();
        reflection["entries"][reflection_at]["body"]["data"]["texts"][0] = json!(text);
        refused(&mut sam, &sealed(&alex, &code, &reflection), &Error::Damaged, &format!("text {text:?}"));
    }
}

#[test]
fn what_a_person_types_is_tidied_and_checked_by_the_same_rule() {
    let clock = ManualClock::at_morning_of(start_day());
    let mut store = Store::open_in_memory(Arc::new(clock)).expect("opens");
    assert!(matches!(store.set_up(&format!("Al{}", " ".repeat(100)), None, None), Ok(())));
    assert_eq!(store.my_name().expect("name"), "Al", "stored trimmed");
    for name in ["Al\0ex", "\u{202E}xelA", "Al\nex"] {
        assert!(
            matches!(
                store.change_setting(SettingsChange::MyName(name.into())),
                Err(Error::Text { field: TextField::MyName, .. })
            ),
            "{name:?}"
        );
    }
    assert_eq!(
        store.change_setting(SettingsChange::MyName("x".repeat(61))),
        Err(Error::Text { field: TextField::MyName, problem: TextProblem::TooLong { max_chars: 60 } })
    );
    let mut draft = check_in(4, true);
    draft.appreciation = Some("  The tea.\r\nAnd the walk.  ".into());
    store.save_check_in(draft).expect("saved");
    let saved = store.check_in_form().expect("form").saved.expect("saved");
    assert_eq!(saved.appreciation.as_deref(), Some("The tea.\nAnd the walk."));
    let nul =
        ReflectionDraft { exercise: "roots-home".into(), pattern: None, texts: vec!["a\0b".into()], shared: true };
    assert_eq!(
        store.add_reflection(nul),
        Err(Error::Text { field: TextField::Reflection, problem: TextProblem::ControlCharacter })
    );
}

#[test]
fn my_name_and_my_partners_are_saved_together_or_not_at_all() {
    let mut alex = phone("Alex", Some("Sam"));
    let change = SettingsChange::Names { mine: "Alexandra".into(), partner: Some("S\0m".into()) };
    assert_eq!(
        alex.store.change_setting(change),
        Err(Error::Text { field: TextField::PartnerName, problem: TextProblem::ControlCharacter })
    );
    assert_eq!(alex.store.my_name().expect("name"), "Alex", "my name did not change alone");
    let change = SettingsChange::Names { mine: "Alexandra".into(), partner: Some("Samuel".into()) };
    alex.store.change_setting(change).expect("saved");
    let view = alex.store.settings().expect("settings");
    assert_eq!((view.my_name.as_str(), view.partner_name.as_deref()), ("Alexandra", Some("Samuel")));
}

// 5. Content references: unknown ids from a newer partner are kept and shown gracefully;
// shapes must match.

#[test]
fn entries_about_content_this_version_does_not_know_are_kept_and_every_screen_renders() {
    let (mut alex, mut sam) = paired_couple();
    alex.store.answer_question("An answer.", true).expect("answer");
    let draft =
        ReflectionDraft { exercise: "roots-home".into(), pattern: None, texts: vec!["Home.".into()], shared: true };
    alex.store.add_reflection(draft).expect("reflection");
    alex.store.add_commitment("gentle", "Speak softly.", true).expect("commitment");
    let code = code_of(&alex);
    let mut doc = plain_doc(&alex);
    for entry in doc["entries"].as_array_mut().expect("entries") {
        match entry["kind"].as_str() {
            Some("answer") => entry["body"]["data"]["question"] = json!("q-from-version-9"),
            Some("reflection") => {
                entry["body"]["data"]["exercise"] = json!("exercise-from-version-9");
                entry["body"]["data"]["pattern"] = json!("pattern-from-version-9");
            }
            Some("commitment") => entry["body"]["data"]["quality"] = json!("quality-from-version-9"),
            _ => {}
        }
    }
    let summary = sam.store.import_update(&sealed(&alex, &code, &doc)).expect("kept");
    assert_eq!((summary.new.answers, summary.new.commitments), (1, 1));
    let partner = sam.store.partner().expect("partner renders");
    assert_eq!(partner.answers.len(), 1, "the answer is listed");
    assert_eq!(partner.answers[0].answer, None, "and stays hidden until I answered the same question");
    assert_eq!(partner.commitments[0].quality_name, "quality-from-version-9");
    sam.store.today().expect("today renders");
    sam.store.journey().expect("journey renders");
    for step in Step::ALL {
        sam.store.step_page(step).expect("step page renders");
    }
    sam.store.insights(30).expect("insights render");
    sam.store.insights(90).expect("insights render");
    sam.store.exchange().expect("exchange renders");
    sam.store.export_everything_json().expect("export renders");
    let backup = sam.store.backup("sam's passphrase").expect("and they travel in a backup");
    let mut restored = Store::open_in_memory(Arc::new(sam.clock.clone())).expect("opens");
    restored.restore_backup(&backup, "sam's passphrase").expect("restored");
    assert_eq!(restored.partner().expect("partner").answers.len(), 1);
}

#[test]
fn a_self_check_of_the_wrong_shape_and_a_log_of_an_unknown_commitment_are_refused() {
    let (mut alex, mut sam) = paired_couple();
    alex.store.take_self_check(CheckKind::Patterns, vec![1; 15], true).expect("self-check");
    let commitment = alex.store.add_commitment("gentle", "Speak softly.", true).expect("commitment");
    let mut kept = check_in(4, true);
    kept.kept = vec![attune_core::KeptCommitment { commitment, kept: true }];
    alex.store.save_check_in(kept).expect("kept it");
    let code = code_of(&alex);
    let doc = plain_doc(&alex);
    let at =
        |kind: &str| doc["entries"].as_array().expect("entries").iter().position(|e| e["kind"] == kind).expect(kind);

    let mut fourteen = doc.clone();
    fourteen["entries"][at("self_check")]["body"]["data"]["answers"] = json!(vec![1; 14]);
    refused(&mut sam, &sealed(&alex, &code, &fourteen), &Error::Damaged, "14 answers to the 15 patterns");
    let mut sixteen = doc.clone();
    sixteen["entries"][at("self_check")]["body"]["data"]["answers"] = json!(vec![1; 16]);
    refused(&mut sam, &sealed(&alex, &code, &sixteen), &Error::Damaged, "16 answers");
    let mut orphan = doc.clone();
    orphan["entries"][at("commitment_log")]["body"]["data"]["commitment"] = json!(attune_core::EntryId::random());
    refused(&mut sam, &sealed(&alex, &code, &orphan), &Error::Damaged, "a log of a commitment never sent");
    let mut bad_id = doc.clone();
    bad_id["entries"][at("commitment")]["body"]["data"]["quality"] = json!("Gentle \u{202E}");
    refused(&mut sam, &sealed(&alex, &code, &bad_id), &Error::Damaged, "a malformed content id");

    sam.store.import_update(&sealed(&alex, &code, &doc)).expect("the real one opens");
    // A later update may carry only the log: its commitment is already here.
    let mut logs_only = doc.clone();
    logs_only["entries"]
        .as_array_mut()
        .expect("entries")
        .retain(|e| e["kind"] == "commitment_log" || e["kind"] == "profile");
    sam.store.import_update(&sealed(&alex, &code, &logs_only)).expect("a log of a known commitment");
}

// 6. The lock survives a restart.

#[test]
fn wrong_pins_keep_their_wait_across_a_restart() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("attune.sqlite3");
    let clock = ManualClock::at_morning_of(start_day());
    let mut store = Store::open(&path, Arc::new(clock.clone())).expect("opens");
    store.set_up("Noor", None, None).expect("set up");
    store.change_setting(SettingsChange::SetPin("2468".into())).expect("pin");
    for _ in 0..5 {
        assert!(matches!(store.unlock("0000").expect("tried"), Unlock::WrongPin { .. }));
    }
    drop(store);
    let mut store = Store::open(&path, Arc::new(clock.clone())).expect("reopens");
    assert!(store.lock_required().expect("read"), "still locked after a restart");
    assert!(matches!(store.unlock("2468").expect("tried"), Unlock::Wait { .. }), "the wait survived");
    clock.advance(chrono::Duration::seconds(31));
    assert_eq!(store.unlock("2468").expect("tried"), Unlock::Unlocked);
}

// 7. Nothing lost.

#[test]
fn updates_that_arrive_before_pairing_survive_a_restart_and_open_once_paired() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("attune.sqlite3");
    let mut alex = phone("Alex", None);
    let code = alex.store.create_couple_code().expect("code");
    alex.store.save_check_in(check_in(4, true)).expect("monday");
    let first = alex.store.export_update().expect("first");
    alex.clock.next_morning();
    alex.store.save_check_in(check_in(5, true)).expect("tuesday");
    let second = alex.store.export_update().expect("second");

    let clock = ManualClock::at_morning_of(start_day() + chrono::Days::new(1));
    let mut sam = Store::open(&path, Arc::new(clock.clone())).expect("opens");
    sam.set_up("Sam", None, None).expect("set up");
    assert_eq!(sam.receive_update(&first), Ok(Received::Waiting(WaitReason::NotPaired)));
    assert_eq!(sam.receive_update(&first), Ok(Received::Waiting(WaitReason::NotPaired)), "the same file again");
    assert_eq!(sam.receive_update(&second), Ok(Received::Waiting(WaitReason::NotPaired)));
    assert_eq!(sam.receive_update(b"junk"), Err(Error::NotAnAttuneFile), "junk is not kept");
    drop(sam);

    let mut sam = Store::open(&path, Arc::new(clock)).expect("reopens");
    assert_eq!(sam.waiting_updates().expect("waiting").len(), 2, "both kept across the restart, once each");
    assert_eq!(sam.exchange().expect("view").waiting.len(), 2);
    sam.enter_couple_code(&code.to_string()).expect("paired");
    let outcomes = sam.open_waiting_updates().expect("opened");
    assert!(outcomes.iter().all(|o| o.result.is_ok()), "{outcomes:?}");
    assert!(sam.waiting_updates().expect("waiting").is_empty());
    assert_eq!(sam.partner().expect("partner").check_ins.len(), 2);
}

#[test]
fn a_waiting_update_can_be_dismissed() {
    let mut alex = phone("Alex", None);
    alex.store.create_couple_code().expect("code");
    let mut sam = phone("Sam", None);
    sam.store.receive_update(&alex.store.export_update().expect("sealed")).expect("kept");
    let id = sam.store.waiting_updates().expect("waiting")[0].id;
    sam.store.dismiss_waiting_update(id).expect("dismissed");
    assert!(sam.store.waiting_updates().expect("waiting").is_empty());
}

#[test]
fn sent_is_recorded_only_when_the_file_was_handed_over() {
    let (mut alex, _sam) = paired_couple();
    let sent_before = alex.store.exchange().expect("view").last_sent_ms;
    alex.clock.advance(chrono::Duration::hours(1));
    alex.store.export_update().expect("exported, then the save dialog was cancelled");
    alex.store.export_update_plain().expect("a plain copy to read");
    assert_eq!(alex.store.exchange().expect("view").last_sent_ms, sent_before);
    alex.store.record_update_sent().expect("recorded");
    assert_eq!(alex.store.exchange().expect("view").last_sent_ms, Some(attune_core::Clock::now(&alex.clock).unix_ms));
}

#[test]
fn delete_all_removes_every_file_attune_wrote() {
    let dir = tempfile::tempdir().expect("dir");
    let app_data = dir.path().join("Attune");
    let mut store =
        Store::open(app_data.join("attune.sqlite3"), Arc::new(ManualClock::at_morning_of(start_day()))).expect("opens");
    store.set_up("Noor", None, None).expect("set up");
    let files = attune_core::files::write_whole;
    std::fs::create_dir_all(app_data.join("inbox")).expect("inbox");
    std::fs::create_dir_all(app_data.join("outbox")).expect("outbox");
    files(&app_data.join("inbox/from-sam.attune"), b"sealed").expect("received");
    files(&app_data.join("inbox/big.attune.part"), b"half").expect("half received");
    files(&app_data.join("outbox/attune-update.json"), b"{plain}").expect("plain export");
    files(&app_data.join("reminder.json"), b"{}").expect("reminder");
    files(&app_data.join(attune_core::files::PHONE_WORDS_FILE), b"{}").expect("the phone's words");
    let removed = store.delete_all_data().expect("deleted");
    let left: Vec<_> = std::fs::read_dir(&app_data).expect("dir").map(|e| e.expect("entry").path()).collect();
    assert!(left.is_empty(), "left behind: {left:?}");
    assert!(removed >= 6, "the database and five files: {removed}");
}
