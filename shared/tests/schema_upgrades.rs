//! Every released schema version opens with the newest code, with nothing lost, and ends up
//! with the same schema as a fresh database. One fixture per released version lives in
//! `shared/tests/fixtures/schema-vN.sqlite3`; write a new one (see `write_fixture`) whenever
//! a migration is added, and never change an old one.

mod common;

use std::sync::Arc;

use attune_core::{CheckKind, ManualClock, ReflectionDraft, SCHEMA_VERSION, Step, Store};
use common::{check_in, start_day};

const FIXTURES: &[(usize, &str)] = &[
    (1, "tests/fixtures/schema-v1.sqlite3"),
    (2, "tests/fixtures/schema-v2.sqlite3"),
    (3, "tests/fixtures/schema-v3.sqlite3"),
];

fn schema_of(path: &std::path::Path) -> Vec<String> {
    let conn = rusqlite::Connection::open(path).expect("opens");
    let mut stmt = conn
        .prepare("SELECT type || ' ' || name || ': ' || sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name")
        .expect("prepares");
    stmt.query_map([], |r| r.get(0)).expect("queries").collect::<Result<_, _>>().expect("rows")
}

#[test]
fn every_released_schema_opens_with_nothing_lost() {
    assert_eq!(FIXTURES.last().map(|f| f.0), Some(SCHEMA_VERSION), "add a fixture for the newest schema version");
    for (version, fixture) in FIXTURES {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("attune.sqlite3");
        std::fs::copy(fixture, &path).expect("fixture copied");

        let clock = ManualClock::at_morning_of(start_day() + chrono::Duration::days(2));
        let store = Store::open(&path, Arc::new(clock)).expect("old database opens");
        let today = store.today().expect("today");
        assert_eq!(today.my_name, "Robin", "v{version}");
        assert_eq!(today.partner_name.as_deref(), Some("Kai"));
        assert_eq!(store.my_reflections().expect("reflections").len(), 2);
        assert_eq!(store.my_self_checks(CheckKind::Patterns).expect("checks").len(), 1);
        assert_eq!(store.insights(30).expect("insights").connection.me.iter().flatten().count(), 2);
        assert_eq!(store.my_commitments().expect("commitments").len(), 1);
        drop(store);

        let fresh = dir.path().join("fresh.sqlite3");
        drop(Store::open(&fresh, Arc::new(ManualClock::at_morning_of(start_day()))).expect("fresh opens"));
        assert_eq!(schema_of(&path), schema_of(&fresh), "v{version} upgrades to the fresh schema");
    }
}

/// Writes the fixture for the current schema version. Run it once when a migration is added:
/// `cargo test -p attune-core --test schema_upgrades -- --ignored write_fixture`
#[test]
#[ignore = "writes a fixture; run by hand when a schema version is released"]
fn write_fixture() {
    let path = std::path::PathBuf::from(format!("tests/fixtures/schema-v{SCHEMA_VERSION}.sqlite3"));
    let _ = std::fs::remove_file(&path);
    let clock = ManualClock::at_morning_of(start_day());
    let mut store = Store::open(&path, Arc::new(clock.clone())).expect("opens");
    store.set_up("Robin", Some("Kai"), None).expect("set up");
    store.save_check_in(check_in(4, true)).expect("check-in");
    store.answer_question("Sunday pancakes.", true).expect("answer");
    store.take_self_check(CheckKind::Patterns, vec![1; 15], false).expect("self-check");
    for exercise in ["roots-home", "roots-partner-home"] {
        let draft =
            ReflectionDraft { exercise: exercise.into(), pattern: None, texts: vec!["Text.".into()], shared: true };
        store.add_reflection(draft).expect("reflection");
    }
    clock.next_morning();
    store.save_check_in(check_in(5, false)).expect("check-in");
    store.add_commitment("gentle", "Start with how I feel.", true).expect("commitment");
    store.move_to_step(Step::Compassion).expect("step");
    store.create_couple_code().expect("code");
}
