//! The daily check-in: connection today and the five secure-base markers (quick taps), the
//! question of the day, an optional appreciation and need, my commitments, and whether to
//! share. Saving is one intent; Today shows the summary right after.

use attune_core::{CheckInDraft, CheckInForm, CommitmentToKeep, EntryId, Markers, QuestionView};
use dioxus::prelude::*;

use crate::Route;
use crate::components::{Rating, ShareSwitch, Status, fail, loaded, use_note};
use crate::core::{use_actions, use_view};

#[component]
pub fn CheckIn() -> Element {
    let page = use_view(|s| s.check_in_page());
    loaded(page.read().as_ref(), |p| rsx! { CheckInFormView { form: p.form.clone(), question: p.question.clone() } })
}

#[component]
fn CheckInFormView(form: CheckInForm, question: QuestionView) -> Element {
    let actions = use_actions();
    let navigator = use_navigator();
    let program = crate::i18n::program();
    let saved = form.saved.clone();
    let mut connection = use_signal(|| saved.as_ref().map(|c| c.connection));
    // One rating per marker of the program, in its order, matched to the record by id.
    let markers = use_signal(|| {
        program.markers.iter().map(|m| saved.as_ref().and_then(|c| c.markers.get(&m.id))).collect::<Vec<_>>()
    });
    let appreciation = use_signal(|| saved.as_ref().and_then(|c| c.appreciation.clone()).unwrap_or_default());
    let need = use_signal(|| saved.as_ref().and_then(|c| c.need.clone()).unwrap_or_default());
    let good_news = use_signal(|| saved.as_ref().and_then(|c| c.good_news.clone()).unwrap_or_default());
    let answer = use_signal(|| question.my_answer.clone().unwrap_or_default());
    let kept =
        use_signal(|| form.commitments.iter().map(|c| (c.id, c.kept_today.unwrap_or(false))).collect::<Vec<_>>());
    let mut shared = use_signal(|| form.shared);
    let mut status = use_note();

    let save = move |evt: FormEvent| async move {
        evt.prevent_default();
        let ratings = program.markers.iter().zip(markers()).filter_map(|(m, v)| Some((m.id.as_str(), v?)));
        let (Some(connection), Some(marker_ratings)) = (connection(), Markers::from_ratings(ratings)) else {
            status.set(Some(Err(t!("check-in-tap-number-connection-each"))));
            return;
        };
        let optional = |s: String| Some(s).filter(|t| !t.trim().is_empty());
        let draft = CheckInDraft {
            connection,
            markers: marker_ratings,
            appreciation: optional(appreciation()),
            need: optional(need()),
            good_news: optional(good_news()),
            kept: kept()
                .into_iter()
                .map(|(commitment, kept)| attune_core::KeptCommitment { commitment, kept })
                .collect(),
            answer: optional(answer()),
            shared: shared(),
        };
        match actions.run(move |s| s.save_check_in(draft)).await {
            Ok(()) => {
                navigator.push(Route::Today {});
            }
            Err(e) => fail(status, &e),
        }
    };

    rsx! {
        header { class: "screen-head",
            p { class: "eyebrow", {t!("check-in-daily-check")} }
            h1 { if saved.is_some() { {t!("check-in-edit-today-check")} } else { {t!("check-in-how-was-today")} } }
        }
        form { class: "stack", onsubmit: save,
            section { class: "card",
                Rating {
                    label: t!("check-in-connection-today"),
                    hint: t!("check-in-connection-hint"),
                    value: connection(),
                    onchange: move |n| connection.set(Some(n)),
                }
            }
            MarkerRatings { markers }
            QuestionOfTheDay { question: question.text.clone(), answer }
            MyWords { appreciation, need, good_news }
            if !form.commitments.is_empty() {
                KeptToday { commitments: form.commitments.clone(), kept }
            }
            section { class: "card",
                ShareSwitch { checked: shared(), onchange: move |v| shared.set(v) }
                p { class: "quiet",
                    if shared() { {t!("check-in-goes-partner-next-update")} } else { {t!("check-in-private-stays-phone")} }
                }
            }
            Status { message: status() }
            button { class: "primary wide", r#type: "submit", {t!("check-in-save-check")} }
        }
    }
}

/// The five secure-base markers, one rating each, in the program's order.
#[component]
fn MarkerRatings(markers: Signal<Vec<Option<u8>>>) -> Element {
    let program = crate::i18n::program();
    rsx! {
        section { class: "card",
            h2 { {t!("check-in-feeling-secure-together")} }
            p { class: "quiet", {t!("check-in-1-not-at-all")} }
            for (i, marker) in program.markers.iter().enumerate() {
                Rating {
                    key: "{marker.id}",
                    label: marker.label.clone(),
                    hint: marker.prompt.clone(),
                    value: markers.read().get(i).copied().flatten(),
                    onchange: move |n| {
                        if let Some(rating) = markers.write().get_mut(i) {
                            *rating = Some(n);
                        }
                    },
                }
            }
        }
    }
}

/// The question of the day and my answer (optional).
#[component]
fn QuestionOfTheDay(question: String, answer: Signal<String>) -> Element {
    rsx! {
        section { class: "card",
            label { r#for: "answer", class: "eyebrow", {t!("check-in-question-day")} }
            p { class: "question", "{question}" }
            textarea {
                id: "answer",
                rows: "3",
                placeholder: t!("check-in-answer-optional"),
                initial_value: "{answer}",
                oninput: move |e| answer.set(e.value()),
            }
        }
    }
}

/// What I appreciated, what I need, my good news: each optional.
#[component]
fn MyWords(appreciation: Signal<String>, need: Signal<String>, good_news: Signal<String>) -> Element {
    rsx! {
        section { class: "card",
            label { r#for: "appreciation", {t!("check-in-one-thing-i-appreciated")} }
            textarea {
                id: "appreciation",
                rows: "2",
                initial_value: "{appreciation}",
                oninput: move |e| appreciation.set(e.value()),
            }
            label { r#for: "need", {t!("check-in-one-need-i-want")} }
            textarea { id: "need", rows: "2", initial_value: "{need}", oninput: move |e| need.set(e.value()) }
            label { r#for: "good-news", {t!("check-in-good-news-mine-optional")} }
            p { class: "quiet small", {t!("check-in-good-news-hint")} }
            textarea { id: "good-news", rows: "2", initial_value: "{good_news}", oninput: move |e| good_news.set(e.value()) }
        }
    }
}

/// My active commitments: did I keep each today.
#[component]
fn KeptToday(commitments: Vec<CommitmentToKeep>, kept: Signal<Vec<(EntryId, bool)>>) -> Element {
    rsx! {
        section { class: "card",
            h2 { {t!("check-in-kept-commitment")} }
            for (i, c) in commitments.iter().enumerate() {
                label { class: "switch", key: "{c.id}",
                    input {
                        r#type: "checkbox",
                        checked: kept().get(i).is_some_and(|k| k.1),
                        onchange: move |e| {
                            if let Some(k) = kept.write().get_mut(i) {
                                k.1 = e.checked();
                            }
                        },
                    }
                    span { class: "track", aria_hidden: "true" }
                    span { class: "switch-label", "{c.action}" span { class: "quiet", " · {c.quality}" } }
                }
            }
        }
    }
}
