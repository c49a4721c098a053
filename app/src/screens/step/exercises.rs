//! A step's exercises: each exercise's card with its prompts (and the pattern it names), and
//! the delete button on my reflections.

use attune_core::ReflectionDraft;
use attune_core::content::Exercise;
use dioxus::prelude::*;

use crate::components::{ShareSwitch, Status, fail, tell_failure, use_note};
use crate::core::use_actions;

#[component]
pub(super) fn DeleteButton(id: attune_core::EntryId) -> Element {
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
pub(super) fn ExerciseCard(exercise: Exercise) -> Element {
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

/// The pattern a reflection is about, and what it often protects against.
#[component]
pub(super) fn PatternPicker(exercise_id: String, pattern: Signal<String>) -> Element {
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
