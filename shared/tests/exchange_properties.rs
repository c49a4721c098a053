//! Property tests of the exchange merge (plain payloads: the crypto is tested on its own and
//! would only make each case slower). 10,000 cases in total:
//! - any sequence of edits and exchanges, then a final swap: both phones agree on both
//!   people's shared entries, re-opening a file changes nothing, and an import never touches
//!   the importer's own entries (4,000 cases);
//! - opening a partner's files in any order ends like opening only the newest (3,000 cases);
//! - edits and deletions on either side propagate (3,000 cases).

mod common;

use attune_core::{EntryId, ReflectionDraft};
use common::{Phone, check_in, paired_couple_plain};
use proptest::prelude::*;

#[derive(Clone, Debug)]
enum Op {
    CheckIn { alex: bool, connection: u8, shared: bool },
    Reflect { alex: bool, shared: bool },
    Edit { alex: bool, pick: usize },
    Delete { alex: bool, pick: usize },
    ToggleShare { alex: bool, pick: usize },
    NextDay,
    Send { from_alex: bool },
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        (any::<bool>(), 1u8..=5, any::<bool>()).prop_map(|(alex, connection, shared)| Op::CheckIn {
            alex,
            connection,
            shared
        }),
        (any::<bool>(), any::<bool>()).prop_map(|(alex, shared)| Op::Reflect { alex, shared }),
        (any::<bool>(), any::<usize>()).prop_map(|(alex, pick)| Op::Edit { alex, pick }),
        (any::<bool>(), any::<usize>()).prop_map(|(alex, pick)| Op::Delete { alex, pick }),
        (any::<bool>(), any::<usize>()).prop_map(|(alex, pick)| Op::ToggleShare { alex, pick }),
        Just(Op::NextDay),
        any::<bool>().prop_map(|from_alex| Op::Send { from_alex }),
    ]
}

struct Couple {
    alex: Phone,
    sam: Phone,
    alex_reflections: Vec<EntryId>,
    sam_reflections: Vec<EntryId>,
}

fn draft(text: &str, shared: bool) -> ReflectionDraft {
    ReflectionDraft { exercise: "roots-home".into(), pattern: None, texts: vec![text.into()], shared }
}

impl Couple {
    fn new() -> Self {
        let (alex, sam) = paired_couple_plain();
        Couple { alex, sam, alex_reflections: vec![], sam_reflections: vec![] }
    }

    fn side(&mut self, alex: bool) -> (&mut Phone, &mut Vec<EntryId>) {
        if alex { (&mut self.alex, &mut self.alex_reflections) } else { (&mut self.sam, &mut self.sam_reflections) }
    }

    /// Sends one plain update and checks the import rules on the way.
    fn send(&mut self, from_alex: bool) -> Result<(), TestCaseError> {
        let (from, to) = if from_alex { (&mut self.alex, &mut self.sam) } else { (&mut self.sam, &mut self.alex) };
        let update = from.store.export_opened_for_tests(false).expect("export");
        let own_before = to.store.shared_snapshot(to.store.me()).expect("snapshot");
        let own_all_before = to.store.my_reflections().expect("mine");
        to.store.import_opened_for_tests(&update).expect("import");
        let after_once = to.store.dump().expect("dump");
        let summary = to.store.import_opened_for_tests(&update).expect("re-import");
        prop_assert!(!summary.changed_anything(), "re-import changed: {:?}", summary);
        prop_assert_eq!(to.store.dump().expect("dump"), after_once, "re-import changed the database");
        prop_assert_eq!(to.store.shared_snapshot(to.store.me()).expect("snapshot"), own_before);
        prop_assert_eq!(to.store.my_reflections().expect("mine"), own_all_before);
        Ok(())
    }

