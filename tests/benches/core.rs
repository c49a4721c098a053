//! Attune's speed after years of use, each figure next to its floor in the same run: the same
//! work written directly against rusqlite and serde_json. `cargo bench -p attune-tests`, then
//! `cargo run -p attune-tests --bin bench-report` for the ratios (BENCHMARKS.md).

use std::hint::black_box;
use std::path::Path;
use std::sync::{Arc, OnceLock};

use attune_core::entry::Entry;
use attune_core::{CheckInDraft, ManualClock, Markers, Store};
use attune_tests::generate;
use criterion::{BatchSize, Criterion, criterion_group};
use rusqlite::{Connection, params};
use serde::{Deserialize, Serialize};

const ONE_YEAR: u32 = 365;
const TEN_YEARS: u32 = 3_652;

struct Fixture {
    /// The fixture's databases and every copy the benchmarks make of them; removed at the end
    /// of the run by `main` (a `static` is never dropped, so `TempDir` alone would leak it).
    dir: std::path::PathBuf,
    /// Alex's whole update (everything Alex shares), as opened (packed: header line and
    /// deflate, what the seal holds) and sealed.
    plain: Vec<u8>,
    sealed: Vec<u8>,
    /// Alex's daily update the morning after the last swap: one check-in with an appreciation
    /// and an answer, as a delta. Opened and sealed.
    daily: Vec<u8>,
    daily_sealed: Vec<u8>,
    code: attune_core::CoupleCode,
}

static ONE: OnceLock<Fixture> = OnceLock::new();
static TEN: OnceLock<Fixture> = OnceLock::new();

fn fixture(days: u32) -> &'static Fixture {
    let cell = if days == TEN_YEARS { &TEN } else { &ONE };
    cell.get_or_init(|| {
        let dir = tempfile::tempdir().expect("temp dir").keep();
        let generate::Couple { mut alex, sam, .. } = generate::couple(days, Some(&dir));
        let plain = alex.export_opened_for_tests(true).expect("whole, opened");
        let sealed = alex.export_whole_update().expect("whole, sealed");
        // The next morning: Sam's phone (closed, so the copy holds everything) has all of
        // Alex's so far; Alex checks in.
        drop(sam);
        std::fs::copy(dir.join("sam.sqlite3"), dir.join("sam-daily.sqlite3")).expect("copy");
        alex.save_check_in(daily_check_in()).expect("daily check-in");
        let daily = alex.export_opened_for_tests(false).expect("daily, opened");
        let daily_sealed = alex.export_update().expect("daily, sealed");
        assert!(!alex.next_update().expect("next").whole, "the daily update is a delta");
        let code: attune_core::CoupleCode =
            alex.exchange().expect("view").couple_code.expect("paired").parse().expect("code");
        eprintln!(
            "{days} days: whole update {} bytes packed, {} sealed; daily {} sealed",
            plain.len(),
            sealed.len(),
            daily_sealed.len()
        );
        attune_tests::record_size(&format!("whole_sealed_{days}"), sealed.len());
        attune_tests::record_size(&format!("whole_json_{days}"), inflate(&plain).len());
        attune_tests::record_size(&format!("daily_sealed_{days}"), daily_sealed.len());
        let alex_id = alex.me().to_string();
        // Close the store: the benchmarks open the files as the app would.
        drop(alex);
        // Sam's phone as it was before any of Alex's updates: the receiver of the import bench.
        let template = dir.join("sam-before.sqlite3");
        std::fs::copy(dir.join("sam.sqlite3"), &template).expect("copy");
        let conn = Connection::open(&template).expect("open");
        conn.execute("DELETE FROM entries WHERE author = ?1", [&alex_id]).expect("forget Alex");
        conn.execute(
            "DELETE FROM settings WHERE key IN ('partner_ack', 'last_received_export_ms', 'partner_changes_through')",
            [],
        )
        .expect("reset");
        conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE); VACUUM;").expect("compact");
        drop(conn);
        Fixture { dir, plain, sealed, daily, daily_sealed, code }
    })
}

/// A typical day's check-in: ratings, an appreciation and an answer.
fn daily_check_in() -> CheckInDraft {
    CheckInDraft {
        appreciation: Some("You made space for me to talk about work without fixing it.".into()),
        answer: Some("The walk by the river last spring, when we talked until it was dark.".into()),
        ..draft()
    }
}

