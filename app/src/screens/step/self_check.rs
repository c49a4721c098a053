//! The self-checks (the pattern self-check, the belief check): the statements, my answers, and
//! what changed since the first time.

use attune_core::{CheckKind, SelfCheckComparison, SelfCheckView};
use dioxus::prelude::*;

use crate::components::{ShareSwitch, Status, fail, use_note};
use crate::core::use_actions;
use crate::format;

/// The awareness self-check (fifteen patterns) or the growth belief check, with a comparison
/// to the take before.
#[component]
pub(super) fn SelfCheckSection(
    check: CheckKind,
    takes: Vec<SelfCheckView>,
    comparison: Option<SelfCheckComparison>,
) -> Element {
    let actions = use_actions();
    let program = crate::i18n::program();
    let (statements, choices, title, intro) = check_words(check);
    let count = statements.len();
    let mut answers = use_signal(move || vec![None::<u8>; count]);
    let mut taking = use_signal(|| takes.is_empty());
    let mut shared = use_signal(|| false);
    let mut status = use_note();
    let save = move |evt: FormEvent| async move {
        evt.prevent_default();
        let Some(values) = answers().into_iter().collect::<Option<Vec<u8>>>() else {
            status.set(Some(Err(t!("step-please-answer-every-statement"))));
            return;
        };
        let share = shared();
        match actions.run(move |s| s.take_self_check(check, values, share)).await {
            Ok(_) => {
                taking.set(false);
                answers.set(vec![None; count]);
                status.set(Some(Ok(t!("step-saved-retake-any-time"))));
            }
            Err(e) => fail(status, &e),
        }
    };
    let latest = takes.last().cloned();
    rsx! {
        section { class: "card",
            h2 { "{title}" }
            p { class: "quiet", "{intro}" }
            if let Some(latest) = latest {
                p { {t!("step-last-taken", day = format::short_date(latest.day), total = latest.total, out_of = count * 2)}
                    span { class: "quiet", if check == CheckKind::Patterns { {t!("step-lower-means-fewer-old")} } else { {t!("step-lower-means-more-growth")} } }
                }
                if check == CheckKind::Beliefs {
                    ul { class: "reframes",
                        for (b, a) in program.beliefs.iter().zip(latest.answers.iter()) {
                            if *a > 0 {
                                li { strong { {t!("quoted", text = b.fixed.clone())} } " {b.reframe}" }
                            }
                        }
                    }
                }
            }
            if let Some(c) = comparison {
                ChangedSince { comparison: c, choices: choices.clone() }
            }
            if taking() {
                form { class: "form selfcheck", onsubmit: save,
                    for (i, (id, statement)) in statements.iter().enumerate() {
                        Statement { key: "{id}", id: id.clone(), statement: statement.clone(), choices: choices.clone(), index: i, answers }
                    }
                    ShareSwitch { checked: shared(), onchange: move |v| shared.set(v), label: t!("step-share-result-my-partner") }
                    button { class: "primary", r#type: "submit", {t!("step-save")} }
                }
            } else {
                button { class: "secondary", r#type: "button", onclick: move |_| taking.set(true), if takes.is_empty() { {t!("step-take")} } else { {t!("step-take-again")} } }
            }
            Status { message: status() }
        }
    }
}

/// A check's statements (id and words), its three answers, its title and its introduction.
fn check_words(check: CheckKind) -> (Vec<(String, String)>, [String; 3], String, String) {
    let program = crate::i18n::program();
    let statements: Vec<(String, String)> = match check {
        CheckKind::Patterns => program.patterns.iter().map(|p| (p.id.clone(), p.statement.clone())).collect(),
        CheckKind::Beliefs => program
            .beliefs
            .iter()
            .map(|b| (b.id.clone(), t!("step-belief-either", fixed = b.fixed, growth = b.growth)))
            .collect(),
    };
    let choices: [String; 3] = match check {
        CheckKind::Patterns => [t!("step-never"), t!("step-sometimes"), t!("step-often")],
        CheckKind::Beliefs => [t!("step-i-lean-growth"), t!("step-unsure"), t!("step-i-lean-fixed")],
    };
    let (title, intro) = match check {
        CheckKind::Patterns => (t!("step-pattern-self-check"), t!("step-fifteen-ways-old-self")),
        CheckKind::Beliefs => (t!("step-belief-check"), t!("step-each-pair-which-way")),
    };
    (statements, choices, title, intro)
}

/// What changed since the take before: the totals and each answer that moved.
#[component]
pub(super) fn ChangedSince(comparison: SelfCheckComparison, choices: [String; 3]) -> Element {
    let c = &comparison;
    rsx! {
        div { class: "comparison",
            h3 { {t!("step-since", from = format::short_day(c.from))} }
            p { {t!("step-total", total_before = c.total_before, total_after = c.total_after)} }
            if c.changes.is_empty() {
                p { class: "quiet", {t!("step-no-answer-changed")} }
            }
            ul {
                for change in c.changes.iter() {
                    li { "{change.name}: {choices[usize::from(change.before.min(2))]} → {choices[usize::from(change.after.min(2))]}" }
                }
            }
        }
    }
}

/// One statement of a self-check and its three answers; the `index`th of `answers`.
#[component]
pub(super) fn Statement(
    id: String,
    statement: String,
    choices: [String; 3],
    index: usize,
    answers: Signal<Vec<Option<u8>>>,
) -> Element {
    let chosen = answers.read().get(index).copied().flatten();
    rsx! {
        fieldset {
            legend { "{statement}" }
            div { class: "choices",
                for (value, choice) in choices.iter().enumerate() {
                    label { class: if chosen == u8::try_from(value).ok() { "choice selected" } else { "choice" },
                        input {
                            r#type: "radio",
                            name: "{id}",
                            checked: chosen == u8::try_from(value).ok(),
                            onchange: move |_| {
                                if let Some(answer) = answers.write().get_mut(index) {
                                    *answer = u8::try_from(value).ok();
                                }
                            },
                        }
                        "{choice}"
                    }
                }
            }
        }
    }
}
