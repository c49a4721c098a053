//! A countdown for the guided conversations: minutes from when it appears, the time left
//! to the second, "time's up" when done, and (for two taking turns) who talks and who
//! listens, changing places halfway. It reads the wall clock every second, so a test that
//! moves the browser's clock moves it too.

use dioxus::prelude::*;

/// The wall clock, in unix ms.
pub(crate) fn now_ms() -> i64 {
    chrono::Utc::now().timestamp_millis()
}

/// Waits `seconds` without blocking the screen.
pub(crate) async fn sleep_seconds(seconds: u64) {
    sleep_ms(seconds * 1000).await;
}

/// Waits `ms` milliseconds without blocking the screen.
async fn sleep_ms(ms: u64) {
    #[cfg(target_arch = "wasm32")]
    {
        let _ = document::eval(&format!("await new Promise((r) => setTimeout(r, {ms}));")).await;
    }
    #[cfg(not(target_arch = "wasm32"))]
    tokio::time::sleep(std::time::Duration::from_millis(ms)).await;
}

/// Counts down `minutes` from `started_ms` (unix ms, from `now_ms`). With `turns` (first,
/// second), says who talks and who listens, and swaps them halfway.
#[component]
pub fn Countdown(minutes: u32, started_ms: i64, label: String, turns: Option<(String, String)>) -> Element {
    let mut now = use_signal(now_ms);
    use_future(move || async move {
        loop {
            sleep_seconds(1).await;
            now.set(now_ms());
        }
    });
    let total = i64::from(minutes) * 60_000;
    let elapsed = (now() - started_ms).clamp(0, total);
    let left = total - elapsed;
    let (m, s) = (left / 60_000, (left % 60_000) / 1000);
    rsx! {
        div { class: if left == 0 { "timer done" } else { "timer" },
            p { class: "time", role: "timer", aria_label: t!("timer-minutes-seconds-left", label = label, m = m, s = s), "{m:02}:{s:02}" }
            if left == 0 {
                p { class: "note ok", role: "status", {t!("timer-time-up-finish-sentence")} }
            }
            if let Some((first, second)) = turns {
                p { class: "who",
                    if elapsed * 2 < total { {t!("timer-talks-listens", first = first, second = second)} } else { {t!("timer-turns-swapped", second = second, first = first)} }
                }
            }
        }
    }
}
