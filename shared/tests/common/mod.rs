//! Helpers for the core's integration tests: a couple of phones on one clock each.
#![allow(dead_code)]

use std::sync::Arc;

use attune_core::{CheckInDraft, ManualClock, Markers, Store};
use chrono::NaiveDate;

pub struct Phone {
    pub store: Store,
    pub clock: ManualClock,
}

pub fn start_day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, 2).expect("valid date")
}

pub fn phone(name: &str, partner: Option<&str>) -> Phone {
    let clock = ManualClock::at_morning_of(start_day());
    let mut store = Store::open_in_memory(Arc::new(clock.clone())).expect("store opens");
    store.set_up(name, partner, None).expect("set up");
    Phone { store, clock }
}

/// Two set-up phones, paired through a couple code and with one sealed update each way.
pub fn paired_couple() -> (Phone, Phone) {
    let (mut alex, mut sam) = paired_phones();
    swap(&mut alex, &mut sam);
    (alex, sam)
}

/// Two paired phones that swapped unsealed (but signed) updates: for tests of the merge that
/// run thousands of times, where the key derivation would only cost time.
pub fn paired_couple_plain() -> (Phone, Phone) {
    let (mut alex, mut sam) = paired_phones();
    let update = alex.store.export_opened_for_tests(false).expect("a exports");
    sam.store.import_opened_for_tests(&update).expect("b imports");
    let update = sam.store.export_opened_for_tests(false).expect("b exports");
    alex.store.import_opened_for_tests(&update).expect("a imports");
    (alex, sam)
}

/// The header line of packed content, the signature line (version 4 on) and the document.
pub fn unpacked(packed: &[u8]) -> (String, Option<String>, serde_json::Value) {
    use std::io::Read as _;
    let line_end = |from: usize| packed[from..].iter().position(|b| *b == b'\n').expect("a line") + from + 1;
    let header_end = line_end(0);
    let header = String::from_utf8(packed[..header_end].to_vec()).expect("header line");
    let version: u32 = header.split(' ').nth(1).and_then(|v| v.parse().ok()).expect("version");
    let (signature, start) = if header.starts_with("attune-exchange ") && version >= 4 {
        let end = line_end(header_end);
        (Some(String::from_utf8(packed[header_end..end].to_vec()).expect("signature line")), end)
    } else {
        (None, header_end)
    };
    let mut json = Vec::new();
    flate2::read::DeflateDecoder::new(&packed[start..]).read_to_end(&mut json).expect("inflates");
    (header, signature, serde_json::from_slice(&json).expect("json"))
}

/// Two set-up phones that share a couple code and have not swapped anything yet.
pub fn paired_phones() -> (Phone, Phone) {
    let alex = phone("Alex", Some("Sam"));
    let mut sam = phone("Sam", None);
    let mut alex = alex;
    let code = alex.store.create_couple_code().expect("code");
    sam.store.enter_couple_code(&code.to_string()).expect("entered");
    (alex, sam)
}

/// A full exchange both ways: `a` sends, `b` opens; `b` sends, `a` opens.
pub fn swap(a: &mut Phone, b: &mut Phone) {
    let update = a.store.export_update().expect("a exports");
    b.store.import_update(&update).expect("b imports");
    let update = b.store.export_update().expect("b exports");
    a.store.import_update(&update).expect("a imports");
}

pub fn check_in(connection: u8, shared: bool) -> CheckInDraft {
    CheckInDraft {
        connection,
        markers: Markers { safe: connection, seen: 3, trust: 4, repair: 3, rely: connection },
        appreciation: Some("You made tea without being asked.".into()),
        need: None,
        good_news: None,
        kept: vec![],
        answer: None,
        shared,
    }
}
