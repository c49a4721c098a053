//! The question of the day: the same question on both phones; my partner's answer appears once
//! I have answered it myself. Below it, our own questions: written here, they travel and join
//! the question of the day on both phones.

use attune_core::{OwnQuestionView, PartnerAnswer, QuestionView, Who};
use dioxus::prelude::*;

use crate::components::{ShareSwitch, Status, fail, loaded, use_note};
use crate::core::{use_actions, use_view};
use crate::format;

#[component]
pub fn Question() -> Element {
    let page = use_view(|s| s.question_page());
    loaded(page.read().as_ref(), |attune_core::QuestionPage { question: q, partner, own_questions: ours }| {
        let today = q.day;
        let partner = format::partner_capitalised(partner.as_deref());
        rsx! {
            QuestionBody { key: "{q.id}-{q.my_answer.is_some()}", question: q.clone(), partner: partner.clone() }
            OwnQuestions { ours: ours.clone(), partner, today }
        }
    })
}

#[component]
fn QuestionBody(question: QuestionView, partner: String) -> Element {
    let actions = use_actions();
    let mut text = use_signal(|| question.my_answer.clone().unwrap_or_default());
    let mut shared = use_signal(|| question.my_answer_shared);
    let mut status = use_note();
    let save = move |evt: FormEvent| async move {
        evt.prevent_default();
        let (answer, share) = (text(), shared());
        match actions.run(move |s| s.answer_question(&answer, share)).await {
            Ok(()) => status.set(Some(Ok(t!("question-saved")))),
            Err(e) => fail(status, &e),
        }
    };
    rsx! {
        header { class: "screen-head",
            p { class: "eyebrow", {t!("question-question-day")} }
            h1 { class: "question big", "{question.text}" }
            p { class: "quiet",
                match question.written_by {
                    Some(Who::Me) => t!("question-one-own-questions-both").to_owned(),
                    Some(Who::Partner) => t!("question-partner-wrote", partner = partner),
                    None => t!("question-both-get-question-today").to_owned(),
                }
            }
        }
        form { class: "card form", onsubmit: save,
            label { r#for: "my-answer", {t!("question-answer")} }
            textarea { id: "my-answer", rows: "4", initial_value: "{text}", oninput: move |e| text.set(e.value()) }
            ShareSwitch { checked: shared(), onchange: move |v| shared.set(v) }
            Status { message: status() }
            button { class: "primary", r#type: "submit", if question.my_answer.is_some() { {t!("question-update-answer")} } else { {t!("question-save-answer")} } }
        }
        section { class: "card",
            h2 { {t!("question-partner-answer", partner = partner)} }
            match &question.partner {
                PartnerAnswer::Revealed { text: theirs } => rsx! { p { class: "answer theirs", "{theirs}" } },
                PartnerAnswer::Hidden => rsx! { p { class: "quiet", {t!("question-has-answered-yours-first", partner = partner)} } },
                PartnerAnswer::NotYet => rsx! { p { class: "quiet", {t!("question-not-updates-have-yet")} } },
            }
        }
    }
}

/// Our own questions: the form to write one, and each with the day it is first asked.
#[component]
fn OwnQuestions(ours: Vec<OwnQuestionView>, partner: String, today: chrono::NaiveDate) -> Element {
    let actions = use_actions();
    let mut text = use_signal(String::new);
    let mut emptied = use_signal(|| 0u32);
    let mut status = use_note();
    let to = partner.clone();
    let add = move |evt: FormEvent| {
        let to = to.clone();
        async move {
            evt.prevent_default();
            let question = text();
            match actions.run(move |s| s.add_own_question(&question)).await {
                Ok(q) => {
                    text.set(String::new());
                    *emptied.write() += 1;
                    let said = match q.first_day {
                        Some(d) => {
                            t!("question-added-first-asked", to = to, day = format::day(d, today).to_lowercase())
                        }
                        None => t!("question-added", to = to),
                    };
                    status.set(Some(Ok(said)));
                }
                Err(e) => fail(status, &e),
            }
        }
    };
    rsx! {
        section { class: "card", id: "own-questions",
            h2 { {t!("question-questions-own")} }
            p { class: "quiet small", {t!("question-write-question-two-joins")} }
            form { class: "form", onsubmit: add,
                label { r#for: "own-question", {t!("question-question")} }
                for round in std::iter::once(emptied()) {
                    input { key: "{round}", id: "own-question", r#type: "text", maxlength: "200", initial_value: "", oninput: move |e| text.set(e.value()) }
                }
                button { class: "secondary", r#type: "submit", {t!("question-add-question")} }
            }
            Status { message: status() }
            if !ours.is_empty() {
                ul { class: "own-questions",
                    for q in ours.iter() {
                        li { key: "{q.id}",
                            "{q.text}"
                            span { class: "quiet small",
                                " · "
                                if q.written_by == Who::Me { {t!("question-by-me")} } else { {t!("question-by-partner", partner = partner.clone())} }
                                if let Some(d) = q.first_day {
                                    {t!("question-starts", rel = format::relative_kind(d, today), day = format::short_date(d))}
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
