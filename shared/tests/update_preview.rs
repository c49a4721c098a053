//! The preview of my next update lists exactly what the sealed file then carries: the same
//! entries, shared or removed, nothing private, and nothing once my partner has it all.

mod common;

use std::collections::BTreeMap;

use attune_core::{CoupleCode, EntryKind, ReflectionDraft, Store, crypto};
use common::{check_in, paired_couple, swap};

/// The entries inside a sealed update: id → whether it is carried as shared (not a removal).
fn carried(store: &Store, sealed: &[u8]) -> BTreeMap<String, bool> {
    let code: CoupleCode = store.exchange().unwrap().couple_code.expect("paired").parse().unwrap();
    let packed = crypto::open_update(sealed, &code).expect("our own file opens");
    let (_, _, doc) = common::unpacked(&packed);
    doc["entries"]
        .as_array()
        .expect("entries")
        .iter()
        .map(|e| {
            (e["id"].as_str().unwrap().to_owned(), e["shared"].as_bool().unwrap() && !e["deleted"].as_bool().unwrap())
        })
        .collect()
}

fn previewed(store: &Store, whole: bool) -> BTreeMap<String, bool> {
    store.preview_update(whole).unwrap().items.iter().map(|i| (i.id.to_string(), i.shared)).collect()
}

fn reflection(text: &str, shared: bool) -> ReflectionDraft {
    ReflectionDraft { exercise: "roots-home".into(), pattern: None, texts: vec![text.into()], shared }
}

#[test]
fn the_preview_is_exactly_what_the_file_carries() {
    let (mut alex, mut sam) = paired_couple();
    assert!(alex.store.preview_update(false).unwrap().items.is_empty(), "after a swap, nothing new to carry");
    for phone in [&alex, &sam] {
        phone.clock.advance(chrono::Duration::hours(1));
    }

    let mut draft = check_in(4, true);
    draft.appreciation = Some("Thanks for the walk.".into());
    alex.store.save_check_in(draft).unwrap();
    alex.store.answer_question("Cooking together.", true).unwrap();
    alex.store.add_reflection(reflection("Only for me.", false)).unwrap();
    let gone = alex.store.add_reflection(reflection("Said, then taken back.", true)).unwrap();
    alex.store.delete_entry(gone).unwrap();

    let preview = alex.store.preview_update(false).unwrap();
    assert!(!preview.whole);
    let kinds: Vec<(EntryKind, bool, Option<&str>)> =
        preview.items.iter().map(|i| (i.kind, i.shared, i.words.as_deref())).collect();
    assert!(kinds.contains(&(EntryKind::CheckIn, true, Some("Thanks for the walk."))), "{kinds:?}");
    assert!(kinds.contains(&(EntryKind::Answer, true, Some("Cooking together."))), "{kinds:?}");
    assert!(kinds.contains(&(EntryKind::Reflection, false, None)), "the taken-back reflection is a removal: {kinds:?}");
    assert!(!preview.items.iter().any(|i| i.words.as_deref() == Some("Only for me.")), "private never shows");
    assert!(preview.items.iter().filter(|i| !i.shared).all(|i| i.day.is_none() && i.words.is_none()));
    assert_eq!(preview.items.len(), 3);

    let sealed = alex.store.export_update().unwrap();
    assert_eq!(previewed(&alex.store, false), carried(&alex.store, &sealed), "the preview is the file");
    let whole = alex.store.export_whole_update().unwrap();
    assert_eq!(previewed(&alex.store, true), carried(&alex.store, &whole), "and for a whole update");
    assert!(alex.store.preview_update(true).unwrap().whole);
    assert_eq!(alex.store.next_update().unwrap().entries as usize, preview.items.len(), "the count the screen says");

    swap(&mut alex, &mut sam);
    let left = alex.store.preview_update(false).unwrap().items;
    assert!(left.is_empty(), "Sam has it all: {left:?}");
}

#[test]
fn the_preview_counts_every_entry_of_a_big_file_and_names_what_else_travels() {
    let (mut alex, _sam) = paired_couple();
    for day in 0..70 {
        alex.store.answer_question(&format!("Answer {day}"), true).unwrap();
        alex.clock.next_morning();
    }
    let preview = alex.store.preview_update(false).unwrap();
    assert!(preview.items.len() > 60, "more than the screen lists");
    let sealed = alex.store.export_update().unwrap();
    assert_eq!(preview.items.len(), carried(&alex.store, &sealed).len(), "the count is the file's");
    assert_eq!(preview.sender_name, "Alex", "the name the file carries");
}
