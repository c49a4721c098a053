//! A deterministic couple: two partners living with Attune for a given number of years, built
//! through the public API exactly as the app would (check-ins on most days with real-length
//! text, answers, weekly reflections, monthly self-checks, commitments kept in check-ins, step
//! changes, an exchange every two months and on the last day). Used by the benchmarks and the size report.

use std::path::Path;
use std::sync::Arc;

use attune_core::{CheckInDraft, CheckKind, ManualClock, Markers, ReflectionDraft, Store};
use chrono::NaiveDate;

/// A small deterministic generator (SplitMix64), so every run builds the same couple.
struct Dice(u64);

impl Dice {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }

    fn rating(&mut self) -> u8 {
        u8::try_from(2 + self.below(4)).unwrap_or(3)
    }
}

const WORDS: &[&str] = &[
    "you", "made", "time", "for", "me", "today", "and", "listened", "when", "I", "was", "tired", "we", "laughed",
    "about", "the", "dog", "after", "dinner", "it", "felt", "good", "to", "be", "close", "again", "walk", "coffee",
    "slow", "morning", "hard", "talk", "repair", "thank", "small", "kind", "message", "hug",
];

fn text(dice: &mut Dice, words: usize) -> String {
    let mut out = String::new();
    for i in 0..words {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(WORDS[usize::try_from(dice.below(WORDS.len() as u64)).unwrap_or(0)]);
    }
    out.push('.');
    out
}

pub struct Couple {
    pub alex: Store,
    pub sam: Store,
    pub alex_clock: ManualClock,
    pub sam_clock: ManualClock,
}

/// The morning after `days` days of the couple's life: a receiver's clock must be at least
/// there, or the newest entries would be dated ahead of it.
pub fn after(days: u32) -> NaiveDate {
    start() + chrono::Days::new(u64::from(days))
}

pub fn start() -> NaiveDate {
    NaiveDate::from_ymd_opt(2016, 1, 4).expect("valid date")
}

fn open(dir: Option<&Path>, name: &str, clock: &ManualClock) -> Store {
    let clock: Arc<dyn attune_core::Clock> = Arc::new(clock.clone());
    match dir {
        Some(dir) => Store::open(dir.join(format!("{name}.sqlite3")), clock).expect("store"),
        None => Store::open_in_memory(clock).expect("store"),
    }
}

/// Builds `days` days of a couple's life, in memory or as files in `dir`.
pub fn couple(days: u32, dir: Option<&Path>) -> Couple {
    let alex_clock = ManualClock::at_morning_of(start());
    let sam_clock = ManualClock::at_morning_of(start());
    let mut alex = open(dir, "alex", &alex_clock);
    let mut sam = open(dir, "sam", &sam_clock);
    alex.set_up("Alex", Some("Sam"), None).expect("set up");
    sam.set_up("Sam", Some("Alex"), None).expect("set up");
    let code = alex.create_couple_code().expect("code");
    sam.enter_couple_code(&code.to_string()).expect("code");
    let mut dice = Dice(0xA77E);
    let patterns = alex.program().patterns.len();
    let beliefs = alex.program().beliefs.len();
    let qualities: Vec<String> = alex.program().qualities.iter().map(|q| q.id.clone()).collect();
    for day in 0..days {
        for store in [&mut alex, &mut sam] {
            if dice.chance(85) {
                let kept = store
                    .check_in_form()
                    .expect("form")
                    .commitments
                    .iter()
                    .map(|c| attune_core::KeptCommitment { commitment: c.id, kept: dice.chance(70) })
                    .collect();
                let draft = CheckInDraft {
                    connection: dice.rating(),
                    markers: Markers {
                        safe: dice.rating(),
                        seen: dice.rating(),
                        trust: dice.rating(),
                        repair: dice.rating(),
                        rely: dice.rating(),
                    },
                    appreciation: dice.chance(60).then(|| text(&mut dice, 14)),
                    need: dice.chance(25).then(|| text(&mut dice, 10)),
                    // No good news: the generated years stay the same as before it existed.
                    good_news: None,
                    kept,
                    answer: dice.chance(70).then(|| text(&mut dice, 22)),
                    shared: dice.chance(85),
                };
                store.save_check_in(draft).expect("check-in");
            }
            if day % 7 == 3 {
                let exercises: Vec<String> = store.program().exercises.iter().map(|e| e.id.clone()).collect();
                let exercise = exercises[usize::try_from(dice.below(exercises.len() as u64)).unwrap_or(0)].clone();
                let ex = store.program().exercise(&exercise).expect("exercise");
                let pattern = ex.uses_pattern.then(|| store.program().patterns[0].id.clone());
                let texts = ex.prompts.iter().map(|_| text(&mut dice, 70)).collect();
                store.add_reflection(ReflectionDraft { exercise, pattern, texts, shared: dice.chance(80) }).expect("r");
            }
            if day % 30 == 10 {
                let answers = (0..patterns).map(|_| u8::try_from(dice.below(3)).unwrap_or(1)).collect();
                store.take_self_check(CheckKind::Patterns, answers, true).expect("self-check");
            }
            if day % 90 == 45 {
                let answers = (0..beliefs).map(|_| u8::try_from(dice.below(3)).unwrap_or(1)).collect();
                store.take_self_check(CheckKind::Beliefs, answers, true).expect("beliefs");
            }
            if day % 90 == 20 {
                for c in store.my_commitments().expect("list").iter().filter(|c| c.active) {
                    store.finish_commitment(c.id).expect("finish");
                }
                for _ in 0..2 {
                    let q = &qualities[usize::try_from(dice.below(qualities.len() as u64)).unwrap_or(0)];
                    store.add_commitment(q, &text(&mut dice, 9), true).expect("commit");
                }
            }
            if day % 21 == 20 {
                let step = store.today().expect("today").step.next();
                store.move_to_step(step).expect("step");
            }
        }
        if day % 60 == 59 || day + 1 == days {
            let update = alex.export_update_plain().expect("export");
            sam.import_opened_for_tests(&update).expect("import");
            let update = sam.export_update_plain().expect("export");
            alex.import_opened_for_tests(&update).expect("import");
        }
        alex_clock.next_morning();
        sam_clock.next_morning();
    }
    Couple { alex, sam, alex_clock, sam_clock }
}
