//! The pause pact, repair notes and the together grid hidden for both: each side of the pact is
//! checked by one rule, travels, and shows on both phones; a pause takes its length from what
//! the two sides allow and puts its time to come back in the reminder plan; repair notes count
//! in Insights and reach the partner when shared; a file carries format 3 only when it needs to.

mod common;

use attune_core::{ComeBack, CoupleCode, Error, PactDraft, PauseBounds, SettingsChange, Store, TextField, crypto};
use chrono::Duration;
use common::{check_in, paired_couple, swap};

fn side(shortest_minutes: u32, back_within_hours: u32) -> PactDraft {
    PactDraft {
        signal: "Red kite".into(),
        shortest_minutes,
        back_within_hours,
        calming: "  A walk to the river and back.  ".into(),
        to_hear: "I'm coming back. We're okay.".into(),
    }
}

/// The format version in the header line of a sealed update of ours.
fn version_of(store: &Store, sealed: &[u8]) -> u32 {
    let code: CoupleCode = store.exchange().unwrap().couple_code.expect("paired").parse().unwrap();
    let packed = crypto::open_update(sealed, &code).expect("our own file opens");
    let (header, signature, doc) = common::unpacked(&packed);
    assert!(signature.is_some_and(|s| s.starts_with("ed25519 ")), "every update is signed");
    let version = u32::try_from(doc["version"].as_u64().unwrap()).unwrap();
    assert!(
        header.starts_with(&format!("attune-exchange {version} ")),
        "the header {header:?} names the document's version"
    );
    version
}

#[test]
fn each_side_of_the_pact_keeps_one_rule() {
    let (mut alex, _) = paired_couple();
    let refused = |store: &mut Store, draft: PactDraft| store.save_pact(draft).unwrap_err();
    assert_eq!(refused(&mut alex.store, side(19, 2)), Error::PauseLength { min_minutes: 20, max_hours: 24 });
    assert_eq!(refused(&mut alex.store, side(30, 25)), Error::PauseLength { min_minutes: 20, max_hours: 24 });
    assert_eq!(refused(&mut alex.store, side(30, 0)), Error::PauseLength { min_minutes: 20, max_hours: 24 });
    assert_eq!(refused(&mut alex.store, side(90, 1)), Error::PactBackTooSoon, "back before the shortest break is over");
    let empty = |draft: PactDraft| draft;
    for (draft, field) in [
        (empty(PactDraft { signal: " ".into(), ..side(20, 1) }), TextField::PactSignal),
        (empty(PactDraft { calming: String::new(), ..side(20, 1) }), TextField::PactCalming),
        (empty(PactDraft { to_hear: "\n".into(), ..side(20, 1) }), TextField::PactToHear),
    ] {
        assert!(matches!(refused(&mut alex.store, draft), Error::Text { field: f, .. } if f == field));
    }
    assert_eq!(alex.store.pact().unwrap().mine, None, "nothing refused was kept");

    let view = alex.store.save_pact(side(20, 24)).unwrap();
    let mine = view.mine.expect("my side");
    assert_eq!(mine.calming, "A walk to the river and back.", "tidied like anything typed");
    assert_eq!((mine.shortest_minutes, mine.back_within_hours), (20, 24));
}

#[test]
fn both_sides_travel_and_the_pause_takes_its_length_from_them() {
    let (mut alex, mut sam) = paired_couple();
    assert_eq!(alex.store.pause_choice().unwrap().bounds, PauseBounds::OPEN, "no pact: twenty minutes to a day");
    assert_eq!(alex.store.pause_choice().unwrap().suggested, attune_core::DEFAULT_PAUSE_MINUTES);

    alex.store.save_pact(side(30, 2)).unwrap();
    sam.store.save_pact(PactDraft { to_hear: "That you still love me.".into(), ..side(45, 1) }).unwrap();
    swap(&mut alex, &mut sam);
    for phone in [&alex, &sam] {
        let pact = phone.store.pact().unwrap();
        assert!(pact.mine.is_some() && pact.partner.is_some(), "both phones show both sides");
        assert_eq!(
            pact.pause,
            PauseBounds { shortest_minutes: 45, longest_minutes: 60, from_pact: true },
            "the longest of the shortest breaks, the soonest of the latest returns"
        );
    }
    assert_eq!(alex.store.partner().unwrap().pact.unwrap().to_hear, "That you still love me.");

    let choice = alex.store.pause_choice().unwrap();
    assert_eq!(choice.suggested, 45);
    assert_eq!(choice.offered, vec![45, 60]);
    assert_eq!(alex.store.start_pause(30).unwrap_err(), Error::PauseLength { min_minutes: 45, max_hours: 1 });
    assert_eq!(alex.store.start_pause(90).unwrap_err(), Error::PauseLength { min_minutes: 45, max_hours: 1 });
    let pause = alex.store.start_pause(45).unwrap();
    assert_eq!(pause.partner_needs_to_hear.as_deref(), Some("That you still love me."));
    assert_eq!(pause.my_calming.as_deref(), Some("A walk to the river and back."));

    // Sam changes their side: it replaces the old one on Alex's phone, never adds a third.
    sam.store.save_pact(side(20, 3)).unwrap();
    swap(&mut sam, &mut alex);
    let pact = alex.store.pact().unwrap();
    assert_eq!(pact.partner.unwrap().back_within_hours, 3);
    assert_eq!(pact.pause, PauseBounds { shortest_minutes: 30, longest_minutes: 120, from_pact: true });
}

