//! The app lock: a PIN before anything else shows.

use dioxus::prelude::*;

use crate::Unlocked;
use crate::components::Status;
use crate::core::Core;

#[component]
pub fn Lock() -> Element {
    let mut unlocked = use_context::<Unlocked>().0;
    let core = use_context::<Core>();
    let mut pin = use_signal(String::new);
    let mut status = use_signal(|| None::<Result<String, String>>);
    let submit = move |evt: FormEvent| {
        let core = core.clone();
        async move {
            evt.prevent_default();
            let typed = pin();
            match core.call(move |s| s.unlock(&typed)).await {
                Ok(true) => unlocked.set(true),
                Ok(false) => {
                    pin.set(String::new());
                    status.set(Some(Err("That PIN isn't right. Try again.".into())));
                }
                Err(e) => status.set(Some(Err(e.to_string()))),
            }
        }
    };
    rsx! {
        main { class: "screen lock",
            h1 { "Attune is locked" }
            form { class: "card form", onsubmit: submit,
                label { r#for: "pin", "PIN" }
                input {
                    id: "pin",
                    r#type: "password",
                    inputmode: "numeric",
                    autocomplete: "current-password",
                    value: "{pin}",
                    oninput: move |e| pin.set(e.value()),
                }
                Status { message: status() }
                button { class: "primary", r#type: "submit", "Unlock" }
            }
        }
    }
}
