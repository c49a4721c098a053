//! Today: the check-in (or its summary), my step, the question of the day, my partner's latest
//! shared check-in, gentle consistency and, when it's time, a nudge to swap updates.

use attune_core::{CheckInSummary, PartnerAnswer, TodayView};
use dioxus::prelude::*;

use crate::Route;
use crate::components::{Status, loaded, use_note};
use crate::core::{use_actions, use_view};
use crate::format;

#[component]
pub fn Today() -> Element {
    let today = use_view(|s| s.today());
    loaded(today.read().as_ref(), |view| rsx! { TodayBody { view: view.clone() } })
}

fn greeting(name: &str) -> String {
    format!("Hello, {name}")
}

#[component]
fn TodayBody(view: TodayView) -> Element {
    let partner = format::partner_capitalised(view.partner_name.as_deref());
    rsx! {
        header { class: "screen-head",
            p { class: "eyebrow", "{view.day.format(\"%A %-d %B\")}" }
            h1 { "{greeting(&view.my_name)}" }
            p { class: "quiet", "{view.consistency.message}" }
        }
        crate::browser::NewVersionOffer {}
        PauseEntry { pause: view.pause }
        match &view.check_in {
            None if view.quiet => rsx! { QuietDay {} },
            None => rsx! {
                Link { class: "card cta", to: Route::CheckIn {},
                    h2 { "Today's check-in" }
                    p { "How connected do you feel today? About a minute." }
                    span { class: "button primary", "Check in" }
                }
                TakeQuietDay {}
            },
            Some(c) => rsx! {
                section { class: "card",
                    div { class: "card-head",
                        h2 { "Your check-in" }
                        Link { class: "link", to: Route::CheckIn {}, "Edit" }
                    }
                    CheckInChips { check_in: c.clone() }
                    if !c.shared {
                        p { class: "quiet", "Private: stays on this phone." }
                    }
                }
            },
        }
        Link { class: "card", to: Route::Question {},
            p { class: "eyebrow", "Question of the day" }
            h2 { class: "question", "{view.question.text}" }
            match (&view.question.my_answer, &view.question.partner) {
                (None, PartnerAnswer::Hidden) => rsx! { p { class: "quiet", "{partner} has answered. Answer to see theirs." } },
                (None, _) => rsx! { p { class: "quiet", "Tap to answer." } },
                (Some(mine), PartnerAnswer::Revealed { text: theirs }) => rsx! {
                    p { class: "answer mine", span { class: "who", "You" } "{mine}" }
                    p { class: "answer theirs", span { class: "who", "{partner}" } "{theirs}" }
                },
                (Some(mine), _) => rsx! { p { class: "answer mine", span { class: "who", "You" } "{mine}" } },
            }
        }
        Link { class: "card step-card", to: Route::StepScreen { step: view.step.id().to_owned() },
            p { class: "eyebrow", "Step {view.step.number()} of {attune_core::Step::ALL.len()}" }
            h2 { "{view.step_title}" }
            p { class: "quiet", "{format::plural(u64::try_from(view.days_in_step.max(0)).unwrap_or(0) + 1, \"day\", \"days\")} in this step" }
            div { class: "progress", aria_hidden: "true",
                for n in 1..=4usize {
                    span { class: if n <= view.step.number() { "pip done" } else { "pip" } }
                }
            }
        }
        if let Some(c) = &view.partner_check_in {
            section { class: "card partner-card",
                p { class: "eyebrow", "{partner}'s latest check-in · {format::day(c.day, view.day)}" }
                CheckInChips { check_in: c.clone(), partner: partner.clone() }
            }
        }
        if let Some(nudge) = &view.exchange_nudge {
            Link { class: "card nudge", to: Route::Exchange {},
                p { "{nudge}" }
                span { class: "link", if view.paired { "Swap updates" } else { "Pair now" } }
            }
        }
        section { class: if view.state_of_us_today { "card cta" } else { "card" }, id: "together-time",
            h2 { "Time together" }
            if view.state_of_us_today {
                p { "Today is your State of us day." }
            }
            Link { class: "button secondary", to: Route::StateOfUs {}, "State of us, this week" }
            Link { class: "button secondary", to: Route::StressTalk {}, "How was your day, really? 20 minutes" }
        }
    }
}

/// A check-in at a glance: connection, the five markers, and the optional words. With
/// `partner` (their name), it is my partner's: their good news comes with how to answer it well.
#[component]
pub fn CheckInChips(check_in: CheckInSummary, partner: Option<String>) -> Element {
    let markers = &attune_core::Program::builtin().markers;
    rsx! {
        div { class: "chips",
            span { class: "chip strong", "Connection {check_in.connection}/5" }
            for marker in markers.iter() {
                if let Some(value) = check_in.markers.get(&marker.id) {
                    span { class: "chip", "{marker.label} {value}" }
                }
            }
        }
        if let Some(a) = &check_in.appreciation {
            p { class: "said", span { class: "who", "Appreciated" } "{a}" }
        }
        if let Some(n) = &check_in.need {
            p { class: "said", span { class: "who", "A need" } "{n}" }
        }
        match (&check_in.good_news, partner) {
            (Some(news), Some(name)) => rsx! { GoodNews { name, news: news.clone() } },
            (Some(news), None) => rsx! { p { class: "said", span { class: "who", "Good news" } "{news}" } },
            (None, _) => rsx! {},
        }
    }
}

/// My partner's good news, with a short reminder of how to answer it well.
#[component]
fn GoodNews(name: String, news: String) -> Element {
    let content = &attune_core::Program::builtin().good_news;
    rsx! {
        div { class: "good-news",
            p { class: "said", span { class: "who", "{name}'s good news" } "{news}" }
            p { class: "small", strong { "{content.title}" } " {content.tip}" }
        }
    }
}

/// Offered under today's check-in: a day off, for any reason, that is not a missed day.
#[component]
fn TakeQuietDay() -> Element {
    let actions = use_actions();
    let mut status = use_note();
    let take = move |_| async move {
        if let Err(e) = actions.run(attune_core::Store::take_quiet_day).await {
            status.set(Some(Err(e.to_string())));
        }
    };
    rsx! {
        div { class: "quiet-day-offer",
            button { class: "link", r#type: "button", onclick: take, "Take a quiet day" }
            span { class: "quiet small", " Not today, for any reason. It stays on this phone and never counts as missed." }
            Status { message: status() }
        }
    }
}

/// Today is a quiet day: said plainly, with the way back to an ordinary day.
#[component]
fn QuietDay() -> Element {
    let actions = use_actions();
    let mut status = use_note();
    let end = move |_| async move {
        if let Err(e) = actions.run(attune_core::Store::end_quiet_day).await {
            status.set(Some(Err(e.to_string())));
        }
    };
    rsx! {
        section { class: "card", id: "quiet-day",
            h2 { "A quiet day" }
            p { "No check-in today, and that's fine. Nothing about it is shared, and it doesn't count as a missed day." }
            div { class: "row",
                Link { class: "button secondary", to: Route::CheckIn {}, "Check in after all" }
                button { class: "link", r#type: "button", onclick: end, "Not a quiet day" }
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
            Link { class: "card nudge", to: Route::PauseScreen {}, p { "Your pause is over. Ready to come back?" } span { class: "link", "Open" } }
        },
        Some(p) => rsx! {
            Link { class: "card nudge", to: Route::PauseScreen {},
                p { "On a pause until {format::clock_minutes(p.back_ms)}." }
                span { class: "link", "Show the card" }
            }
        },
        None => rsx! {
            Link { class: "pause-link", to: Route::PauseScreen {}, "I need a pause" }
        },
    }
}
