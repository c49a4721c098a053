//! The quiet exit: one action forgets my partner on this phone (code, identity, their
//! entries, waiting updates, the history of swaps, exchange files), sends nothing, keeps my
//! own entries, and leaves none of their words readable in the database file.

mod common;

use std::path::Path;
use std::sync::Arc;

use attune_core::{ManualClock, Received, Store, WaitReason};
use common::{check_in, start_day};

const THEIR_WORDS: &str = "Only Sam wrote this: lighthouse at dusk";
const MY_WORDS: &str = "Alex's own words: the blue kettle";

fn open(dir: &Path, name: &str, partner: Option<&str>) -> Store {
    let clock = ManualClock::at_morning_of(start_day());
    let mut store = Store::open(dir.join("attune.sqlite3"), Arc::new(clock)).expect("store opens");
    store.set_up(name, partner, None).expect("set up");
    store
}

/// The database file and its write-ahead log, as bytes: what someone holding the phone's
/// files could read.
fn raw(dir: &Path) -> Vec<u8> {
    let mut bytes = std::fs::read(dir.join("attune.sqlite3")).expect("database file");
    bytes.extend(std::fs::read(dir.join("attune.sqlite3-wal")).unwrap_or_default());
    bytes
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle.as_bytes())
}

#[test]
fn leaving_quietly_forgets_my_partner_here_sends_nothing_and_keeps_what_is_mine() {
    let (alex_dir, sam_dir) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let mut alex = open(alex_dir.path(), "Alex", Some("Sam"));
    let mut sam = open(sam_dir.path(), "Sam", Some("Alex"));
    let code = sam.create_couple_code().unwrap().to_string();
    let mut theirs = check_in(4, true);
    theirs.appreciation = Some(THEIR_WORDS.into());
    sam.save_check_in(theirs).unwrap();

    // An update that arrived before Alex typed the code waits in Alex's database.
    let early = sam.export_update().unwrap();
    assert_eq!(alex.receive_update(&early).unwrap(), Received::Waiting(WaitReason::NotPaired));
    alex.enter_couple_code(&code).unwrap();
    let mut mine = check_in(3, true);
    mine.appreciation = Some(MY_WORDS.into());
    alex.save_check_in(mine).unwrap();
    let update = alex.export_update().unwrap();
    alex.record_update_sent().unwrap();
    sam.import_update(&update).unwrap();
    let update = sam.export_update().unwrap();
    alex.import_update(&update).unwrap();
    for (dir, file) in [("inbox", "from-sam.attune"), ("outbox", "attune-alex.attune")] {
        std::fs::create_dir_all(alex_dir.path().join(dir)).unwrap();
        std::fs::write(alex_dir.path().join(dir).join(file), b"an exchange file").unwrap();
    }
    assert!(contains(&raw(alex_dir.path()), THEIR_WORDS), "the test can see Sam's words in the file");

    let before = alex.leaving().unwrap();
    assert!(before.paired && before.anything());
    assert_eq!(before.partner_name.as_deref(), Some("Sam"));
    assert_eq!(before.partner_entries, 1, "Sam's check-in (Sam's name aside)");
    assert_eq!(before.waiting_updates, 1);
    assert_eq!(before.swaps, 2, "one sent, one opened");
    let sam_before = sam.dump().unwrap();

    assert_eq!(alex.leave_quietly().unwrap(), 2, "the received file and the update for the share sheet");

    let after = alex.leaving().unwrap();
    assert!(!after.anything(), "nothing of Sam is left: {after:?}");
    let exchange = alex.exchange().unwrap();
    assert!(!exchange.paired && exchange.history.is_empty() && exchange.waiting.is_empty());
    assert_eq!(alex.partner_name().unwrap(), None);
    let rows = alex.dump().unwrap();
    for gone in ["couple_code", "\"partner\"", "partner_name", "partner_ack", "exchanges:", "waiting_updates:"] {
        assert!(!rows.iter().any(|r| r.contains(gone)), "{gone} is still stored: {rows:#?}");
    }
    let today = alex.today().unwrap();
    assert_eq!(today.check_in.and_then(|c| c.appreciation).as_deref(), Some(MY_WORDS), "my own entries stay");
    assert!(!alex_dir.path().join("inbox").exists() && !alex_dir.path().join("outbox").exists());
    let bytes = raw(alex_dir.path());
    assert!(!contains(&bytes, THEIR_WORDS), "Sam's words are not left in the database file or its log");
    let files: Vec<String> =
        std::fs::read_dir(alex_dir.path()).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into()).collect();
    assert!(files.iter().all(|f| f.starts_with("attune.sqlite3")), "nothing was written to send: {files:?}");
    assert_eq!(sam.dump().unwrap(), sam_before, "Sam's phone learns nothing");

    // Alex may pair again later, with anyone.
    let fresh = open(tempfile::tempdir().unwrap().path(), "Robin", None).create_couple_code().unwrap();
    alex.enter_couple_code(&fresh.to_string()).expect("a new pairing is possible");
}

#[test]
fn leaving_with_no_partner_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut alex = open(dir.path(), "Alex", None);
    alex.save_check_in(check_in(4, true)).unwrap();
    assert!(!alex.leaving().unwrap().anything());
    let before = alex.dump().unwrap();
    assert_eq!(alex.leave_quietly().unwrap(), 0);
    assert_eq!(alex.dump().unwrap(), before);
}
