//! Today: the check-in (or its summary), my step, the question of the day, my partner's latest
//! shared check-in, gentle consistency and, when it's time, a nudge to swap updates.

use attune_core::{CheckInSummary, PartnerAnswer, QuestionView, TodayView};
use dioxus::prelude::*;

use crate::Route;
use crate::components::{Status, fail, loaded, use_note};
use crate::core::{use_actions, use_view};
use crate::format;

#[component]
pub fn Today() -> Element {
    let today = use_view(|s| s.today());
    loaded(today.read().as_ref(), |view| rsx! { TodayBody { view: view.clone() } })
}

#[component]
fn TodayBody(view: TodayView) -> Element {
    let partner = format::partner_capitalised(view.partner_name.as_deref());
    rsx! {
        header { class: "screen-head",
            p { class: "eyebrow", {format::long_day(view.day)} }
            h1 { {t!("today-hello", name = view.my_name)} }
            p { class: "quiet", {crate::i18n::words().consistency(&view.consistency)} }
        }
        crate::browser::NewVersionOffer {}
        crate::browser::HomeScreenHint {}
        PauseEntry { pause: view.pause }
        match &view.check_in {
            None if view.quiet => rsx! { QuietDay {} },
            None => rsx! {
                Link { class: "card cta", to: Route::CheckIn {},
                    h2 { {t!("today-today-check")} }
                    p { {t!("today-how-connected-do-feel")} }
                    span { class: "button primary", {t!("today-check")} }
                }
                TakeQuietDay {}
            },
            Some(c) => rsx! {
                section { class: "card",
                    div { class: "card-head",
                        h2 { {t!("today-your-check-in")} }
                        Link { class: "link", to: Route::CheckIn {}, {t!("today-edit")} }
                    }
                    CheckInChips { check_in: c.clone() }
                    if !c.shared {
                        p { class: "quiet", {t!("today-private-stays-phone")} }
                    } else if view.paired {
                        ShowCodeLink { partner: partner.clone() }
                    }
                }
            },
        }
        QuestionCard { question: view.question.clone(), partner: partner.clone() }
        Link { class: "card step-card", to: Route::StepScreen { step: view.step },
            p { class: "eyebrow", {t!("today-step", number = view.step.number(), steps = attune_core::Step::ALL.len())} }
            h2 { "{view.step_title}" }
            p { class: "quiet", {t!("today-days-in-step", count = u64::try_from(view.days_in_step.max(0)).unwrap_or(0) + 1)} }
            div { class: "progress", aria_hidden: "true",
                for n in 1..=4usize {
                    span { class: if n <= view.step.number() { "pip done" } else { "pip" } }
                }
            }
        }
        if let Some(c) = &view.partner_check_in {
            section { class: "card partner-card",
                p { class: "eyebrow", {t!("today-latest-check", partner = partner, day = format::day(c.day, view.day))} }
                CheckInChips { check_in: c.clone(), partner: partner.clone() }
            }
        }
        if let Some(nudge) = &view.exchange_nudge {
            Link { class: "card nudge", to: Route::Exchange {},
                p { {crate::i18n::words().nudge(nudge, &format::partner(view.partner_name.as_deref()))} }
                span { class: "link", if view.paired { {t!("today-swap-updates")} } else { {t!("today-pair-now")} } }
            }
        }
        section { class: if view.state_of_us_today { "card cta" } else { "card" }, id: "together-time",
            h2 { {t!("today-time-together")} }
            if view.state_of_us_today {
                p { {t!("today-today-state-us-day")} }
            }
            Link { class: "button secondary", to: Route::StateOfUs {}, {t!("today-state-us-week")} }
            Link { class: "button secondary", to: Route::StressTalk {}, {t!("today-how-was-day-really")} }
        }
    }
}

/// The question of the day, with my answer and, once I have answered, my partner's.
#[component]
fn QuestionCard(question: QuestionView, partner: String) -> Element {
    rsx! {
        Link { class: "card", to: Route::Question {},
            p { class: "eyebrow", {t!("today-question-day")} }
            h2 { class: "question", "{question.text}" }
            match (&question.my_answer, &question.partner) {
                (None, PartnerAnswer::Hidden) => rsx! { p { class: "quiet", {t!("today-has-answered-answer-see", partner = partner)} } },
                (None, _) => rsx! { p { class: "quiet", {t!("today-tap-answer")} } },
                (Some(mine), PartnerAnswer::Revealed { text: theirs }) => rsx! {
                    p { class: "answer mine", span { class: "who", {t!("today-you")} } "{mine}" }
                    p { class: "answer theirs", span { class: "who", "{partner}" } "{theirs}" }
                },
                (Some(mine), _) => rsx! { p { class: "answer mine", span { class: "who", {t!("today-you")} } "{mine}" } },
            }
        }
    }
}

