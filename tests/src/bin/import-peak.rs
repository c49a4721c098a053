//! Measures what opening a ten-year partner update costs in memory, outside the benchmark
//! harness so the peak belongs to the import alone:
//!
//! ```sh
//! cargo run --release -p attune-tests --bin import-peak -- generate /tmp/attune-peak
//! /usr/bin/time -v target/release/import-peak import /tmp/attune-peak   # "Maximum resident set size"
//! ```

use std::path::PathBuf;
use std::sync::Arc;

use attune_core::{ManualClock, Store};
use attune_tests::generate;

fn main() {
    let mut args = std::env::args().skip(1);
    let (Some(mode), Some(dir)) = (args.next(), args.next().map(PathBuf::from)) else {
        eprintln!("usage: import-peak generate|import <dir>");
        std::process::exit(2);
    };
    match mode.as_str() {
        "generate" => {
            std::fs::create_dir_all(&dir).expect("dir");
            let couple = generate::couple(3_652, Some(&dir));
            let update = couple.alex.export_whole_update().expect("sealed whole update");
            std::fs::write(dir.join("ten-years.attune"), &update).expect("written");
            let alex = couple.alex.me().to_string();
            drop(couple);
            let conn = rusqlite::Connection::open(dir.join("sam.sqlite3")).expect("open");
            conn.execute("DELETE FROM entries WHERE author = ?1", [&alex]).expect("forget Alex");
            conn.execute(
                "DELETE FROM settings WHERE key IN ('partner_ack', 'last_received_export_ms', 'partner_changes_through')",
                [],
            )
            .expect("reset");
            conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE); VACUUM;").expect("compact");
            println!("wrote {} bytes of update", update.len());
        }
        "import" => {
            let bytes = std::fs::read(dir.join("ten-years.attune")).expect("update");
            let clock = Arc::new(ManualClock::at_morning_of(generate::after(3_652)));
            let mut sam = Store::open(dir.join("sam.sqlite3"), clock).expect("sam");
            let summary = sam.import_update(&bytes).expect("import");
            println!("{}", attune_core::Locale::English.words().import_summary(&summary));
        }
        _ => std::process::exit(2),
    }
}