#[test]
fn the_time_to_come_back_is_in_the_reminder_plan_until_it_has_come() {
    let (mut alex, _) = paired_couple();
    assert_eq!(alex.store.reminder_plan(30).unwrap(), None, "no daily reminder and no pause: nothing to plan");
    let pause = alex.store.start_pause(40).unwrap();
    let plan = alex.store.reminder_plan(30).unwrap().expect("a pause is planned without a daily reminder");
    assert_eq!(plan.time, None);
    assert!(plan.days.is_empty());
    assert_eq!(
        plan.come_back,
        Some(ComeBack {
            at_ms: pause.back_ms,
            text: attune_core::Locale::English.words().text("reminder-come-back", &[])
        })
    );
    assert_eq!(pause.back_ms - pause.started_ms, 40 * 60_000);

    alex.clock.advance(Duration::minutes(39));
    assert!(alex.store.reminder_plan(30).unwrap().is_some_and(|p| p.come_back.is_some()));
    assert!(!alex.store.pause().unwrap().unwrap().over);
    alex.clock.advance(Duration::minutes(1));
    assert!(alex.store.pause().unwrap().unwrap().over, "the time has come");
    assert_eq!(alex.store.reminder_plan(30).unwrap(), None, "the notification has had its moment");

    alex.store.start_pause(20).unwrap();
    alex.store.end_pause().unwrap();
    assert_eq!(alex.store.reminder_plan(30).unwrap(), None, "back early: nothing left to remind");
}

#[test]
fn repair_notes_count_in_insights_and_reach_the_partner_when_shared() {
    let (mut alex, mut sam) = paired_couple();
    alex.store.save_repair_note("We both went quiet. Next time I say I'm flooded.", true).unwrap();
    alex.store.save_repair_note("Mine alone.", false).unwrap();
    sam.store.save_repair_note("I'll ask before I assume.", true).unwrap();
    assert_eq!(
        alex.store.save_repair_note("  ", true).unwrap_err(),
        Error::Text { field: TextField::RepairNote, problem: attune_core::text::TextProblem::Empty }
    );
    swap(&mut alex, &mut sam);

    let notes = sam.store.partner().unwrap().repair_notes;
    assert_eq!(notes.len(), 1, "the private note stays on Alex's phone");
    assert_eq!(notes[0].text, "We both went quiet. Next time I say I'm flooded.");
    let insights = alex.store.insights(30).unwrap();
    assert_eq!((insights.repair_notes.me, insights.repair_notes.partner), (2, 1));
    let insights = sam.store.insights(30).unwrap();
    assert_eq!((insights.repair_notes.me, insights.repair_notes.partner), (1, 1));

    // A note made private later leaves Sam's phone with the next swap.
    let id = alex.store.my_repair_notes().unwrap().iter().find(|n| n.shared).unwrap().id;
    alex.store.set_shared(id, false).unwrap();
    swap(&mut alex, &mut sam);
    assert!(sam.store.partner().unwrap().repair_notes.is_empty());
    assert_eq!(sam.store.insights(30).unwrap().repair_notes.partner, 0);
}

#[test]
fn hiding_the_together_grid_hides_it_on_both_phones() {
    let (mut alex, mut sam) = paired_couple();
    alex.store.save_check_in(check_in(4, true)).unwrap();
    sam.store.save_check_in(check_in(3, true)).unwrap();
    swap(&mut alex, &mut sam);
    assert!(!sam.store.partner().unwrap().together.is_empty());

    alex.store.change_setting(SettingsChange::HideTogether(true)).unwrap();
    swap(&mut alex, &mut sam);
    let view = sam.store.partner().unwrap();
    assert!(view.together.is_empty() && view.together_hidden_by_partner && !view.together_hidden);
    assert!(!view.check_ins.is_empty(), "what Alex shared still shows");
    // Sam can't turn Alex's choice off: Sam's own setting is about Sam's choice.
    sam.store.change_setting(SettingsChange::HideTogether(false)).unwrap();
    assert!(sam.store.partner().unwrap().together.is_empty());

    alex.store.change_setting(SettingsChange::HideTogether(false)).unwrap();
    swap(&mut alex, &mut sam);
    assert!(!sam.store.partner().unwrap().together.is_empty(), "shown again when Alex shows it");
}

#[test]
fn every_update_is_format_4_signed_whatever_it_carries() {
    let (mut alex, mut sam) = paired_couple();
    alex.store.save_check_in(check_in(4, true)).unwrap();
    let update = alex.store.export_update().unwrap();
    assert_eq!(version_of(&alex.store, &update), 4, "signed, so a bound partner can tell it is Alex's phone");
    sam.store.import_update(&update).unwrap();

    alex.store.save_pact(side(20, 1)).unwrap();
    let update = alex.store.export_update().unwrap();
    assert_eq!(version_of(&alex.store, &update), 4);
    sam.store.import_update(&update).unwrap();
    assert!(sam.store.pact().unwrap().partner.is_some());

    let update = sam.store.export_update().unwrap();
    assert_eq!(version_of(&sam.store, &update), 4);
    alex.store.import_update(&update).unwrap();
    assert_eq!(
        version_of(&alex.store, &alex.store.export_whole_update().unwrap()),
        4,
        "a whole update carries the pact again"
    );
}
