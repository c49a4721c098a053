//! Settings' app lock: setting, changing and removing the PIN, and how soon it locks again.

use attune_core::lock::PIN_DIGITS;
use attune_core::{LockAfter, SettingsChange};
use dioxus::prelude::*;

use crate::Unlocked;
use crate::components::{Note, Status, tell, use_note};
use crate::core::use_actions;

#[component]
pub(super) fn AppLock(has_pin: bool, lock_after: LockAfter) -> Element {
    let actions = use_actions();
    let mut pin = use_signal(String::new);
    let mut emptied = use_signal(|| 0u32);
    let status: Note = use_note();
    let mut unlocked = use_context::<Unlocked>().0;
    let digits = t!("settings-pin-digits", min = *PIN_DIGITS.start(), max = *PIN_DIGITS.end());
    let set = move |evt: FormEvent| async move {
        evt.prevent_default();
        let typed = pin();
        let result = actions.run(move |s| s.change_setting(SettingsChange::SetPin(typed))).await;
        if result.is_ok() {
            pin.set(String::new());
            *emptied.write() += 1;
            unlocked.set(true);
        }
        tell(status, &result, &t!("settings-app-lock-attune-asks"));
    };
    let remove = move |_| async move {
        let result = actions.run(|s| s.change_setting(SettingsChange::RemovePin)).await;
        tell(status, &result, &t!("settings-app-lock-off"));
    };
    let choose = move |after: LockAfter| async move {
        let result = actions.run(move |s| s.change_setting(SettingsChange::LockAfter(after))).await;
        tell(status, &result, &t!("settings-saved"));
    };
    rsx! {
        form { class: "card form", onsubmit: set,
            h2 { {t!("settings-app-lock")} }
            label { r#for: "new-pin", if has_pin { {t!("settings-change-pin-digits", digits = digits)} } else { {t!("settings-set-pin-digits", digits = digits)} } }
            for round in std::iter::once(emptied()) {
                input { key: "{round}", id: "new-pin", r#type: "password", inputmode: "numeric", autocomplete: "new-password", initial_value: "", oninput: move |e| pin.set(e.value()) }
            }
            Status { message: status() }
            div { class: "row",
                button { class: "secondary", r#type: "submit", if has_pin { {t!("settings-change-pin")} } else { {t!("settings-turn")} } }
                if has_pin {
                    button { class: "link", r#type: "button", onclick: remove, {t!("settings-turn-off")} }
                }
            }
            if has_pin {
                p { class: "label", id: "lock-after-label", {t!("settings-lock-again-after-time")} }
                div { class: "segmented", role: "group", aria_labelledby: "lock-after-label",
                    for (after, label) in [(LockAfter::Immediately, t!("settings-at-once")), (LockAfter::OneMinute, t!("settings-minutes-short", n = 1)), (LockAfter::FiveMinutes, t!("settings-minutes-short", n = 5))] {
                        button {
                            r#type: "button",
                            class: if lock_after == after { "selected" } else { "" },
                            aria_pressed: if lock_after == after { "true" } else { "false" },
                            onclick: move |_| choose(after),
                            "{label}"
                        }
                    }
                }
                p { class: "quiet small", {t!("settings-wrong-pins-bring-growing")} }
            }
        }
    }
}
