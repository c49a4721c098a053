//! One step's page: its introduction, "ready to move on?", its exercises and my reflections,
//! and the step's own tools: the pattern self-check (awareness), commitments (accountability)
//! and the belief check (growth).

use attune_core::content::Exercise;
use attune_core::{CheckKind, CommitmentView, ReflectionDraft, SelfCheckComparison, SelfCheckView, Step, StepPage};
use dioxus::prelude::*;

use crate::Route;
use crate::components::{CommitmentRow, ReflectionCard, ShareSwitch, Status, loaded, tell_failure, use_note};
use crate::core::{use_actions, use_view};
use crate::format;

#[component]
pub fn StepScreen(step: String) -> Element {
    let Some(step) = Step::from_id(&step) else {
        return rsx! { p { class: "note error", role: "alert", "There is no step called {step}." } };
    };
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
    let next = page.next_step;
    let program = attune_core::Program::builtin();
    let next_title = program.step(next).title.clone();
    let move_status = use_note();
    let go = move |target: Step| async move {
        tell_failure(move_status, &actions.run(move |s| s.move_to_step(target)).await);
    };
    rsx! {
        header { class: "screen-head",
            Link { class: "back", to: Route::Journey {}, "‹ Journey" }
            p { class: "eyebrow", "Step {step.number()} of {attune_core::Step::ALL.len()}" }
            h1 { "{page.title}" }
            p { class: "tagline", "{page.tagline}" }
        }
        section { class: "card intro",
            for para in page.intro.iter() {
                p { "{para}" }
            }
            if !page.is_current {
                button { class: "secondary", r#type: "button", onclick: move |_| go(step), "Make this my current step" }
            }
            Status { message: move_status() }
        }
        if page.is_current {
            section { class: if page.ready_to_move_on { "card ready" } else { "card" },
                h2 { if page.ready_to_move_on { "Ready to move on?" } else { "Before moving on" } }
                p { class: "quiet", "{format::plural(u64::try_from(page.days_in_step.max(0)).unwrap_or(0) + 1, \"day\", \"days\")} in this step so far." }
                ul { class: "checklist",
                    for item in page.readiness.iter() {
                        li { class: if item.done { "done" } else { "" },
                            span { class: "sr-only", if item.done { "Done: " } else { "Not yet: " } }
                            "{item.label}"
                        }
                    }
                }
                if page.ready_to_move_on {
                    p { "You've done good work here. Move on when it feels right; you can come back any time." }
                    button { class: "primary", r#type: "button", onclick: move |_| go(next), "Move on to {next_title}" }
                }
            }
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
                    Link { class: "button secondary", to: Route::Pact {}, "Open our pause pact" }
                }
            },
        }
        section { class: "stack",
            h2 { "Exercises" }
            for exercise in page.exercises.iter() {
                ExerciseCard { key: "{exercise.id}", exercise: exercise.clone() }
            }
        }
        if !page.reflections.is_empty() {
            section { class: "stack",
                h2 { "Your reflections here" }
                for r in page.reflections.iter() {
                    ReflectionCard {
                        key: "{r.id}",
                        reflection: r.clone(),
                        eyebrow: format!("{} · {}{}", r.title, r.day.format("%-d %b"), if r.shared { "" } else { " · private" }),
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
                span { "Delete this reflection?" }
                button { class: "danger", r#type: "button", onclick: delete, "Delete" }
                button { class: "secondary", r#type: "button", onclick: move |_| confirm.set(false), "Keep" }
            }
            Status { message: status() }
        }
    } else {
        rsx! { button { class: "link", r#type: "button", onclick: move |_| confirm.set(true), "Delete" } }
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
    let patterns = &attune_core::Program::builtin().patterns;
    let about = match exercise.about {
        attune_core::About::Me => "About you",
        attune_core::About::Partner => "About your partner",
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
                    status.set(Some(Ok("Saved to your reflections.".into())));
                }
                Err(e) => status.set(Some(Err(e.to_string()))),
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
                        label { r#for: "pattern-{exercise.id}", "Pick a pattern" }
                        select {
                            id: "pattern-{exercise.id}",
                            value: "{pattern}",
                            onchange: move |e| pattern.set(e.value()),
                            option { value: "", "Choose…" }
                            for p in patterns.iter() {
                                option { value: "{p.id}", "{p.name}" }
                            }
                        }
                        if let Some(p) = patterns.iter().find(|p| p.id == pattern()) {
                            p { class: "quiet small", "Often it protects against {p.protects}." }
                        }
                    }
                    for (i, prompt) in exercise.prompts.iter().enumerate() {
                        label { r#for: "{exercise.id}-{i}", "{prompt}" }
                        textarea {
                            id: "{exercise.id}-{i}",
                            rows: "4",
                            value: "{texts().get(i).cloned().unwrap_or_default()}",
                            oninput: move |e| {
                                if let Some(t) = texts.write().get_mut(i) {
                                    *t = e.value();
                                }
                            },
                        }
                    }
                    ShareSwitch { checked: shared(), onchange: move |v| shared.set(v) }
                    button { class: "primary", r#type: "submit", "Save reflection" }
                }
            }
            Status { message: status() }
        }
    }
}

/// The awareness self-check (fifteen patterns) or the growth belief check, with a comparison
/// to the take before.
#[component]
fn SelfCheckSection(check: CheckKind, takes: Vec<SelfCheckView>, comparison: Option<SelfCheckComparison>) -> Element {
    let actions = use_actions();
    let program = attune_core::Program::builtin();
    let statements: Vec<(String, String)> = match check {
        CheckKind::Patterns => program.patterns.iter().map(|p| (p.id.clone(), p.statement.clone())).collect(),
        CheckKind::Beliefs => {
            program.beliefs.iter().map(|b| (b.id.clone(), format!("“{}” or “{}”", b.fixed, b.growth))).collect()
        }
    };
    let choices: [&str; 3] = match check {
        CheckKind::Patterns => ["Never", "Sometimes", "Often"],
        CheckKind::Beliefs => ["I lean growth", "Unsure", "I lean fixed"],
    };
    let (title, intro) = match check {
        CheckKind::Patterns => (
            "Pattern self-check",
            "Fifteen ways old self-protection can show up. Answer for how things are lately, not how you wish they were. Everyone has some.",
        ),
        CheckKind::Beliefs => ("Belief check", "For each pair, which way do you lean right now?"),
    };
    let count = statements.len();
    let mut answers = use_signal(move || vec![None::<u8>; count]);
    let mut taking = use_signal(|| takes.is_empty());
    let mut shared = use_signal(|| false);
    let mut status = use_note();
    let save = move |evt: FormEvent| async move {
        evt.prevent_default();
        let Some(values) = answers().into_iter().collect::<Option<Vec<u8>>>() else {
            status.set(Some(Err("Please answer every statement.".into())));
            return;
        };
        let share = shared();
        match actions.run(move |s| s.take_self_check(check, values, share)).await {
            Ok(_) => {
                taking.set(false);
                answers.set(vec![None; count]);
                status.set(Some(Ok("Saved. Retake it any time to see what changes.".into())));
            }
            Err(e) => status.set(Some(Err(e.to_string()))),
        }
    };
    let latest = takes.last().cloned();
    rsx! {
        section { class: "card",
            h2 { "{title}" }
            p { class: "quiet", "{intro}" }
            if let Some(latest) = latest {
                p { "Last taken {latest.day.format(\"%-d %b %Y\")}: {latest.total} of {count * 2}"
                    span { class: "quiet", if check == CheckKind::Patterns { " (lower means fewer old patterns)" } else { " (lower means more growth-minded)" } }
                }
                if check == CheckKind::Beliefs {
                    ul { class: "reframes",
                        for (b, a) in program.beliefs.iter().zip(latest.answers.iter()) {
                            if *a > 0 {
                                li { strong { "“{b.fixed}”" } " {b.reframe}" }
                            }
                        }
                    }
                }
            }
            if let Some(c) = &comparison {
                div { class: "comparison",
                    h3 { "Since {c.from.format(\"%-d %b\")}" }
                    p { "Total {c.total_before} → {c.total_after}" }
                    if c.changes.is_empty() {
                        p { class: "quiet", "No answer changed." }
                    }
                    ul {
                        for change in c.changes.iter() {
                            li { "{change.name}: {choices[usize::from(change.before.min(2))]} → {choices[usize::from(change.after.min(2))]}" }
                        }
                    }
                }
            }
            if taking() {
                form { class: "form selfcheck", onsubmit: save,
                    for (i, (id, statement)) in statements.iter().enumerate() {
                        fieldset { key: "{id}",
                            legend { "{statement}" }
                            div { class: "choices",
                                for (value, choice) in choices.iter().enumerate() {
                                    label { class: if answers()[i] == u8::try_from(value).ok() { "choice selected" } else { "choice" },
                                        input {
                                            r#type: "radio",
                                            name: "{id}",
                                            checked: answers()[i] == u8::try_from(value).ok(),
                                            onchange: move |_| answers.write()[i] = u8::try_from(value).ok(),
                                        }
                                        "{choice}"
                                    }
                                }
                            }
                        }
                    }
                    ShareSwitch { checked: shared(), onchange: move |v| shared.set(v), label: "Share the result with my partner" }
                    button { class: "primary", r#type: "submit", "Save" }
                }
            } else {
                button { class: "secondary", r#type: "button", onclick: move |_| taking.set(true), if takes.is_empty() { "Take it" } else { "Take it again" } }
            }
            Status { message: status() }
        }
    }
}

/// Accountability: my one to three commitments, each tied to a safe-person quality.
#[component]
fn Commitments(commitments: Vec<CommitmentView>) -> Element {
    let actions = use_actions();
    let program = attune_core::Program::builtin();
    let mut quality = use_signal(String::new);
    let mut action = use_signal(String::new);
    let mut shared = use_signal(|| true);
    let mut status = use_note();
    let active = commitments.iter().filter(|c| c.active).count();
    let add = move |evt: FormEvent| async move {
        evt.prevent_default();
        let (q, a, share) = (quality(), action(), shared());
        if q.is_empty() {
            status.set(Some(Err("Pick a quality first.".into())));
            return;
        }
        match actions.run(move |s| s.add_commitment(&q, &a, share)).await {
            Ok(_) => {
                action.set(String::new());
                quality.set(String::new());
                status.set(Some(Ok("Committed. Your check-in will ask about it.".into())));
            }
            Err(e) => status.set(Some(Err(e.to_string()))),
        }
    };
    rsx! {
        section { class: "card",
            h2 { "Commitments" }
            p { class: "quiet", "One to three small, concrete actions. Be a safe person: gentle, curious, open, empathetic, understanding, vulnerable." }
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
                    label { r#for: "quality", "Quality" }
                    select { id: "quality", value: "{quality}", onchange: move |e| quality.set(e.value()),
                        option { value: "", "Choose…" }
                        for q in program.qualities.iter() {
                            option { value: "{q.id}", "{q.name}: {q.description}" }
                        }
                    }
                    if let Some(q) = program.quality(&quality()) {
                        p { class: "quiet small", {format!("For example: {}", q.examples.join(" Or: "))} }
                    }
                    label { r#for: "action", "What will you do?" }
                    input { id: "action", r#type: "text", value: "{action}", oninput: move |e| action.set(e.value()) }
                    ShareSwitch { checked: shared(), onchange: move |v| shared.set(v) }
                    button { class: "primary", r#type: "submit", "Commit" }
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
        button { class: "link", r#type: "button", onclick: finish, "Finish" }
        Status { message: status() }
    }
}
