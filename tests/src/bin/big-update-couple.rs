//! Writes the backups of a paired couple whose next update from Alex to Sam is close to the
//! largest that codes carry (256 kB): months of long check-ins Sam has not received yet. The
//! browser suite restores Alex on one phone and Sam on another and times Sam's camera reading
//! Alex's moving sequence (`tests/e2e/look.test.mjs`, e2e 29).
//!
//! ```sh
//! cargo run -p attune-tests --bin big-update-couple -- /tmp/alex.attune-backup /tmp/sam.attune-backup "passphrase"
//! ```

use std::sync::Arc;

use attune_core::{CheckInDraft, ManualClock, Markers, Store, codes::MAX_SHOWN_BYTES};
use chrono::NaiveDate;

/// Made-up words: they hardly compress, as a real couple's sentences hardly do.
const SYLLABLES: &[&str] =
    &["ka", "lo", "mi", "ren", "tu", "sha", "vel", "po", "dri", "an", "ku", "zem", "ol", "fi", "ya", "ber"];

struct Dice(u64);

impl Dice {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        usize::try_from((self.0 >> 33) % n as u64).unwrap_or(0)
    }

    fn sentences(&mut self, chars: usize) -> String {
        let mut text = String::new();
        while text.len() < chars {
            for _ in 0..=self.below(3) {
                text.push_str(SYLLABLES[self.below(SYLLABLES.len())]);
            }
            text.push_str(if self.below(9) == 0 { ". " } else { " " });
        }
        text.trim().to_owned()
    }
}

fn draft(dice: &mut Dice) -> CheckInDraft {
    CheckInDraft {
        connection: 4,
        markers: Markers { safe: 4, seen: 3, trust: 4, repair: 3, rely: 4 },
        appreciation: Some(dice.sentences(1_500)),
        need: Some(dice.sentences(700)),
        good_news: None,
        kept: vec![],
        answer: Some(dice.sentences(1_500)),
        shared: true,
    }
}

fn main() {
    let mut args = std::env::args().skip(1);
    let (Some(alex_path), Some(sam_path), Some(passphrase)) = (args.next(), args.next(), args.next()) else {
        eprintln!("usage: big-update-couple <alex backup> <sam backup> <passphrase>");
        std::process::exit(2);
    };
    // Days end before the browser suite's day (2026-11-20), so nothing is dated ahead of Sam.
    let first = NaiveDate::from_ymd_opt(2025, 9, 1).expect("a day");
    let (alex_clock, sam_clock) = (ManualClock::at_morning_of(first), ManualClock::at_morning_of(first));
    let open = |clock: &ManualClock| Store::open_in_memory(Arc::new(clock.clone())).expect("store");
    let (mut alex, mut sam) = (open(&alex_clock), open(&sam_clock));
    alex.set_up("Alex", Some("Sam"), None).expect("set up");
    sam.set_up("Sam", Some("Alex"), None).expect("set up");
    let code = alex.create_couple_code().expect("code");
    sam.enter_couple_code(&code.to_string()).expect("paired");
    sam.save_check_in(draft(&mut Dice(2))).expect("check-in");

    let mut dice = Dice(1);
    let mut days = 0;
    let mut update = Vec::new();
    // Whole weeks of check-ins until the update is within 8 kB of the limit.
    while update.len() < MAX_SHOWN_BYTES - 8 * 1024 {
        for _ in 0..7 {
            alex.save_check_in(draft(&mut dice)).expect("check-in");
            alex_clock.next_morning();
            sam_clock.next_morning();
            days += 1;
        }
        update = alex.export_update().expect("update");
        assert!(update.len() <= MAX_SHOWN_BYTES, "a week went past the limit: {} bytes", update.len());
    }
    std::fs::write(&alex_path, alex.backup(&passphrase).expect("backup")).expect("written");
    std::fs::write(&sam_path, sam.backup(&passphrase).expect("backup")).expect("written");
    println!("{days} days: Alex's update for Sam is {} bytes; backups in {alex_path} and {sam_path}", update.len());
}
