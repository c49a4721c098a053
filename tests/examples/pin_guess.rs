//! What one guess at the app lock's PIN costs against a copied database: one scrypt hash at
//! the PIN's work factor (setting a PIN is that hash and one small write). Prints the time per
//! guess and what trying every 4- and 6-digit PIN takes on this machine:
//! `cargo run --release -p attune-tests --example pin_guess`.

use std::sync::Arc;
use std::time::Instant;

use attune_core::{ManualClock, SettingsChange, Store};
use attune_tests::generate;

fn main() {
    let mut store = Store::open_in_memory(Arc::new(ManualClock::at_morning_of(generate::after(0)))).expect("store");
    let rounds = 20;
    let started = Instant::now();
    for _ in 0..rounds {
        store.change_setting(SettingsChange::SetPin("2468".into())).expect("pin");
    }
    let each = started.elapsed().as_secs_f64() / f64::from(rounds);
    println!("one guess: {:.0} ms", each * 1000.0);
    println!("every 4-digit PIN: {:.0} minutes", each * 1e4 / 60.0);
    println!("every 6-digit PIN: {:.1} hours", each * 1e6 / 3600.0);
}