/// Sam's phone the morning after the last swap, as the app has it when a file is opened:
/// the database open and the Today and Exchange screens shown. The receiver of the daily
/// update.
fn daily_receiver(f: &Fixture, days: u32) -> Store {
    let path = f.dir.join(format!("daily-{}.sqlite3", attune_core::EntryId::random()));
    std::fs::copy(f.dir.join("sam-daily.sqlite3"), &path).expect("copy");
    let sam = Store::open(&path, Arc::new(ManualClock::at_morning_of(generate::after(days)))).expect("store");
    black_box(sam.today().expect("today"));
    black_box(sam.exchange().expect("exchange"));
    sam
}

/// The opened content's JSON: the floor inflates it too. After the header line, an update of
/// format 4 on has its signature line.
fn inflate(packed: &[u8]) -> Vec<u8> {
    use std::io::Read as _;
    let line_end = |from: usize| packed[from..].iter().position(|b| *b == b'\n').expect("a line") + from + 1;
    let header_end = line_end(0);
    let header = std::str::from_utf8(&packed[..header_end]).expect("header line");
    let version: u32 = header.split(' ').nth(1).and_then(|v| v.trim().parse().ok()).expect("version");
    let start = if header.starts_with("attune-exchange ") && version >= 4 { line_end(header_end) } else { header_end };
    let mut json = Vec::new();
    flate2::read::DeflateDecoder::new(&packed[start..]).read_to_end(&mut json).expect("inflates");
    json
}

/// A fresh copy of Sam's phone before any update from Alex: paired, Sam's own entries only.
fn fresh_receiver(f: &Fixture) -> Store {
    let path = f.dir.join(format!("receiver-{}.sqlite3", attune_core::EntryId::random()));
    std::fs::copy(f.dir.join("sam-before.sqlite3"), &path).expect("copy");
    Store::open(&path, Arc::new(ManualClock::at_morning_of(generate::after(TEN_YEARS)))).expect("store")
}

#[derive(Deserialize)]
struct FloorDoc {
    entries: Vec<Entry>,
}

#[derive(Serialize)]
struct FloorOut<'a> {
    entries: &'a [FloorRow],
}

/// The same columns the exchange format carries, with the stored body passed through.
#[derive(Serialize)]
struct FloorRow {
    id: String,
    kind: String,
    author: String,
    created_ms: i64,
    stamp: FloorStamp,
    shared: bool,
    deleted: bool,
    body: Option<Box<serde_json::value::RawValue>>,
}

#[derive(Serialize)]
struct FloorStamp {
    ms: i64,
    counter: u32,
    device: String,
}

/// The floor's database: a copy of the same receiver (Sam's own entries, the same table and
/// indexes), opened as the app opens it.
fn floor_db(dir: &Path) -> Connection {
    let path = dir.join(format!("floor-{}.sqlite3", attune_core::EntryId::random()));
    std::fs::copy(dir.join("sam-before.sqlite3"), &path).expect("copy");
    let conn = Connection::open(&path).expect("db");
    conn.execute_batch("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;").expect("pragmas");
    conn
}

/// The floor of an import: inflate, parse the same JSON into the same entry type, then one
/// prepared INSERT per row in one transaction.
fn floor_import(conn: &mut Connection, packed: &[u8]) {
    let doc: FloorDoc = serde_json::from_slice(&inflate(packed)).expect("parse");
    let tx = conn.transaction().expect("tx");
    {
        let mut insert = tx
            .prepare_cached(
                "INSERT OR REPLACE INTO entries VALUES (?1, ?2, ?3, ?4, NULL, ?5, ?6, ?7, ?8, ?9, ?9, ?10, ?11)",
            )
            .expect("prepare");
        for e in &doc.entries {
            let body = e.body.as_ref().map(|b| serde_json::to_string(b).expect("body"));
            let day = e.body.as_ref().map(|b| b.day().to_string()).unwrap_or_default();
            insert
                .execute(params![
                    e.id.to_string(),
                    e.kind.id(),
                    e.author.to_string(),
                    day,
                    e.created_ms,
                    e.stamp.ms,
                    e.stamp.counter,
                    e.stamp.device.to_string(),
                    e.shared,
                    e.deleted,
                    body
                ])
                .expect("insert");
        }
    }
    tx.commit().expect("commit");
}

