//! The app lock: a PIN before anything else shows. After too many wrong PINs the core asks
//! for a wait (kept across restarts); this screen says until when.

use attune_core::Unlock;
use dioxus::prelude::*;

use crate::Unlocked;
use crate::components::{Status, fail};
use crate::core::Core;
use crate::format;

/// `problem`: the lock's state couldn't be read; the screen stays locked and says why.
#[component]
pub fn Lock(problem: Option<String>) -> Element {
    let mut unlocked = use_context::<Unlocked>().0;
    let core = use_context::<Core>();
    let mut pin = use_signal(String::new);
    let mut emptied = use_signal(|| 0u32);
    let mut status = use_signal(|| problem.clone().map(Err));
    let waiting = {
        let core = core.clone();
        use_resource(move || {
            let core = core.clone();
            async move { core.call(|s| s.lock_view()).await }
        })
    };
    use_effect(move || {
        if let Some(Ok(view)) = &*waiting.read()
            && let Some(at) = view.retry_at_ms
        {
            status.set(Some(Err(wait_sentence(at))));
        }
    });
    let submit = move |evt: FormEvent| {
        let core = core.clone();
        async move {
            evt.prevent_default();
            let typed = pin();
            pin.set(String::new());
            // A new field, empty: the one typed into is the person's own, never overwritten.
            *emptied.write() += 1;
            match core.call(move |s| s.unlock(&typed)).await {
                Ok(Unlock::Unlocked) => unlocked.set(true),
                Ok(Unlock::WrongPin { retry_at_ms: None, .. }) => {
                    status.set(Some(Err(t!("lock-pin-isn-right-try"))));
                }
                Ok(Unlock::WrongPin { retry_at_ms: Some(at), .. }) => {
                    status.set(Some(Err(t!("lock-wrong-pin-wait", wait = wait_sentence(at)))));
                }
                Ok(Unlock::Wait { retry_at_ms }) => status.set(Some(Err(wait_sentence(retry_at_ms)))),
                Err(e) => fail(status, &e),
            }
        }
    };
    rsx! {
        main { class: "screen lock",
            h1 { {t!("lock-attune-locked")} }
            form { class: "card form", onsubmit: submit,
                label { r#for: "pin", {t!("lock-pin")} }
                for round in std::iter::once(emptied()) {
                    input {
                        key: "{round}",
                        id: "pin",
                        r#type: "password",
                        inputmode: "numeric",
                        autocomplete: "current-password",
                        initial_value: "",
                        oninput: move |e| pin.set(e.value()),
                    }
                }
                Status { message: status() }
                button { class: "primary", r#type: "submit", {t!("lock-unlock")} }
            }
        }
    }
}

fn wait_sentence(retry_at_ms: i64) -> String {
    t!("lock-too-many-wrong", time = format::clock_time(retry_at_ms))
}
