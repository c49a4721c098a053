//! A year of questions: over 730 days the question of the day never comes back within 365
//! days, the bank's or the couple's own; own questions travel and join the rotation on both
//! phones, which agree on every day's question.

mod common;

use std::collections::HashMap;

use attune_core::{Error, OWN_QUESTION_PREFIX, TextField, Who};
use chrono::Duration;
use common::{paired_couple, swap};

#[test]
fn no_question_comes_back_within_a_year_and_both_phones_agree_on_every_day() {
    let (mut alex, mut sam) = paired_couple();
    let today = alex.store.today_date();
    let before = alex.store.question_of_the_day().unwrap();
    let mut written = Vec::new();
    for text in ["What made you laugh this week?", "Where should we go in spring?", "What song is ours?"] {
        written.push(alex.store.add_own_question(text).unwrap());
    }
    for text in ["What do you miss about when we met?", "What is a small luxury we should allow ourselves?"] {
        written.push(sam.store.add_own_question(text).unwrap());
    }
    assert_eq!(alex.store.question_of_the_day().unwrap(), before, "today's question stays as it was");
    swap(&mut alex, &mut sam);

    let ours = alex.store.own_questions().unwrap();
    assert_eq!(ours.len(), 5, "both of ours, on Alex's phone");
    assert_eq!(sam.store.own_questions().unwrap().len(), 5, "and on Sam's");
    let firsts: Vec<_> = ours.iter().map(|q| q.first_day.unwrap()).collect();
    assert_eq!(firsts, (1..=5).map(|d| today + Duration::days(d)).collect::<Vec<_>>(), "one a day from tomorrow");
    assert_eq!(ours.iter().filter(|q| q.written_by == Who::Partner).count(), 2);

    let mut last_seen: HashMap<String, i64> = HashMap::new();
    let mut own_days = 0;
    for d in 0..730 {
        let day = today + Duration::days(d);
        let (a, s) = (alex.store.question_on(day).unwrap(), sam.store.question_on(day).unwrap());
        assert_eq!(a.id, s.id, "both phones ask the same question on {day}");
        assert_eq!(a.text, s.text);
        if a.id.starts_with(OWN_QUESTION_PREFIX) {
            own_days += 1;
        }
        if let Some(before) = last_seen.insert(a.id.clone(), d) {
            assert!(d - before >= 365, "{} came back after {} days", a.id, d - before);
        }
    }
    assert_eq!(own_days, 10, "each of our five questions, once a year for two years");
    assert!(last_seen.len() >= 365, "a year's worth of different questions");

    // An answer to one of our questions reaches the partner with the question's words.
    alex.clock.advance(Duration::days(1));
    sam.clock.advance(Duration::days(1));
    let asked = alex.store.question_of_the_day().unwrap();
    assert!(written.iter().any(|q| q.text == asked.text), "tomorrow is one of ours: {}", asked.text);
    let on_sams = sam.store.question_of_the_day().unwrap().written_by;
    match asked.written_by {
        Some(Who::Me) => assert_eq!(on_sams, Some(Who::Partner)),
        Some(Who::Partner) => assert_eq!(on_sams, Some(Who::Me)),
        None => panic!("one of ours says who wrote it"),
    }
    alex.store.answer_question("Your impression of the cat.", true).unwrap();
    sam.store.answer_question("The wedding speech.", true).unwrap();
    swap(&mut alex, &mut sam);
    let answers = sam.store.partner().unwrap().answers;
    assert_eq!(answers[0].question, asked.text);
    assert_eq!(answers[0].answer.as_deref(), Some("Your impression of the cat."));
}

#[test]
fn an_own_question_is_one_tidy_line() {
    let (mut alex, _) = paired_couple();
    for bad in ["", "   ", "Two\nlines?", "\u{202e}reversed?"] {
        assert!(
            matches!(alex.store.add_own_question(bad), Err(Error::Text { field: TextField::OwnQuestion, .. })),
            "{bad:?}"
        );
    }
    assert!(alex.store.add_own_question(&"?".repeat(201)).is_err());
    assert_eq!(alex.store.add_own_question("  What is ours?  ").unwrap().text, "What is ours?");
}

#[test]
fn once_every_day_of_the_year_holds_one_of_ours_the_next_waits() {
    let (mut alex, _) = paired_couple();
    for i in 0..366 {
        alex.store.add_own_question(&format!("Question number {i}?")).unwrap();
    }
    let ours = alex.store.own_questions().unwrap();
    assert_eq!(ours.iter().filter(|q| q.first_day.is_some()).count(), 365);
    assert_eq!(ours.iter().filter(|q| q.first_day.is_none()).count(), 1, "no day left for the last one this year");
    let tomorrow = alex.store.today_date() + Duration::days(1);
    assert!(alex.store.question_on(tomorrow).unwrap().id.starts_with(OWN_QUESTION_PREFIX));
}
