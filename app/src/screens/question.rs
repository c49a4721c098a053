//! The question of the day: the same question on both phones; my partner's answer appears once
//! I have answered it myself.

use attune_core::{PartnerAnswer, QuestionView};
use dioxus::prelude::*;

use crate::components::{ShareSwitch, Status, loaded, use_note};
use crate::core::{use_actions, use_view};
use crate::format;

#[component]
pub fn Question() -> Element {
    let view = use_view(|s| Ok((s.question_of_the_day()?, s.partner_name()?)));
    loaded(view.read().as_ref(), |(q, partner)| {
        rsx! {
            QuestionBody { key: "{q.id}-{q.my_answer.is_some()}", question: q.clone(), partner: format::partner_capitalised(partner.as_deref()) }
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
            Ok(()) => status.set(Some(Ok("Saved.".into()))),
            Err(e) => status.set(Some(Err(e.to_string()))),
        }
    };
    rsx! {
        header { class: "screen-head",
            p { class: "eyebrow", "Question of the day" }
            h1 { class: "question big", "{question.text}" }
            p { class: "quiet", "You both get this question today." }
        }
        form { class: "card form", onsubmit: save,
            label { r#for: "my-answer", "Your answer" }
            textarea { id: "my-answer", rows: "4", value: "{text}", oninput: move |e| text.set(e.value()) }
            ShareSwitch { checked: shared(), onchange: move |v| shared.set(v) }
            Status { message: status() }
            button { class: "primary", r#type: "submit", if question.my_answer.is_some() { "Update answer" } else { "Save answer" } }
        }
        section { class: "card",
            h2 { "{partner}'s answer" }
            match &question.partner {
                PartnerAnswer::Revealed { text: theirs } => rsx! { p { class: "answer theirs", "{theirs}" } },
                PartnerAnswer::Hidden => rsx! { p { class: "quiet", "{partner} has answered. Yours first, then you'll see theirs." } },
                PartnerAnswer::NotYet => rsx! { p { class: "quiet", "Not in the updates you have yet." } },
            }
        }
    }
}