/// A check-in at a glance: connection, the five markers, and the optional words. With
/// `partner` (their name), it is my partner's: their good news comes with how to answer it well.
/// One tap from a shared check-in to my update on the screen, for my partner's camera.
#[component]
fn ShowCodeLink(partner: String) -> Element {
    let mut show_next = use_context::<crate::ShowCodeNext>().0;
    let navigator = use_navigator();
    rsx! {
        button {
            class: "secondary",
            r#type: "button",
            onclick: move |_| {
                show_next.set(true);
                navigator.push(Route::Exchange {});
            },
            {t!("today-show-code", partner = partner.clone())}
        }
    }
}

#[component]
pub fn CheckInChips(check_in: CheckInSummary, partner: Option<String>) -> Element {
    let markers = &crate::i18n::program().markers;
    rsx! {
        div { class: "chips",
            span { class: "chip strong", {t!("today-connection-of-five", connection = check_in.connection)} }
            for marker in markers.iter() {
                if let Some(value) = check_in.markers.get(&marker.id) {
                    span { class: "chip", "{marker.label} {value}" }
                }
            }
        }
        if let Some(a) = &check_in.appreciation {
            p { class: "said", span { class: "who", {t!("today-appreciated")} } "{a}" }
        }
        if let Some(n) = &check_in.need {
            p { class: "said", span { class: "who", {t!("today-need")} } "{n}" }
        }
        match (&check_in.good_news, partner) {
            (Some(news), Some(name)) => rsx! { GoodNews { name, news: news.clone() } },
            (Some(news), None) => rsx! { p { class: "said", span { class: "who", {t!("today-good-news")} } "{news}" } },
            (None, _) => rsx! {},
        }
    }
}

/// My partner's good news, with a short reminder of how to answer it well.
#[component]
fn GoodNews(name: String, news: String) -> Element {
    let content = &crate::i18n::program().good_news;
    rsx! {
        div { class: "good-news",
            p { class: "said", span { class: "who", {t!("today-partner-good-news", name = name)} } "{news}" }
            p { class: "small", strong { "{content.title}" } " {content.tip}" }
        }
    }
}

/// Offered under today's check-in: a day off, for any reason, that is not a missed day.
#[component]
fn TakeQuietDay() -> Element {
    let actions = use_actions();
    let status = use_note();
    let take = move |_| async move {
        if let Err(e) = actions.run(attune_core::Store::take_quiet_day).await {
            fail(status, &e);
        }
    };
    rsx! {
        div { class: "quiet-day-offer",
            button { class: "link", r#type: "button", onclick: take, {t!("today-take-quiet-day")} }
            span { class: "quiet small", {t!("today-not-today-any-reason")} }
            Status { message: status() }
        }
    }
}

/// Today is a quiet day: said plainly, with the way back to an ordinary day.
#[component]
fn QuietDay() -> Element {
    let actions = use_actions();
    let status = use_note();
    let end = move |_| async move {
        if let Err(e) = actions.run(attune_core::Store::end_quiet_day).await {
            fail(status, &e);
        }
    };
    rsx! {
        section { class: "card", id: "quiet-day",
            h2 { {t!("today-quiet-day")} }
            p { {t!("today-no-check-today-fine")} }
            div { class: "row",
                Link { class: "button secondary", to: Route::CheckIn {}, {t!("today-check-after-all")} }
                button { class: "link", r#type: "button", onclick: end, {t!("today-not-quiet-day")} }
            }
            Status { message: status() }
        }
    }
}

/// One tap from Today: "I need a pause", or, while on one, the way back to its card.
#[component]
fn PauseEntry(pause: Option<attune_core::PauseView>) -> Element {
    match pause {
        Some(p) if p.over => rsx! {
            Link { class: "card nudge", to: Route::PauseScreen {}, p { {t!("today-pause-over-ready-come")} } span { class: "link", {t!("today-open")} } }
        },
        Some(p) => rsx! {
            Link { class: "card nudge", to: Route::PauseScreen {},
                p { {t!("today-pause-until", time = format::clock_minutes(p.back_ms))} }
                span { class: "link", {t!("today-show-card")} }
            }
        },
        None => rsx! {
            Link { class: "pause-link", to: Route::PauseScreen {}, {t!("today-i-need-pause")} }
        },
    }
}