fn imports(c: &mut Criterion) {
    let f = fixture(TEN_YEARS);
    let mut g = c.benchmark_group("import");
    g.sample_size(10);
    g.bench_function("ten_years", |b| {
        b.iter_batched(
            || fresh_receiver(f),
            |mut sam| {
                let summary = sam.import_opened_for_tests(&f.plain).expect("import");
                (sam, black_box(summary))
            },
            BatchSize::LargeInput,
        );
    });
    g.bench_function("ten_years_floor", |b| {
        b.iter_batched(
            || floor_db(&f.dir),
            |mut conn| {
                floor_import(&mut conn, &f.plain);
                conn
            },
            BatchSize::LargeInput,
        );
    });
    g.bench_function("ten_years_again", |b| {
        b.iter_batched(
            || {
                let mut sam = fresh_receiver(f);
                sam.import_opened_for_tests(&f.plain).expect("first import");
                sam
            },
            |mut sam| {
                let summary = sam.import_opened_for_tests(&f.plain).expect("re-import");
                (sam, black_box(summary))
            },
            BatchSize::LargeInput,
        );
    });
    g.finish();
}

/// The daily swap after one and after ten years: the same day's changes, on a database of
/// each age.
fn daily(c: &mut Criterion) {
    let mut g = c.benchmark_group("daily");
    g.sample_size(20);
    for (days, label) in [(ONE_YEAR, "one_year"), (TEN_YEARS, "ten_years")] {
        let f = fixture(days);
        g.bench_function(format!("import/{label}"), |b| {
            b.iter_batched(
                || daily_receiver(f, days),
                |mut sam| {
                    let summary = sam.import_opened_for_tests(&f.daily).expect("import");
                    // Returned, so closing the database (a WAL checkpoint) is not timed: the
                    // app keeps its connection open.
                    (sam, black_box(summary))
                },
                BatchSize::LargeInput,
            );
        });
        g.bench_function(format!("import_sealed/{label}"), |b| {
            b.iter_batched(
                || daily_receiver(f, days),
                |mut sam| {
                    let summary = sam.import_update(&f.daily_sealed).expect("import");
                    (sam, black_box(summary))
                },
                BatchSize::LargeInput,
            );
        });
        g.bench_function(format!("export/{label}"), |b| {
            let path = f.dir.join("alex.sqlite3");
            let alex = Store::open(&path, Arc::new(ManualClock::at_morning_of(generate::after(days)))).expect("open");
            b.iter(|| black_box(alex.export_opened_for_tests(false).expect("export")));
        });
    }
    g.finish();
}

fn exports(c: &mut Criterion) {
    let f = fixture(TEN_YEARS);
    let path = f.dir.join("alex.sqlite3");
    let mut g = c.benchmark_group("export");
    g.sample_size(10);
    g.bench_function("ten_years", |b| {
        let alex = Store::open(&path, Arc::new(ManualClock::at_morning_of(generate::start()))).expect("open");
        b.iter(|| black_box(alex.export_opened_for_tests(true).expect("export")));
    });
    g.bench_function("ten_years_floor", |b| {
        let conn = Connection::open(&path).expect("open");
        let me: String = conn.query_row("SELECT value FROM settings WHERE key = 'me'", [], |r| r.get(0)).expect("me");
        let me = me.trim_matches('"').to_owned();
        b.iter(|| {
            let mut stmt = conn
                .prepare_cached(
                    "SELECT id, kind, author, created_ms, stamp_ms, stamp_counter, stamp_device, shared, deleted, body
                     FROM entries WHERE author = ?1 AND (shared = 1 OR was_shared = 1) ORDER BY id",
                )
                .expect("prepare");
            let rows: Vec<FloorRow> = stmt
                .query_map([&me], |r| {
                    let body: Option<String> = r.get(9)?;
                    Ok(FloorRow {
                        id: r.get(0)?,
                        kind: r.get(1)?,
                        author: r.get(2)?,
                        created_ms: r.get(3)?,
                        stamp: FloorStamp { ms: r.get(4)?, counter: r.get(5)?, device: r.get(6)? },
                        shared: r.get(7)?,
                        deleted: r.get(8)?,
                        body: body.map(|b| serde_json::value::RawValue::from_string(b).expect("stored JSON")),
                    })
                })
                .expect("query")
                .collect::<Result<_, _>>()
                .expect("rows");
            let json = serde_json::to_vec(&FloorOut { entries: &rows }).expect("json");
            let mut deflate = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::default());
            std::io::Write::write_all(&mut deflate, &json).expect("deflate");
            black_box(deflate.finish().expect("deflate"))
        });
    });
    g.finish();
}

