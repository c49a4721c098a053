//! One step's page: its introduction, "ready to move on?", its exercises and my reflections,
//! and the step's own tools: the pattern self-check (awareness), commitments (accountability)
//! and the belief check (growth).

mod commitments;
mod exercises;
mod self_check;

use attune_core::{CheckKind, Step, StepPage};
use dioxus::prelude::*;

use crate::Route;
use crate::components::{ReflectionCard, Status, loaded, tell_failure, use_note};
use crate::core::{use_actions, use_view};
use crate::format;
use commitments::Commitments;
use exercises::{DeleteButton, ExerciseCard};
use self_check::SelfCheckSection;

/// One step's page (`/journey/<step id>`; an address with another id is not found).
#[component]
pub fn StepScreen(step: Step) -> Element {
    rsx! { StepLoader { key: "{step.id()}", step } }
}

#[component]
fn StepLoader(step: Step) -> Element {
    let page = use_view(move |s| s.step_page(step));
    loaded(page.read().as_ref(), |p| rsx! { StepBody { page: p.clone() } })
}

#[component]
fn StepBody(page: StepPage) -> Element {
    let actions = use_actions();
    let step = page.step;
    let program = crate::i18n::program();
    let move_status = use_note();
    let go = move |target: Step| async move {
        tell_failure(move_status, &actions.run(move |s| s.move_to_step(target)).await);
    };
    rsx! {
        header { class: "screen-head",
            Link { class: "back", to: Route::Journey {}, {t!("step-journey")} }
            p { class: "eyebrow", {t!("step-step", number = step.number(), steps = attune_core::Step::ALL.len())} }
            h1 { "{page.title}" }
            p { class: "tagline", "{page.tagline}" }
        }
        section { class: "card intro",
            for para in page.intro.iter() {
                p { "{para}" }
            }
            if !page.is_current {
                button { class: "secondary", r#type: "button", onclick: move |_| go(step), {t!("step-make-my-current-step")} }
            }
            Status { message: move_status() }
        }
        if page.is_current {
            MovingOn { page: page.clone() }
        }
        match step {
            Step::Awareness => rsx! {
                SelfCheckSection { check: CheckKind::Patterns, takes: page.self_checks.clone(), comparison: page.comparison.clone() }
            },
            Step::Growth => rsx! {
                SelfCheckSection { check: CheckKind::Beliefs, takes: page.self_checks.clone(), comparison: page.comparison.clone() }
            },
            Step::Accountability => rsx! { Commitments { commitments: page.commitments.clone() } },
            Step::Compassion => rsx! {
                section { class: "card", id: "pact-link",
                    h2 { "{program.pact.title}" }
                    p { class: "quiet", "{program.pact.intro}" }
                    Link { class: "button secondary", to: Route::Pact {}, {t!("step-open-our-pause-pact")} }
                }
            },
        }
        section { class: "stack",
            h2 { {t!("step-exercises")} }
            for exercise in page.exercises.iter() {
                ExerciseCard { key: "{exercise.id}", exercise: exercise.clone() }
            }
        }
        if !page.reflections.is_empty() {
            section { class: "stack",
                h2 { {t!("step-reflections-here")} }
                for r in page.reflections.iter() {
                    ReflectionCard {
                        key: "{r.id}",
                        reflection: r.clone(),
                        eyebrow: if r.shared { t!("step-reflection-eyebrow", title = r.title, day = format::short_day(r.day)) } else { t!("step-reflection-eyebrow-private", title = r.title, day = format::short_day(r.day)) },
                        DeleteButton { id: r.id }
                    }
                }
            }
        }
    }
}

/// The current step: what is done and left before moving on, and the way to the next step.
#[component]
fn MovingOn(page: StepPage) -> Element {
    let actions = use_actions();
    let next = page.next_step;
    let next_title = crate::i18n::program().step(next).title.clone();
    let status = use_note();
    let go = move |_| async move {
        tell_failure(status, &actions.run(move |s| s.move_to_step(next)).await);
    };
    rsx! {
        section { class: if page.ready_to_move_on { "card ready" } else { "card" },
            h2 { if page.ready_to_move_on { {t!("step-ready-move")} } else { {t!("step-before-moving")} } }
            p { class: "quiet", {t!("step-step-so-far", count = u64::try_from(page.days_in_step.max(0)).unwrap_or(0) + 1)} }
            ul { class: "checklist",
                for item in page.readiness.iter() {
                    li { class: if item.done { "done" } else { "" },
                        span { class: "sr-only", if item.done { {t!("step-done")} } else { {t!("step-not-yet")} } }
                        {crate::i18n::words().readiness(item.need)}
                    }
                }
            }
            if page.ready_to_move_on {
                p { {t!("step-ve-done-good-work")} }
                button { class: "primary", r#type: "button", onclick: go, {t!("step-move", next_title = next_title)} }
            }
            Status { message: status() }
        }
    }
}
