//! Exchange: pairing with the couple code, sending my update (a sealed `.attune` file through a
//! save dialog, a download or the share sheet), opening my partner's update with a summary or
//! one clear sentence about what is wrong, and the history of swaps.

mod open;
mod pairing;
mod send;

use attune_core::{Direction, ExchangeView};
use dioxus::prelude::*;

use crate::components::{Status, loaded};
use crate::core::use_view;
use crate::{OpenedUpdate, format};
use open::{OpenTheirs, Waiting};
use pairing::Pairing;
use send::{PlainFile, SendMine};

#[component]
pub fn Exchange() -> Element {
    let page = use_view(|s| s.exchange_page());
    loaded(
        page.read().as_ref(),
        |p| rsx! { ExchangeBody { view: p.exchange.clone(), me: p.me.clone(), today: p.today } },
    )
}

#[component]
fn ExchangeBody(view: ExchangeView, me: String, today: chrono::NaiveDate) -> Element {
    let partner = format::partner(view.partner_name.as_deref());
    let mut open_status = use_context::<OpenedUpdate>().0;
    // The outcome belongs to this visit of the screen (a file opened from another app lands here).
    use_drop(move || {
        if let Ok(mut outcome) = open_status.try_write() {
            *outcome = None;
        }
    });
    let file_stem = format!("attune-{}-{}", me.to_lowercase().replace(' ', "-"), today.format("%Y-%m-%d"));
    rsx! {
        header { class: "screen-head",
            p { class: "eyebrow", {t!("exchange-exchange")} }
            h1 { {t!("exchange-swap-updates")} }
            p { class: "quiet", {t!("exchange-phones-never-talk-server")} }
        }
        if view.paired {
            SendMine { next: view.next_update, partner: partner.clone(), file_stem: file_stem.clone(), today }
            super::look::SwapByLooking { partner: partner.clone() }
            OpenTheirs { partner: partner.clone() }
        }
        if !view.paired && open_status().is_some() {
            section { class: "card",
                h2 { {t!("exchange-open-update", partner = partner)} }
                Status { message: open_status() }
            }
        }
        if !view.waiting.is_empty() {
            Waiting { view: view.clone(), today }
        }
        Pairing { view: view.clone(), partner: partner.clone() }
        if !view.history.is_empty() {
            section { class: "card",
                h2 { {t!("exchange-history")} }
                ul { class: "history",
                    for record in view.history.iter() {
                        li {
                            span { class: "quiet small", "{format::moment(record.at_ms, today)} · " }
                            if record.direction == Direction::Sent { {t!("exchange-sent")} } else { {t!("exchange-opened")} }
                            {crate::i18n::words().swap_line(record)}
                        }
                    }
                }
            }
        }
        if view.paired {
            PlainFile { file_stem }
        }
    }
}