fn crypto(c: &mut Criterion) {
    let f = fixture(TEN_YEARS);
    let mut g = c.benchmark_group("crypto");
    g.sample_size(10);
    g.bench_function("open_ten_years", |b| {
        b.iter(|| black_box(attune_core::crypto::open_update(&f.sealed, &f.code).expect("open")));
    });
    g.bench_function("open_daily_ten_years", |b| {
        b.iter(|| black_box(attune_core::crypto::open_update(&f.daily_sealed, &f.code).expect("open")));
    });
    g.bench_function("seal_ten_years", |b| {
        b.iter(|| black_box(attune_core::crypto::seal_update(&f.plain, &f.code).expect("seal")));
    });
    // One guess at the PIN against a copied database costs one hash: setting a PIN is that
    // hash and one small write. 10^4 of them try every 4-digit PIN.
    let mut store = Store::open_in_memory(Arc::new(ManualClock::at_morning_of(generate::after(0)))).expect("store");
    g.bench_function("pin_hash", |b| {
        b.iter(|| store.change_setting(attune_core::SettingsChange::SetPin("2468".into())).expect("pin"));
    });
    g.finish();
}

fn draft() -> CheckInDraft {
    CheckInDraft {
        connection: 4,
        markers: Markers { safe: 4, seen: 4, trust: 4, repair: 4, rely: 4 },
        appreciation: Some("You made the evening easy.".into()),
        need: None,
        good_news: None,
        kept: vec![],
        answer: None,
        shared: true,
    }
}

fn save_check_in(c: &mut Criterion) {
    let f = fixture(TEN_YEARS);
    let copy = f.dir.join("save.sqlite3");
    std::fs::copy(f.dir.join("alex.sqlite3"), &copy).expect("copy");
    let mut g = c.benchmark_group("save_check_in");
    g.bench_function("ten_years", |b| {
        let clock = ManualClock::at_morning_of(generate::start() + chrono::Duration::days(i64::from(TEN_YEARS) + 1));
        let mut alex = Store::open(&copy, Arc::new(clock)).expect("open");
        b.iter(|| alex.save_check_in(draft()).expect("save"));
    });
    g.bench_function("ten_years_floor", |b| {
        let conn = Connection::open(&copy).expect("open");
        conn.pragma_update(None, "journal_mode", "WAL").expect("wal");
        conn.pragma_update(None, "synchronous", "NORMAL").expect("sync");
        conn.execute_batch("CREATE TABLE IF NOT EXISTS floor (id INTEGER PRIMARY KEY, body TEXT NOT NULL)").expect("t");
        let body = serde_json::to_string(&"x".repeat(200)).expect("json");
        b.iter(|| {
            conn.prepare_cached("INSERT INTO floor (body) VALUES (?1)")
                .expect("prepare")
                .execute([&body])
                .expect("insert");
        });
    });
    g.finish();
}

fn cold_open(c: &mut Criterion) {
    let f = fixture(TEN_YEARS);
    let path = f.dir.join("alex.sqlite3");
    let day = generate::start() + chrono::Duration::days(i64::from(TEN_YEARS));
    c.bench_function("cold_open/ten_years", |b| {
        b.iter(|| {
            let store = Store::open(&path, Arc::new(ManualClock::at_morning_of(day))).expect("open");
            black_box(store.today().expect("today"))
        });
    });
}

/// A first start: the database is created (the schema at once, `storage::schema`) and what
/// the app reads before its first screen (language, look). A browser's first visit spends
/// this while the person waits.
fn first_open(c: &mut Criterion) {
    let day = generate::start();
    c.bench_function("cold_open/new_phone", |b| {
        b.iter_batched(
            || tempfile::tempdir().expect("temp dir"),
            |dir| {
                let store = Store::open(dir.path().join("attune.sqlite3"), Arc::new(ManualClock::at_morning_of(day)))
                    .expect("open");
                black_box((store.locale(), store.look_page().expect("look")));
                dir
            },
            BatchSize::PerIteration,
        );
    });
}