    fn apply(&mut self, op: &Op) -> Result<(), TestCaseError> {
        match *op {
            Op::CheckIn { alex, connection, shared } => {
                let (phone, _) = self.side(alex);
                phone.store.save_check_in(check_in(connection, shared)).expect("check-in");
            }
            Op::Reflect { alex, shared } => {
                let (phone, ids) = self.side(alex);
                ids.push(phone.store.add_reflection(draft("first words", shared)).expect("reflection"));
            }
            Op::Edit { alex, pick } => {
                let (phone, ids) = self.side(alex);
                if !ids.is_empty() {
                    let id = ids[pick % ids.len()];
                    let _ = phone.store.edit_reflection(id, draft(&format!("edited {pick}"), true));
                }
            }
            Op::Delete { alex, pick } => {
                let (phone, ids) = self.side(alex);
                if !ids.is_empty() {
                    let id = ids.remove(pick % ids.len());
                    phone.store.delete_entry(id).expect("delete");
                }
            }
            Op::ToggleShare { alex, pick } => {
                let (phone, ids) = self.side(alex);
                if !ids.is_empty() {
                    let id = ids[pick % ids.len()];
                    let shared = phone.store.my_reflections().expect("mine").iter().any(|r| r.id == id && r.shared);
                    phone.store.set_shared(id, !shared).expect("toggle");
                }
            }
            Op::NextDay => {
                self.alex.clock.next_morning();
                self.sam.clock.next_morning();
            }
            Op::Send { from_alex } => self.send(from_alex)?,
        }
        Ok(())
    }

    fn agree(&self) -> Result<(), TestCaseError> {
        for person in [self.alex.store.me(), self.sam.store.me()] {
            prop_assert_eq!(
                self.alex.store.shared_snapshot(person).expect("snapshot"),
                self.sam.store.shared_snapshot(person).expect("snapshot")
            );
        }
        Ok(())
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 4_000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn any_history_ends_in_agreement(ops in prop::collection::vec(op(), 1..24)) {
        let mut couple = Couple::new();
        for op in &ops {
            couple.apply(op)?;
        }
        couple.send(true)?;
        couple.send(false)?;
        couple.agree()?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3_000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn files_opened_in_any_order_end_like_the_newest(
        ops in prop::collection::vec(op(), 1..16),
        order in Just(()).prop_perturb(|(), mut rng| { let mut o: Vec<usize> = (0..4).collect(); for i in (1..o.len()).rev() { o.swap(i, rng.random_range(0..=i)); } o }),
    ) {
        let mut couple = Couple::new();
        let mut files = Vec::new();
        for (i, op) in ops.iter().enumerate() {
            if !matches!(op, Op::Send { .. }) {
                couple.apply(&Op::Reflect { alex: true, shared: i % 3 != 0 })?;
                couple.apply(op)?;
            }
            if files.len() < 4 && i % 4 == 3 {
                files.push(couple.alex.store.export_opened_for_tests(false).expect("export"));
            }
        }
        files.push(couple.alex.store.export_opened_for_tests(false).expect("export"));
        let newest = files.last().cloned().expect("one file");
        for i in order.iter().filter(|i| **i < files.len()) {
            couple.sam.store.import_opened_for_tests(&files[*i]).expect("import in any order");
        }
        couple.sam.store.import_opened_for_tests(&newest).expect("newest");
        let alex = couple.alex.store.me();
        prop_assert_eq!(couple.sam.store.shared_snapshot(alex).expect("sam's copy"), couple.alex.store.shared_snapshot(alex).expect("alex's own"));
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3_000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn edits_and_deletions_propagate_both_ways(
        texts in prop::collection::vec("[a-z][a-z ]{0,19}", 1..6),
        delete_first in any::<bool>(),
        unshare_last in any::<bool>(),
        from_alex in any::<bool>(),
    ) {
        let mut couple = Couple::new();
        let mut ids = Vec::new();
        for t in &texts {
            let (phone, _) = couple.side(from_alex);
            ids.push(phone.store.add_reflection(draft(t, true)).expect("reflection"));
        }
        couple.send(from_alex)?;
        let (writer, _) = couple.side(from_alex);
        writer.store.edit_reflection(ids[0], draft("changed my mind", true)).expect("edit");
        if delete_first { writer.store.delete_entry(ids[0]).expect("delete"); }
        // Un-share the last one, unless it is the first one and already deleted.
        let unshare = unshare_last && !(delete_first && ids.len() == 1);
        if unshare { writer.store.set_shared(*ids.last().expect("one"), false).expect("unshare"); }
        couple.send(from_alex)?;
        let reader = if from_alex { &couple.sam } else { &couple.alex };
        let seen = reader.store.partner().expect("partner view").reflections;
        let expected = texts.len() - usize::from(delete_first) - usize::from(unshare);
        prop_assert_eq!(seen.len(), expected);
        let first = seen.iter().find(|r| r.id == ids[0]);
        if delete_first {
            prop_assert!(first.is_none());
        } else if !(unshare && ids.len() == 1) {
            prop_assert_eq!(&first.expect("present").parts[0].text, "changed my mind");
        }
        couple.agree()?;
    }
}
