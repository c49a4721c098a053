//! Backups: everything (private entries too) comes back on a new phone, under the identity my
//! partner knows; restoring twice or into a used install makes no duplicates; a wrong
//! passphrase or a damaged backup changes nothing.

mod common;

use std::sync::Arc;

use attune_core::{Error, ManualClock, ReflectionDraft, Store};
use common::{check_in, paired_couple, start_day, swap};

fn private_note() -> ReflectionDraft {
    ReflectionDraft {
        exercise: "roots-hard-times".into(),
        pattern: None,
        texts: vec!["Only mine.".into()],
        shared: false,
    }
}

#[test]
fn a_backup_restores_onto_a_new_phone_and_the_partner_still_recognises_me() {
    let (mut alex, mut sam) = paired_couple();
    alex.store.save_check_in(check_in(4, true)).expect("check-in");
    alex.store.add_reflection(private_note()).expect("private");
    let backup = alex.store.backup("long enough passphrase").expect("backup");

    let clock = ManualClock::at_morning_of(start_day());
    let mut new_phone = Store::open_in_memory(Arc::new(clock)).expect("new phone");
    assert!(matches!(new_phone.restore_backup(&backup, "wrong"), Err(Error::WrongPassphrase)));
    let summary = new_phone.restore_backup(&backup, "long enough passphrase").expect("restored");
    assert!(summary.restored.check_ins >= 1);
    assert_eq!(new_phone.me(), alex.store.me());
    assert_eq!(new_phone.my_reflections().expect("mine").len(), 1, "the private note is back");
    assert_eq!(new_phone.partner_name().expect("name").as_deref(), Some("Sam"));

    // The new phone signs with a key of its own: Sam's phone keeps the update aside and
    // says so, until Sam compares the safety number with Alex's new phone and accepts it.
    let update = new_phone.export_update().expect("export");
    let before = sam.store.dump().expect("dump");
    assert_eq!(sam.store.import_update(&update), Err(Error::FromSomeoneElse));
    assert_eq!(sam.store.dump().expect("dump"), before, "nothing changed");
    assert_eq!(
        sam.store.receive_update(&update),
        Ok(attune_core::Received::Waiting(attune_core::WaitReason::NewPhone))
    );
    let waiting = sam.store.waiting_updates().expect("waiting");
    let number = sam.store.new_phone_safety_number(waiting[0].id).expect("number");
    assert!(number.is_some());
    assert_ne!(number, sam.store.safety_number().expect("old number"), "a new phone, a new number");
    sam.store.accept_new_phone(waiting[0].id).expect("Alex's new phone, accepted");
    assert_eq!(sam.store.safety_number().expect("number"), number);
    assert_eq!(new_phone.safety_number().expect("number"), number, "both phones show the same number");
    let from_sam = sam.store.export_update().expect("export");
    new_phone.import_update(&from_sam).expect("Sam's phone is still bound on Alex's side");
    // Alex's old phone is someone else now.
    let from_old_phone = alex.store.export_update().expect("export");
    assert_eq!(sam.store.import_update(&from_old_phone), Err(Error::FromSomeoneElse));
    let again = new_phone.restore_backup(&backup, "long enough passphrase").expect("twice");
    assert_eq!(again.restored.total() + again.updated.total(), 0, "no duplicates: {again:?}");
}

#[test]
fn restoring_my_backup_into_my_used_install_merges_without_duplicates() {
    let mut alex = common::phone("Alex", None);
    alex.store.save_check_in(check_in(2, true)).expect("monday's check-in");
    let backup = alex.store.backup("long enough passphrase").expect("backup");
    alex.clock.next_morning();
    alex.store.save_check_in(check_in(5, true)).expect("tuesday's check-in");
    let me = alex.store.me();
    alex.store.restore_backup(&backup, "long enough passphrase").expect("merged");
    assert_eq!(alex.store.me(), me);
    let insights = alex.store.insights(7).expect("insights");
    let values: Vec<u8> = insights.connection.me.iter().flatten().copied().collect();
    assert_eq!(values, [2, 5], "both days, once each");
}

