//! Coming back to each other: the repair conversation for two on one phone, one turn at a
//! time. The person on this phone speaks first; the listener says back what they heard before
//! answering. Spoken, not written: nothing is saved or sent.

use attune_core::content::Speaker;
use dioxus::prelude::*;

use crate::Route;
use crate::components::loaded;
use crate::core::use_view;
use crate::format;

#[component]
pub fn Repair() -> Element {
    let names = use_view(|s| Ok((s.my_name()?, s.partner_name()?)));
    loaded(names.read().as_ref(), |(me, partner)| {
        rsx! { Conversation { me: me.clone(), partner: format::partner_capitalised(partner.as_deref()) } }
    })
}

#[component]
fn Conversation(me: String, partner: String) -> Element {
    let repair = &attune_core::Program::builtin().repair;
    let mut at = use_signal(|| 0usize);
    let navigator = use_navigator();
    let total = repair.turns.len();
    let Some(turn) = repair.turns.get(at()) else {
        return rsx! {
            header { class: "screen-head",
                p { class: "eyebrow", "{repair.title}" }
                h1 { "Together again" }
                p { class: "lead", "{repair.closing}" }
            }
            button { class: "primary wide", r#type: "button", onclick: move |_| { navigator.push(Route::Today {}); }, "Done" }
        };
    };
    let (speaker, listener) = match turn.who {
        Speaker::First => (me.clone(), partner.clone()),
        Speaker::Second => (partner.clone(), me.clone()),
    };
    let number = at() + 1;
    rsx! {
        header { class: "screen-head",
            p { class: "eyebrow", "{repair.title}" }
            if at() == 0 {
                p { class: "quiet", "{repair.intro}" }
            }
        }
        section { class: "card repair-turn", id: "repair-turn", aria_live: "polite",
            p { class: "eyebrow", "Turn {number} of {total}" }
            p { class: "who", "{speaker} speaks · {listener} listens" }
            h2 { class: "repair-prompt", "{turn.prompt}" }
            p { class: "quiet", "{turn.hint}" }
        }
        div { class: "row",
            if at() > 0 {
                button { class: "secondary", r#type: "button", onclick: move |_| at -= 1, "Back" }
            }
            button { class: "primary", r#type: "button", onclick: move |_| at += 1,
                if number == total { "Finish" } else { "Next turn" }
            }
        }
    }
}
