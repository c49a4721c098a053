//! Calls a view model in a loop on a generated database, for profiling:
//! `cargo run --release -p attune-tests --example view_loop -- <dir from import-peak generate> today|partner`.

use std::sync::Arc;

use attune_core::{ManualClock, Store};
use attune_tests::generate;

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = std::path::PathBuf::from(args.next().expect("dir"));
    let view = args.next().unwrap_or_else(|| "today".into());
    let day = generate::start() + chrono::Duration::days(3_652);
    let store = Store::open(dir.join("alex.sqlite3"), Arc::new(ManualClock::at_morning_of(day))).expect("open");
    let started = std::time::Instant::now();
    for _ in 0..200 {
        match view.as_str() {
            "partner" => drop(store.partner().expect("partner")),
            _ => drop(store.today().expect("today")),
        }
    }
    println!("{view}: {:?} per call", started.elapsed() / 200);
}
