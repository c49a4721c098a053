//! Prints the plain JSON inside a small exchange file, as documented in
//! `docs/exchange-format.md`: `cargo run -p attune-core --example sample_update`.

use std::sync::Arc;

use attune_core::{CheckInDraft, ManualClock, Markers, ReflectionDraft, Store};
use chrono::NaiveDate;

fn main() -> Result<(), attune_core::Error> {
    let day = NaiveDate::from_ymd_opt(2026, 11, 20).expect("valid date");
    let mut robin = Store::open_in_memory(Arc::new(ManualClock::at_morning_of(day)))?;
    robin.set_up("Robin", Some("Kai"), None)?;
    robin.save_check_in(CheckInDraft {
        connection: 4,
        markers: Markers { safe: 4, seen: 3, trust: 4, repair: 3, rely: 5 },
        appreciation: Some("You waited up for me.".into()),
        need: None,
        good_news: None,
        kept: vec![],
        answer: Some("Being listened to without advice.".into()),
        shared: true,
    })?;
    let draft = ReflectionDraft {
        exercise: "roots-home".into(),
        pattern: None,
        texts: vec!["We ate together every night.".into()],
        shared: true,
    };
    let id = robin.add_reflection(draft)?;
    robin.set_shared(id, false)?;
    let plain = robin.export_update_plain()?;
    let doc: serde_json::Value = serde_json::from_slice(&plain)?;
    println!("{}", serde_json::to_string_pretty(&doc)?);
    Ok(())
}
