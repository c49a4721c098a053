//! Fuzzes the exchange-file decoder: any bytes handed to `import_update` on a paired phone
//! must come back as `Ok` or a typed error, never a panic, and a refused file must leave the
//! database exactly as it was.
//!
//! `RUSTC_BOOTSTRAP=1 cargo fuzz run decode shared/fuzz/seeds/decode` from `shared/`
//! (the seed corpus holds valid sealed and plain files and broken ones).
#![no_main]

use std::cell::RefCell;
use std::sync::Arc;

use attune_core::{ManualClock, Store};
use libfuzzer_sys::fuzz_target;

/// The couple code the seed files are sealed with.
const CODE: &str = "7K3M-Q9TX-2HDA-RH";

thread_local! {
    static PHONE: RefCell<Store> = RefCell::new({
        let day = chrono_day();
        let mut store = Store::open_in_memory(Arc::new(ManualClock::at_morning_of(day))).expect("store");
        store.set_up("Sam", None, None).expect("set up");
        store.enter_couple_code(CODE).expect("code");
        store
    });
}

fn chrono_day() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 11, 20).expect("valid date")
}

fuzz_target!(|data: &[u8]| {
    PHONE.with(|phone| {
        let mut store = phone.borrow_mut();
        let before = store.dump().expect("dump");
        if store.import_update(data).is_err() {
            assert_eq!(store.dump().expect("dump"), before, "a refused file changed the database");
        }
    });
});
