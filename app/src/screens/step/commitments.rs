//! Accountability's commitments: adding one, the ones I keep, and finishing one.

use attune_core::CommitmentView;
use dioxus::prelude::*;

use crate::components::{CommitmentRow, ShareSwitch, Status, fail, tell_failure, use_note};
use crate::core::use_actions;

/// Accountability: my one to three commitments, each tied to a safe-person quality.
#[component]
pub(super) fn Commitments(commitments: Vec<CommitmentView>) -> Element {
    let actions = use_actions();
    let program = crate::i18n::program();
    let mut quality = use_signal(String::new);
    let mut action = use_signal(String::new);
    let mut emptied = use_signal(|| 0u32);
    let mut shared = use_signal(|| true);
    let mut status = use_note();
    let active = commitments.iter().filter(|c| c.active).count();
    let add = move |evt: FormEvent| async move {
        evt.prevent_default();
        let (q, a, share) = (quality(), action(), shared());
        if q.is_empty() {
            status.set(Some(Err(t!("step-pick-quality-first"))));
            return;
        }
        match actions.run(move |s| s.add_commitment(&q, &a, share)).await {
            Ok(_) => {
                action.set(String::new());
                *emptied.write() += 1;
                quality.set(String::new());
                status.set(Some(Ok(t!("step-committed-check-will-ask"))));
            }
            Err(e) => fail(status, &e),
        }
    };
    rsx! {
        section { class: "card",
            h2 { {t!("step-commitments")} }
            p { class: "quiet", {t!("step-one-three-small-concrete")} }
            ul { class: "commitments",
                for c in commitments.iter() {
                    CommitmentRow { key: "{c.id}", commitment: c.clone(),
                        if c.active {
                            FinishButton { id: c.id }
                        }
                    }
                }
            }
            if active < attune_core::MAX_ACTIVE_COMMITMENTS {
                form { class: "form", onsubmit: add,
                    label { r#for: "quality", {t!("step-quality")} }
                    select { id: "quality", value: "{quality}", onchange: move |e| quality.set(e.value()),
                        option { value: "", {t!("step-choose")} }
                        for q in program.qualities.iter() {
                            option { value: "{q.id}", "{q.name}: {q.description}" }
                        }
                    }
                    if let Some(q) = program.quality(&quality()) {
                        p { class: "quiet small", {t!("step-for-example", examples = q.examples.join(&t!("step-examples-or-separator")))} }
                    }
                    label { r#for: "action", {t!("step-commitment-action")} }
                    for round in std::iter::once(emptied()) {
                        input { key: "{round}", id: "action", r#type: "text", initial_value: "", oninput: move |e| action.set(e.value()) }
                    }
                    ShareSwitch { checked: shared(), onchange: move |v| shared.set(v) }
                    button { class: "primary", r#type: "submit", {t!("step-commit")} }
                }
            }
            Status { message: status() }
        }
    }
}

#[component]
pub(super) fn FinishButton(id: attune_core::EntryId) -> Element {
    let actions = use_actions();
    let status = use_note();
    let finish = move |_| async move {
        tell_failure(status, &actions.run(move |s| s.finish_commitment(id)).await);
    };
    rsx! {
        button { class: "link", r#type: "button", onclick: finish, {t!("step-finish")} }
        Status { message: status() }
    }
}