#[test]
fn a_damaged_or_short_passphrase_backup_is_refused_cleanly() {
    let phone = common::phone("Alex", None);
    assert_eq!(phone.store.backup("short"), Err(Error::PassphraseTooShort { min_chars: 8 }));
    let backup = phone.store.backup("long enough passphrase").expect("backup");
    let mut other = common::phone("Kim", None);
    other.store.save_check_in(check_in(3, true)).expect("check-in");
    let before = other.store.dump().expect("dump");
    let mut damaged = backup.clone();
    let last = damaged.len() - 5;
    damaged[last] ^= 1;
    assert_eq!(other.store.restore_backup(&damaged, "long enough passphrase"), Err(Error::Damaged));
    assert_eq!(other.store.restore_backup(b"not a backup", "x"), Err(Error::NotAnAttuneFile));
    assert_eq!(other.store.dump().expect("dump"), before);
}

#[test]
fn the_portability_export_is_readable_json_of_my_entries() {
    let mut phone = common::phone("Alex", None);
    phone.store.save_check_in(check_in(4, false)).expect("check-in");
    phone.store.answer_question("Slow breakfasts.", true).expect("answer");
    let json: serde_json::Value =
        serde_json::from_str(&phone.store.export_everything_json().expect("export")).expect("json");
    assert_eq!(json["format"], "attune-export");
    assert_eq!(json["me"]["name"], "Alex");
    assert_eq!(json["check_ins"][0]["connection"], 4);
    assert_eq!(json["check_ins"][0]["shared"], false, "private entries are mine to export");
    assert_eq!(json["answers"][0]["answer"], "Slow breakfasts.");
    assert!(json["answers"][0]["question"].as_str().is_some_and(|q| q.ends_with('?')));
}

#[test]
fn a_backup_and_an_update_are_told_apart_before_any_key() {
    let (mut alex, mut sam) = paired_couple();
    alex.store.save_check_in(check_in(4, true)).expect("check-in");
    let backup = alex.store.backup("long enough passphrase").expect("backup");
    let update = alex.store.export_update().expect("update");
    assert_eq!(attune_core::crypto::sealed_kind(&backup), Some(attune_core::crypto::SealedKind::Backup));
    assert_eq!(attune_core::crypto::sealed_kind(&update), Some(attune_core::crypto::SealedKind::Update));
    assert_eq!(attune_core::crypto::sealed_kind(b"{\"format\":\"attune-exchange\"}"), None);

    let before = sam.store.dump().expect("dump");
    assert_eq!(sam.store.import_update(&backup), Err(Error::IsBackup), "a backup opened as an update");
    assert_eq!(sam.store.restore_backup(&update, "long enough passphrase"), Err(Error::IsUpdate));
    assert_eq!(sam.store.dump().expect("dump"), before, "nothing changed");

    // A new phone, not paired yet: the backup is still named as a backup, not "pair first".
    let mut new_phone = Store::open_in_memory(Arc::new(ManualClock::at_morning_of(start_day()))).expect("new phone");
    assert_eq!(new_phone.import_update(&backup), Err(Error::IsBackup));
    swap(&mut alex, &mut sam);
}

#[test]
fn a_backup_that_restore_would_refuse_is_never_written() {
    let mut alex = common::phone("Alex", None);
    // Two full boxes of writing per reflection, until everything is more than one file may hold.
    let page = "A whole page of writing about where my ways of loving come from. ".repeat(61);
    let reflections = attune_core::MAX_FILE_BYTES / (2 * page.len()) + 1;
    for _ in 0..reflections {
        let draft = ReflectionDraft {
            exercise: "compassion-partner-pattern".into(),
            pattern: Some("best-side-only".into()),
            texts: vec![page.clone(), page.clone()],
            shared: false,
        };
        alex.store.add_reflection(draft).expect("reflection");
    }
    assert_eq!(alex.store.backup("long enough passphrase"), Err(Error::BackupTooLarge));
}
