//! Property tests of delta updates (format version 2, packed as the app seals them; the seal
//! itself is tested on its own). Two phones with random histories hand each other files that
//! get lost, arrive late, out of order or twice, while either partner may restore an older
//! backup onto a fresh install. Whatever happened, after a few ordinary swaps both phones
//! hold the same shared entries of both people, and the next update with no news carries
//! nothing. On the way, every file a phone made opens on the other, and no delta carries an
//! entry at a stamp its recipient had already confirmed.
//!
//! 2,000 cases here; with `exchange_properties.rs`, 12,000 cases of swapping.

mod common;

use std::sync::Arc;

use attune_core::{ChangeStamp, EntryId, ReflectionDraft, Store};
use common::{Phone, check_in, paired_phones};
use proptest::prelude::*;
use serde_json::Value;

#[derive(Clone, Debug)]
enum Op {
    CheckIn {
        alex: bool,
        connection: u8,
        shared: bool,
    },
    Reflect {
        alex: bool,
        shared: bool,
    },
    Edit {
        alex: bool,
        pick: usize,
    },
    Delete {
        alex: bool,
        pick: usize,
    },
    ToggleShare {
        alex: bool,
        pick: usize,
    },
    Later {
        hours: u8,
    },
    /// Makes an update (sometimes a whole one, as if asked) and puts it in the post.
    Send {
        from_alex: bool,
        whole: bool,
    },
    /// Opens one file from the post; it may stay there to be opened again later.
    Open {
        to_alex: bool,
        pick: usize,
        keep: bool,
    },
    /// A file in the post is lost.
    Lose {
        to_alex: bool,
        pick: usize,
    },
    Backup {
        alex: bool,
    },
    /// The phone is replaced by a fresh install restored from one of its older backups.
    Restore {
        alex: bool,
        pick: usize,
    },
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        3 => (any::<bool>(), 1u8..=5, any::<bool>()).prop_map(|(alex, connection, shared)| Op::CheckIn { alex, connection, shared }),
        3 => (any::<bool>(), prop::bool::weighted(0.8)).prop_map(|(alex, shared)| Op::Reflect { alex, shared }),
        2 => (any::<bool>(), any::<usize>()).prop_map(|(alex, pick)| Op::Edit { alex, pick }),
        1 => (any::<bool>(), any::<usize>()).prop_map(|(alex, pick)| Op::Delete { alex, pick }),
        1 => (any::<bool>(), any::<usize>()).prop_map(|(alex, pick)| Op::ToggleShare { alex, pick }),
        2 => (1u8..30).prop_map(|hours| Op::Later { hours }),
        4 => (any::<bool>(), prop::bool::weighted(0.1)).prop_map(|(from_alex, whole)| Op::Send { from_alex, whole }),
        4 => (any::<bool>(), any::<usize>(), prop::bool::weighted(0.3)).prop_map(|(to_alex, pick, keep)| Op::Open { to_alex, pick, keep }),
        1 => (any::<bool>(), any::<usize>()).prop_map(|(to_alex, pick)| Op::Lose { to_alex, pick }),
        1 => any::<bool>().prop_map(|alex| Op::Backup { alex }),
        1 => (any::<bool>(), any::<usize>()).prop_map(|(alex, pick)| Op::Restore { alex, pick }),
    ]
}

/// One phone, what it wrote, its backups, and the post waiting for it.
struct Side {
    phone: Phone,
    reflections: Vec<EntryId>,
    backups: Vec<Vec<u8>>,
    post: Vec<Vec<u8>>,
    /// The confirmation in the newest update this phone opened from the partner: no delta it
    /// writes may carry an entry at or before it (in the same timeline).
    confirmed: Option<(i64, Value)>,
}

impl Side {
    fn new(phone: Phone) -> Self {
        Side { phone, reflections: vec![], backups: vec![], post: vec![], confirmed: None }
    }
}

fn draft(text: &str, shared: bool) -> ReflectionDraft {
    ReflectionDraft { exercise: "roots-home".into(), pattern: None, texts: vec![text.into()], shared }
}