fn views_at(c: &mut Criterion, days: u32, label: &str) {
    let f = fixture(days);
    let day = generate::start() + chrono::Duration::days(i64::from(days));
    let path: &Path = &f.dir.join("alex.sqlite3");
    let store = Store::open(path, Arc::new(ManualClock::at_morning_of(day))).expect("open");
    let mut g = c.benchmark_group("views");
    g.bench_function(format!("today/{label}"), |b| b.iter(|| black_box(store.today().expect("today"))));
    g.bench_function(format!("partner/{label}"), |b| b.iter(|| black_box(store.partner().expect("partner"))));
    g.bench_function(format!("insights_90/{label}"), |b| b.iter(|| black_box(store.insights(90).expect("insights"))));
    g.bench_function(format!("question/{label}"), |b| {
        b.iter(|| black_box(store.question_of_the_day().expect("question")));
    });
    g.bench_function(format!("state_of_us/{label}"), |b| b.iter(|| black_box(store.state_of_us().expect("week"))));
    g.bench_function(format!("year_in_review/{label}"), |b| {
        b.iter(|| black_box(store.year_in_review().expect("year")));
    });
    // Today as a Spanish phone shows it: the view in Spanish and its sentences said.
    let mut spanish = Store::open(path, Arc::new(ManualClock::at_morning_of(day))).expect("open");
    spanish.set_phone_locale(attune_core::Locale::Spanish).expect("Spanish");
    g.bench_function(format!("today_in_spanish/{label}"), |b| {
        b.iter(|| {
            let today = spanish.today().expect("today");
            let words = spanish.words();
            let said = words.consistency(&today.consistency);
            let nudge = today.exchange_nudge.map(|n| words.nudge(&n, "Sam"));
            black_box((today, said, nudge, words.dates().long(day)))
        });
    });
    g.finish();
}

fn views(c: &mut Criterion) {
    views_at(c, ONE_YEAR, "one_year");
    views_at(c, TEN_YEARS, "ten_years");
}

/// A camera's picture (960 × 540, grey room) with `code` in the middle, 3 pixels a module.
fn photographed(code: &attune_core::Code) -> (Vec<u8>, u32, u32) {
    let picture = attune_codes::simulate::photograph(code, 3.0, 0.0, 960, 540);
    (picture.grey, picture.width, picture.height)
}

/// Swap by looking: one camera picture read, a ten-year daily update from its one code to
/// imported, one frame of a sequence drawn, and a 256 kB update from its frames (30 % missed)
/// to whole.
fn codes(c: &mut Criterion) {
    use attune_core::{CodeReader, Reading, UpdateCodes};
    let mut g = c.benchmark_group("codes");
    g.sample_size(10);
    let f = fixture(TEN_YEARS);
    let UpdateCodes::One(code) = UpdateCodes::new(&f.daily_sealed).expect("drawn") else {
        panic!("a day's update after ten years fits one code ({} bytes)", f.daily_sealed.len())
    };
    let (picture, width, height) = photographed(&code);
    g.bench_function("read_one_picture", |b| {
        b.iter(|| black_box(CodeReader::new().look(&picture, width, height).expect("reads")));
    });
    g.bench_function("daily_ten_years_code_to_imported", |b| {
        b.iter_batched(
            || daily_receiver(f, TEN_YEARS),
            |mut sam| {
                let Reading::Done(sealed) = CodeReader::new().look(&picture, width, height).expect("reads") else {
                    panic!("whole")
                };
                let received = sam.receive_update(&sealed).expect("opens");
                (sam, black_box(received))
            },
            BatchSize::LargeInput,
        );
    });
    let big: Vec<u8> =
        (0..attune_core::codes::MAX_SHOWN_BYTES).map(|i| u8::try_from(i * 7919 % 251).expect("byte")).collect();
    let UpdateCodes::Sequence(fountain) = UpdateCodes::new(&big).expect("drawn") else { panic!("a sequence") };
    // What the showing phone does ten times a second: the next frame, drawn as the screen's path.
    let mut next = fountain.source_frames();
    g.bench_function("draw_one_frame", |b| {
        b.iter(|| {
            next += 1;
            black_box(fountain.frame(next).svg_path())
        });
    });
    let frames: Vec<_> =
        (0..fountain.source_frames() * 2).filter(|i| i % 10 >= 3).map(|i| photographed(&fountain.frame(i))).collect();
    g.bench_function("whole_256k_frames_to_whole", |b| {
        b.iter(|| {
            let mut reader = CodeReader::new();
            for (picture, w, h) in &frames {
                if let Reading::Done(bytes) = reader.look(picture, *w, *h).expect("reads") {
                    return black_box(bytes);
                }
            }
            panic!("the frames ran out");
        });
    });
    g.finish();
}

criterion_group!(benches, imports, daily, exports, crypto, save_check_in, cold_open, first_open, views, codes);
fn main() {
    benches();
    Criterion::default().configure_from_args().final_summary();
    // Every receiver and floor copy lives in the fixtures' folders: gigabytes after a full run.
    for fixture in [ONE.get(), TEN.get()].into_iter().flatten() {
        let _ = std::fs::remove_dir_all(&fixture.dir);
    }
}
