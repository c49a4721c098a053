//! Crash safety: a child process importing a large update is killed with SIGKILL at random
//! moments. Every time, SQLite's integrity check passes and the database holds either all of
//! the import or none of it.

mod common;

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use attune_core::{ManualClock, ReflectionDraft, Store};
use common::{check_in, start_day};

const CHILD_DB: &str = "ATTUNE_KILL_TEST_DB";
const CHILD_UPDATE: &str = "ATTUNE_KILL_TEST_UPDATE";
const KILLS: usize = 60;
/// Days of Alex's life in the update.
const DAYS: u64 = 1500;

/// The child's work: open the database and import the update. Run only as a child.
#[test]
#[ignore = "run by kill_during_import as a child process"]
fn child_imports() {
    let (Some(db), Some(update)) = (std::env::var_os(CHILD_DB), std::env::var_os(CHILD_UPDATE)) else { return };
    // The evening after Alex's four years, so no entry is dated ahead of this phone's clock.
    let clock = Arc::new(ManualClock::at_morning_of(start_day() + chrono::Days::new(DAYS)));
    let mut store = Store::open(Path::new(&db), clock).expect("child opens");
    let bytes = std::fs::read(update).expect("update read");
    let mut out = std::io::stdout();
    writeln!(out, "importing").and_then(|()| out.flush()).expect("parent listens");
    let started = Instant::now();
    // The update is plain so the kills land in the import itself, not in the key derivation.
    store.import_opened_for_tests(&bytes).expect("child imports");
    writeln!(out, "imported {}", started.elapsed().as_micros()).and_then(|()| out.flush()).expect("parent listens");
}

fn partner_entries(db: &Path) -> (String, i64) {
    let conn = rusqlite::Connection::open(db).expect("opens after the kill");
    let integrity: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).expect("integrity check");
    let me: String = conn.query_row("SELECT value FROM settings WHERE key = 'me'", [], |r| r.get(0)).expect("me");
    let others: i64 = conn
        .query_row("SELECT COUNT(*) FROM entries WHERE author != ?1", [me.trim_matches('"')], |r| r.get(0))
        .expect("count");
    (integrity, others)
}

#[test]
fn kill_during_import_leaves_all_or_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let base = dir.path().join("base.sqlite3");
    let update_path = dir.path().join("update.attune");

    // Sam's phone, paired; Alex's big update (four years of entries), opened (not sealed).
    let clock = Arc::new(ManualClock::at_morning_of(start_day()));
    let mut sam = Store::open(&base, clock.clone()).expect("sam opens");
    sam.set_up("Sam", None, None).expect("set up");
    let mut alex = common::phone("Alex", None);
    let code = alex.store.create_couple_code().expect("code");
    sam.enter_couple_code(&code.to_string()).expect("code entered");
    for day in 0..DAYS {
        alex.store.save_check_in(check_in(u8::try_from(day % 5).expect("small") + 1, true)).expect("check-in");
        alex.store.answer_question(&format!("An answer for day {day}, long enough to be real."), true).expect("a");
        if day % 3 == 0 {
            let texts = vec!["A reflection with a few sentences in it. ".repeat(8)];
            let draft = ReflectionDraft { exercise: "roots-home".into(), pattern: None, texts, shared: true };
            alex.store.add_reflection(draft).expect("reflection");
        }
        alex.clock.next_morning();
    }
    let update = alex.store.export_opened_for_tests(true).expect("export");
    std::fs::write(&update_path, &update).expect("written");
    drop(sam);
    let (_, before) = partner_entries(&base);
    assert_eq!(before, 0);

    // How long an uninterrupted import takes, to spread the kills across it.
    let full = dir.path().join("full.sqlite3");
    std::fs::copy(&base, &full).expect("copied");
    let output = child(&full, &update_path).output().expect("child runs");
    assert!(output.status.success());
    let micros: u64 = String::from_utf8_lossy(&output.stdout)
        .lines()
        .find_map(|l| l.strip_prefix("imported ").and_then(|m| m.trim().parse().ok()))
        .expect("the child reports its import time");
    let full_run = Duration::from_micros(micros);
    let (integrity, all) = partner_entries(&full);
    assert_eq!(integrity, "ok");
    assert!(all > 1000, "the import is large: {all}");

    let mut outcomes = (0, 0);
    let mut seed: u64 = 0x5eed;
    for i in 0..KILLS {
        let db = dir.path().join(format!("kill-{i}.sqlite3"));
        std::fs::copy(&base, &db).expect("copied");
        seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        let fraction = (seed >> 33) % 1000;
        let delay = full_run.mul_f64(1.2 * f64::from(u32::try_from(fraction).expect("small")) / 1000.0);
        let mut running = child(&db, &update_path).spawn().expect("child starts");
        // Wait until the child is about to import, then kill it somewhere inside the import.
        let mut lines = BufReader::new(running.stdout.take().expect("piped"));
        let mut line = String::new();
        while !line.contains("importing") {
            line.clear();
            if lines.read_line(&mut line).expect("reads") == 0 {
                break;
            }
        }
        std::thread::sleep(delay);
        let _ = running.kill(); // SIGKILL on Unix
        let _ = running.wait();
        let (integrity, entries) = partner_entries(&db);
        assert_eq!(integrity, "ok", "kill {i} after {delay:?}");
        assert!(entries == 0 || entries == all, "kill {i} after {delay:?}: {entries} of {all} entries");
        if entries == 0 {
            outcomes.0 += 1;
        } else {
            outcomes.1 += 1;
        }
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", db.display()));
        }
    }
    println!("{KILLS} kills over {full_run:?} imports: {} left nothing, {} left everything", outcomes.0, outcomes.1);
}

fn child(db: &Path, update: &Path) -> Command {
    let mut cmd = Command::new(std::env::current_exe().expect("test binary"));
    cmd.args(["--exact", "child_imports", "--ignored", "--nocapture", "--test-threads=1"])
        .env(CHILD_DB, db)
        .env(CHILD_UPDATE, update)
        .stdout(Stdio::piped())
        .stderr(Stdio::null());
    cmd
}