fn stamp(v: &Value) -> ChangeStamp {
    serde_json::from_value(v.clone()).expect("a stamp")
}

/// The document inside packed content, as JSON (header line, then deflate).
fn document(packed: &[u8]) -> Value {
    use std::io::Read as _;
    let start = packed.iter().position(|b| *b == b'\n').expect("header line") + 1;
    let mut json = Vec::new();
    flate2::read::DeflateDecoder::new(&packed[start..]).read_to_end(&mut json).expect("inflates");
    serde_json::from_slice(&json).expect("json")
}

struct Couple {
    alex: Side,
    sam: Side,
}

impl Couple {
    fn new() -> Result<Self, TestCaseError> {
        let (alex, sam) = paired_phones();
        let mut couple = Couple { alex: Side::new(alex), sam: Side::new(sam) };
        couple.settle()?;
        Ok(couple)
    }

    fn side(&mut self, alex: bool) -> &mut Side {
        if alex { &mut self.alex } else { &mut self.sam }
    }

    fn both(&mut self, from_alex: bool) -> (&mut Side, &mut Side) {
        if from_alex { (&mut self.alex, &mut self.sam) } else { (&mut self.sam, &mut self.alex) }
    }

    /// Writes an update and checks the delta rule against what its writer was told.
    fn send(&mut self, from_alex: bool, whole: bool) -> Result<Vec<u8>, TestCaseError> {
        let (from, to) = self.both(from_alex);
        // A person takes a moment to send: no two updates of one phone share a millisecond.
        from.phone.clock.advance(chrono::Duration::seconds(1));
        let packed = from.phone.store.export_opened_for_tests(whole).expect("export");
        let doc = document(&packed);
        prop_assert_eq!(doc["version"].as_u64(), Some(2));
        if doc["full"] == Value::Bool(false) {
            prop_assert!(!whole, "asked for a whole update, got a delta");
            let since = stamp(&doc["since"]);
            let confirmed = from.confirmed.as_ref().map_or(Value::Null, |(_, ack)| ack.clone());
            prop_assert_eq!(
                &confirmed["timeline"],
                &doc["timeline"],
                "a delta starts from a confirmation of this timeline"
            );
            prop_assert_eq!(stamp(&confirmed["through"]), since, "a delta starts right after the confirmation");
            for entry in doc["entries"].as_array().expect("entries") {
                prop_assert!(stamp(&entry["stamp"]) > since, "a delta carried an entry its recipient confirmed");
            }
        }
        to.post.push(packed.clone());
        Ok(packed)
    }

    /// Opens a file; a genuine file always opens, and opening it again at once changes nothing.
    fn open(&mut self, to_alex: bool, packed: &[u8]) -> Result<(), TestCaseError> {
        let to = self.side(to_alex);
        let summary = to.phone.store.import_opened_for_tests(packed);
        prop_assert!(summary.is_ok(), "a genuine file was refused: {:?}", summary);
        let after_once = to.phone.store.dump().expect("dump");
        let again = to.phone.store.import_opened_for_tests(packed).expect("opens again");
        prop_assert!(!again.changed_anything(), "opening it again changed {:?}", again);
        prop_assert_eq!(to.phone.store.dump().expect("dump"), after_once, "opening it again changed the database");
        let doc = document(packed);
        let exported = doc["exported_ms"].as_i64().expect("exported");
        if to.confirmed.as_ref().is_none_or(|(at, _)| exported > *at) {
            to.confirmed = Some((exported, doc["ack"].clone()));
        }
        Ok(())
    }

