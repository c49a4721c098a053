//! A month of a couple's life, driven through the public API and checked through every view
//! model: first run, pairing, daily check-ins and answers, step work, commitments, exchanges
//! every few days, a private entry that never travels, and a move through the steps.

mod common;

use attune_core::{About, CheckKind, Error, PartnerAnswer, ReflectionDraft, SettingsChange, Step, StepStatus};
use chrono::Duration;
use common::{check_in, paired_couple, phone, start_day, swap};

#[test]
#[allow(clippy::too_many_lines)] // one story, told in order
fn a_month_together() {
    let (mut alex, mut sam) = paired_couple();
    let patterns = alex.store.program().patterns.len();

    let today = alex.store.today().expect("today");
    assert_eq!(today.my_name, "Alex");
    assert_eq!(today.partner_name.as_deref(), Some("Sam"));
    assert_eq!(today.step, Step::Awareness);
    assert!(today.check_in.is_none());
    assert!(today.paired);
    assert_eq!(today.consistency.last_7, 0);
    assert_eq!(attune_core::Locale::English.words().consistency(&today.consistency), "Today is a good day to start.");
    assert_eq!(sam.store.partner_name().expect("name").as_deref(), Some("Alex"));

    let mut private_reflection = None;
    let mut commitment = None;
    for day in 0..30_i64 {
        let date = start_day() + Duration::days(day);
        assert_eq!(alex.store.today_date(), date);
        assert_eq!(sam.store.today_date(), date);

        // Alex checks in every day but the weekends of the second week; Sam every other day.
        let alex_checks_in = !(12..=13).contains(&day);
        if alex_checks_in {
            let mut draft = check_in(3 + u8::try_from(day % 3).expect("small"), true);
            if let Some(c) = commitment {
                draft.kept = vec![attune_core::KeptCommitment { commitment: c, kept: day % 2 == 0 }];
            }
            alex.store.save_check_in(draft).expect("alex checks in");
        }
        if day % 2 == 0 {
            sam.store.save_check_in(check_in(4, day % 4 == 0)).expect("sam checks in");
        }

        // Both answer the question of the day; Sam first on even days, so the reveal is tested.
        let question = alex.store.question_of_the_day().expect("question");
        assert_eq!(question.id, sam.store.question_of_the_day().expect("question").id, "same question for both");
        alex.store.answer_question(&format!("Alex on day {day}"), true).expect("alex answers");
        if day % 2 == 0 {
            sam.store.answer_question(&format!("Sam on day {day}"), true).expect("sam answers");
        }

        match day {
            0 => {
                let answers = vec![1; patterns];
                alex.store.take_self_check(CheckKind::Patterns, answers, true).expect("self-check");
                for exercise in ["roots-home", "roots-modelled"] {
                    alex.store
                        .add_reflection(ReflectionDraft {
                            exercise: exercise.into(),
                            pattern: None,
                            texts: vec!["Hugs were rare but meals were love.".into()],
                            shared: true,
                        })
                        .expect("reflection");
                }
                private_reflection = Some(
                    alex.store
                        .add_reflection(ReflectionDraft {
                            exercise: "roots-hard-times".into(),
                            pattern: None,
                            texts: vec!["Something only for me.".into()],
                            shared: false,
                        })
                        .expect("private reflection"),
                );
            }
            3 => {
                let page = alex.store.step_page(Step::Awareness).expect("page");
                assert!(!page.ready_to_move_on, "too early: {:?}", page.readiness);
                assert_eq!(page.reflections.len(), 3);
                alex.store
                    .add_reflection(ReflectionDraft {
                        exercise: "roots-partner-home".into(),
                        pattern: None,
                        texts: vec!["Sam's family showed love through doing.".into()],
                        shared: true,
                    })
                    .expect("partner reflection");
            }
            6 => {
                let page = alex.store.step_page(Step::Awareness).expect("page");
                assert!(page.ready_to_move_on, "{:?}", page.readiness);
                let mut answers = vec![1; patterns];
                answers[0] = 0;
                answers[5] = 2;
                alex.store.take_self_check(CheckKind::Patterns, answers, true).expect("retake");
                let page = alex.store.step_page(Step::Awareness).expect("page");
                let comparison = page.comparison.expect("two takes compare");
                assert_eq!(comparison.changes.len(), 2);
                assert_eq!(comparison.total_before, comparison.total_after);
                alex.store.move_to_step(Step::Compassion).expect("move on");
            }
            8 => {
                let pattern = alex.store.program().patterns[2].id.clone();
                alex.store
                    .add_reflection(ReflectionDraft {
                        exercise: "compassion-my-pattern".into(),
                        pattern: Some(pattern),
                        texts: vec!["It kept the peace at home.".into(), "You were a kid doing your best.".into()],
                        shared: true,
                    })
                    .expect("compassion");
            }
            14 => {
                alex.store.move_to_step(Step::Accountability).expect("accountability");
                commitment = Some(
                    alex.store
                        .add_commitment("curious", "Ask Sam one real question each evening.", true)
                        .expect("commit"),
                );
                let form = alex.store.check_in_form().expect("form");
                assert_eq!(form.commitments.len(), 1);
                assert!(form.saved.is_some(), "today's check-in shows in the form");
            }
            _ => {}
        }

        // Sam's view of the question: Alex's answer is hidden on days Sam doesn't answer.
        let sam_question = sam.store.question_of_the_day().expect("question");
        if day % 2 == 0 {
            assert!(sam_question.my_answer.is_some());
        } else {
            assert!(sam_question.my_answer.is_none());
            assert_ne!(sam_question.partner, PartnerAnswer::Revealed { text: format!("Alex on day {day}") });
        }

        if day % 3 == 2 {
            swap(&mut alex, &mut sam);
            let sam_view = sam.store.question_of_the_day().expect("question");
            if day % 2 == 0 {
                assert_eq!(sam_view.partner, PartnerAnswer::Revealed { text: format!("Alex on day {day}") });
            } else {
                assert_eq!(sam_view.partner, PartnerAnswer::Hidden);
            }
        }

        alex.clock.next_morning();
        sam.clock.next_morning();
    }

    // Day 30: look at every view model.
    let today = alex.store.today().expect("today");
    assert_eq!(today.step, Step::Accountability);
    // Day 30 has only just begun: the last seven days hold six check-ins so far.
    assert!(today.check_in.is_none());
    assert_eq!(today.consistency.last_7, 6);
    assert_eq!(today.consistency.last_30, 27);
    assert_eq!(
        attune_core::Locale::English.words().consistency(&today.consistency),
        "You showed up 6 of the last 7 days."
    );
    assert!(today.exchange_nudge.is_none(), "swapped yesterday: {:?}", today.exchange_nudge);

    let journey = alex.store.journey().expect("journey");
    let status: Vec<StepStatus> = journey.steps.iter().map(|s| s.status).collect();
    assert_eq!(status, [StepStatus::Visited, StepStatus::Visited, StepStatus::Current, StepStatus::Ahead]);
    assert_eq!(journey.partner_step, Some(Step::Awareness), "Sam's profile travels with Sam's updates");

    let partner = sam.store.partner().expect("partner view");
    assert_eq!(partner.name.as_deref(), Some("Alex"));
    assert_eq!(partner.step, Some(Step::Accountability));
    let reflections = &partner.reflections;
    assert_eq!(reflections.len(), 4, "the private reflection never travels");
    assert!(reflections.iter().all(|r| Some(r.id) != private_reflection));
    assert!(reflections.iter().any(|r| r.about == About::Partner));
    assert!(!partner.answers.is_empty());
    for answer in &partner.answers {
        let sam_answered_that_day = (answer.day - start_day()).num_days() % 2 == 0;
        assert_eq!(answer.answer.is_some(), sam_answered_that_day, "{answer:?}");
    }
    let together_days = partner.together.iter().filter(|d| d.me && d.partner).count();
    assert!(together_days >= 10, "{together_days}");

    let insights = alex.store.insights(30).expect("insights");
    assert_eq!(insights.days.len(), 30);
    assert_eq!(insights.connection.me.iter().flatten().count(), 27);
    let sam_shared = insights.connection.partner.iter().flatten().count();
    assert!(sam_shared > 0 && sam_shared < 15, "only Sam's shared check-ins: {sam_shared}");
    assert_eq!(insights.markers.len(), 5);
    assert_eq!(insights.self_checks.len(), 2);
    let kept = &insights.commitments[0];
    assert_eq!(kept.logged_days, 15);
    assert_eq!(kept.kept_days, 7, "even days from 16 to 28");

    // Sam can't change Alex's entries through any door.
    let alex_reflection = reflections[0].id;
    assert_eq!(sam.store.delete_entry(alex_reflection), Err(Error::NotYours));
    assert_eq!(sam.store.set_shared(alex_reflection, false), Err(Error::NotYours));
    let draft = ReflectionDraft { exercise: "roots-home".into(), pattern: None, texts: vec!["x".into()], shared: true };
    assert_eq!(sam.store.edit_reflection(alex_reflection, draft), Err(Error::NotYours));

    // Settings round trip.
    alex.store.change_setting(SettingsChange::ShareByDefault(false)).expect("setting");
    assert!(!alex.store.check_in_form().expect("form").shared);
}

#[test]
fn first_run_refuses_an_empty_name_and_keeps_nothing() {
    let clock = attune_core::ManualClock::at_morning_of(start_day());
    let mut store = attune_core::Store::open_in_memory(std::sync::Arc::new(clock)).expect("opens");
    let before = store.dump().expect("dump");
    assert_eq!(
        store.set_up("   ", None, None),
        Err(Error::Text { field: attune_core::TextField::MyName, problem: attune_core::text::TextProblem::Empty })
    );
    assert_eq!(store.dump().expect("dump"), before);
    assert!(!store.is_set_up().expect("state"));
    assert!(phone("Alex", None).store.is_set_up().expect("state"), "a real name still sets up");
}
