//! One step's page: its introduction, "ready to move on?", its exercises and my reflections,
//! and the step's own tools: the pattern self-check (awareness), commitments (accountability)
//! and the belief check (growth).

use attune_core::content::Exercise;
use attune_core::{CheckKind, CommitmentView, ReflectionDraft, SelfCheckComparison, SelfCheckView, Step, StepPage};
use dioxus::prelude::*;

use crate::Route;
use crate::components::{CommitmentRow, ReflectionCard, ShareSwitch, Status, fail, loaded, tell_failure, use_note};
use crate::core::{use_actions, use_view};
use crate::format;

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

#[component]
fn DeleteButton(id: attune_core::EntryId) -> Element {
    let actions = use_actions();
    let mut confirm = use_signal(|| false);
    let status = use_note();
    let delete = move |_| async move {
        tell_failure(status, &actions.run(move |s| s.delete_entry(id)).await);
    };
    if confirm() {
        rsx! {
            div { class: "row",
                span { {t!("step-delete-reflection")} }
                button { class: "danger", r#type: "button", onclick: delete, {t!("step-delete")} }
                button { class: "secondary", r#type: "button", onclick: move |_| confirm.set(false), {t!("step-keep")} }
            }
            Status { message: status() }
        }
    } else {
        rsx! { button { class: "link", r#type: "button", onclick: move |_| confirm.set(true), {t!("step-delete")} } }
    }
}

/// One exercise: its prompts as text boxes (and a pattern to pick, where it asks for one).
#[component]
fn ExerciseCard(exercise: Exercise) -> Element {
    let actions = use_actions();
    let mut open = use_signal(|| false);
    let mut texts = use_signal(|| vec![String::new(); exercise.prompts.len()]);
    let mut pattern = use_signal(String::new);
    let mut shared = use_signal(|| true);
    let mut status = use_note();
    let about = match exercise.about {
        attune_core::About::Me => t!("step-about"),
        attune_core::About::Partner => t!("step-about-partner"),
    };
    let (exercise_id, prompts) = (exercise.id.clone(), exercise.prompts.len());
    let save = move |evt: FormEvent| {
        let exercise_id = exercise_id.clone();
        async move {
            evt.prevent_default();
            let draft = ReflectionDraft {
                exercise: exercise_id,
                pattern: Some(pattern()).filter(|p| !p.is_empty()),
                texts: texts(),
                shared: shared(),
            };
            match actions.run(move |s| s.add_reflection(draft)).await {
                Ok(_) => {
                    texts.set(vec![String::new(); prompts]);
                    pattern.set(String::new());
                    open.set(false);
                    status.set(Some(Ok(t!("step-saved-reflections"))));
                }
                Err(e) => fail(status, &e),
            }
        }
    };
    rsx! {
        article { class: "card exercise",
            button {
                class: "exercise-head",
                r#type: "button",
                aria_expanded: if open() { "true" } else { "false" },
                onclick: move |_| open.toggle(),
                span { strong { "{exercise.title}" } span { class: "quiet small", " · {about}" } }
                span { aria_hidden: "true", if open() { "−" } else { "+" } }
            }
            if open() {
                form { class: "form", onsubmit: save,
                    if exercise.uses_pattern {
                        PatternPicker { exercise_id: exercise.id.clone(), pattern }
                    }
                    for (i, prompt) in exercise.prompts.iter().enumerate() {
                        label { r#for: "{exercise.id}-{i}", "{prompt}" }
                        textarea {
                            id: "{exercise.id}-{i}",
                            rows: "4",
                            initial_value: "{texts().get(i).cloned().unwrap_or_default()}",
                            oninput: move |e| {
                                if let Some(t) = texts.write().get_mut(i) {
                                    *t = e.value();
                                }
                            },
                        }
                    }
                    ShareSwitch { checked: shared(), onchange: move |v| shared.set(v) }
                    button { class: "primary", r#type: "submit", {t!("step-save-reflection")} }
                }
            }
            Status { message: status() }
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

/// The pattern a reflection is about, and what it often protects against.
#[component]
fn PatternPicker(exercise_id: String, pattern: Signal<String>) -> Element {
    let patterns = &crate::i18n::program().patterns;
    rsx! {
        label { r#for: "pattern-{exercise_id}", {t!("step-pick-pattern")} }
        select {
            id: "pattern-{exercise_id}",
            value: "{pattern}",
            onchange: move |e| pattern.set(e.value()),
            option { value: "", {t!("step-choose")} }
            for p in patterns.iter() {
                option { value: "{p.id}", "{p.name}" }
            }
        }
        if let Some(p) = patterns.iter().find(|p| p.id == pattern()) {
            p { class: "quiet small", {t!("step-often-protects-against", protects = p.protects)} }
        }
    }
}

/// The awareness self-check (fifteen patterns) or the growth belief check, with a comparison
/// to the take before.
#[component]
fn SelfCheckSection(check: CheckKind, takes: Vec<SelfCheckView>, comparison: Option<SelfCheckComparison>) -> Element {
    let actions = use_actions();
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

/// What changed since the take before: the totals and each answer that moved.
#[component]
fn ChangedSince(comparison: SelfCheckComparison, choices: [String; 3]) -> Element {
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
fn Statement(
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

/// Accountability: my one to three commitments, each tied to a safe-person quality.
#[component]
fn Commitments(commitments: Vec<CommitmentView>) -> Element {
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
fn FinishButton(id: attune_core::EntryId) -> Element {
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
