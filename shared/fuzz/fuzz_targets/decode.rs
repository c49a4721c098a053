//! Fuzzes the exchange-file decoder on a paired phone, twice per input: as a file handed to
//! `import_update` (the envelope: size, sealed or plain, age) and as the document inside an
//! update already opened with the code (`import_opened_for_tests`, so the fuzzer reaches the
//! parser and every rule without having to forge an age seal). Each run must come back as
//! `Ok` or a typed error, never a panic, and:
//! - a refused file leaves the database exactly as it was;
//! - no file that isn't sealed is ever imported as an update;
//! - an accepted file never changes a row of mine, never stores a stamp more than 36 hours
//!   ahead of the phone's clock, and every name and text it stored passes the text rule.
//!
//! `RUSTC_BOOTSTRAP=1 cargo fuzz run decode shared/fuzz/seeds/decode` from `shared/`
//! (the seed corpus holds valid sealed and plain files of both format versions, packed
//! version-2 documents, a decompression bomb and broken files).
#![no_main]

use std::cell::RefCell;
use std::sync::Arc;

use attune_core::clock::MAX_AHEAD_MS;
use attune_core::text::{TextKind, check};
use attune_core::{Clock, ManualClock, Store};
use libfuzzer_sys::fuzz_target;

/// The couple code the seed files are sealed with.
const CODE: &str = "7K3M-Q9TX-2HDA-RH";

thread_local! {
    static PHONE: RefCell<(Store, ManualClock)> = RefCell::new({
        let clock = ManualClock::at_morning_of(chrono::NaiveDate::from_ymd_opt(2026, 11, 20).expect("valid date"));
        let mut store = Store::open_in_memory(Arc::new(clock.clone())).expect("store");
        store.set_up("Sam", None, None).expect("set up");
        store.enter_couple_code(CODE).expect("code");
        (store, clock)
    });
}

fn mine(store: &Store) -> Vec<String> {
    let me = store.me().to_string();
    store.dump().expect("dump").into_iter().filter(|row| row.starts_with("entries:") && row.contains(&me)).collect()
}

fn check_accepted(store: &Store, now_ms: i64) {
    let partner = store.partner_id().expect("partner").expect("an accepted update binds the partner");
    for entry in store.shared_snapshot(partner).expect("snapshot") {
        assert!(entry.stamp.ms <= now_ms + MAX_AHEAD_MS, "a stamp from the future was stored");
        entry.body.expect("live").validate().expect("every stored body passes the rules");
    }
    if let Some(name) = store.partner_name().expect("name") {
        check(&name, TextKind::Name, true).expect("the partner's name passes the text rule");
    }
}

fuzz_target!(|data: &[u8]| {
    PHONE.with(|phone| {
        let (store, clock) = &mut *phone.borrow_mut();
        let store: &mut Store = store;
        let now_ms = clock.now().unix_ms;
        for opened in [false, true] {
            let (before, my_rows) = (store.dump().expect("dump"), mine(store));
            let result = if opened { store.import_opened_for_tests(data) } else { store.import_update(data) };
            match result {
                Err(_) => assert_eq!(store.dump().expect("dump"), before, "a refused file changed the database"),
                Ok(_) => {
                    assert!(opened || data.starts_with(b"age-encryption.org/"), "an unsealed file was imported");
                    assert_eq!(mine(store), my_rows, "an import changed one of my rows");
                    check_accepted(store, now_ms);
                }
            }
        }
    });
});