    fn apply(&mut self, op: &Op) -> Result<(), TestCaseError> {
        match *op {
            Op::CheckIn { alex, connection, shared } => {
                self.side(alex).phone.store.save_check_in(check_in(connection, shared)).expect("check-in");
            }
            Op::Reflect { alex, shared } => {
                let side = self.side(alex);
                side.reflections
                    .push(side.phone.store.add_reflection(draft("first words", shared)).expect("reflection"));
            }
            Op::Edit { alex, pick } => {
                let side = self.side(alex);
                if !side.reflections.is_empty() {
                    let id = side.reflections[pick % side.reflections.len()];
                    let _ = side.phone.store.edit_reflection(id, draft(&format!("edited {pick}"), true));
                }
            }
            Op::Delete { alex, pick } => {
                let side = self.side(alex);
                if !side.reflections.is_empty() {
                    let id = side.reflections.remove(pick % side.reflections.len());
                    // After a restore it may be gone already.
                    let _ = side.phone.store.delete_entry(id);
                }
            }
            Op::ToggleShare { alex, pick } => {
                let side = self.side(alex);
                if !side.reflections.is_empty() {
                    let id = side.reflections[pick % side.reflections.len()];
                    let mine = side.phone.store.my_reflections().expect("mine");
                    if let Some(r) = mine.iter().find(|r| r.id == id) {
                        side.phone.store.set_shared(id, !r.shared).expect("toggle");
                    }
                }
            }
            Op::Later { hours } => {
                for side in [&mut self.alex, &mut self.sam] {
                    side.phone.clock.advance(chrono::Duration::hours(i64::from(hours)));
                }
            }
            Op::Send { from_alex, whole } => {
                self.send(from_alex, whole)?;
            }
            Op::Open { to_alex, pick, keep } => {
                let side = self.side(to_alex);
                if !side.post.is_empty() {
                    let at = pick % side.post.len();
                    let packed = if keep { side.post[at].clone() } else { side.post.remove(at) };
                    self.open(to_alex, &packed)?;
                }
            }
            Op::Lose { to_alex, pick } => {
                let side = self.side(to_alex);
                if !side.post.is_empty() {
                    side.post.remove(pick % side.post.len());
                }
            }
            Op::Backup { alex } => {
                let side = self.side(alex);
                let backup = side.phone.store.backup_opened_for_tests().expect("backup");
                side.backups.push(backup);
            }
            Op::Restore { alex, pick } => {
                let side = self.side(alex);
                if !side.backups.is_empty() {
                    let backup = side.backups[pick % side.backups.len()].clone();
                    let clock = side.phone.clock.clone();
                    let mut store = Store::open_in_memory(Arc::new(clock.clone())).expect("a fresh install");
                    store.restore_opened_for_tests(&backup).expect("restores");
                    side.phone = Phone { store, clock };
                    // What was written after the backup is gone with the old phone.
                    let mine = side.phone.store.my_reflections().expect("mine");
                    side.reflections.retain(|id| mine.iter().any(|r| r.id == *id));
                }
            }
        }
        Ok(())
    }

    /// A few ordinary swaps, each file opened at once.
    fn settle(&mut self) -> Result<(), TestCaseError> {
        for _ in 0..3 {
            for from_alex in [true, false] {
                let packed = self.send(from_alex, false)?;
                self.side(!from_alex).post.clear();
                self.open(!from_alex, &packed)?;
            }
        }
        Ok(())
    }

    fn agree(&self) -> Result<(), TestCaseError> {
        for person in [self.alex.phone.store.me(), self.sam.phone.store.me()] {
            prop_assert_eq!(
                self.alex.phone.store.shared_snapshot(person).expect("snapshot"),
                self.sam.phone.store.shared_snapshot(person).expect("snapshot")
            );
        }
        for side in [&self.alex, &self.sam] {
            let next = side.phone.store.next_update().expect("next");
            prop_assert!(!next.whole && next.entries == 0, "after settling, an update with no news carries {:?}", next);
        }
        Ok(())
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2_000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn lost_late_repeated_files_and_restores_end_in_agreement(ops in prop::collection::vec(op(), 1..40)) {
        let mut couple = Couple::new()?;
        for op in &ops {
            couple.apply(op)?;
        }
        couple.settle()?;
        if let Err(e) = couple.agree() {
            eprintln!("FAILED WITH {ops:?}");
            return Err(e);
        }
    }
}
