//! What my next update carries, entry by entry, before I send it: built from the very
//! document `export_update` seals, so the preview and the file cannot disagree.

use chrono::NaiveDate;

use crate::Store;
use crate::entry::{EntryBody, EntryKind};
use crate::error::Result;
use crate::ids::EntryId;

/// One entry my next update carries, as the person will recognise it.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct OutgoingItem {
    pub id: EntryId,
    pub kind: EntryKind,
    /// `true`: it goes as it is now. `false`: the update tells my partner's phone to remove it
    /// (I deleted it, or made it private after sharing it).
    pub shared: bool,
    /// The day it belongs to (none for a removal: its content does not travel).
    pub day: Option<NaiveDate>,
    /// What I wrote in it, as written (the first text it has); none when it holds only
    /// ratings or ticks, or for a removal.
    pub words: Option<String>,
}

/// The whole preview: every entry the file carries (the screen may list fewer, and says how
/// many it left out), and what travels besides them.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct UpdatePreview {
    /// Everything I share, or only the changes since my partner last confirmed.
    pub whole: bool,
    pub items: Vec<OutgoingItem>,
    /// My name as the file carries it (besides the entries: my person's and my phone's ids,
    /// the key my phone signs with, the partner it is for, and what I hold of theirs).
    pub sender_name: String,
}

fn words(body: &EntryBody) -> Option<String> {
    match body {
        EntryBody::CheckIn(c) => c.appreciation.clone().or_else(|| c.need.clone()),
        EntryBody::Answer(a) => Some(a.text.clone()),
        EntryBody::Reflection(r) => r.texts.iter().find(|t| !t.trim().is_empty()).cloned(),
        EntryBody::Commitment(c) => Some(c.action.clone()),
        EntryBody::Profile(p) => Some(p.name.clone()),
        EntryBody::Pact(p) => Some(p.signal.clone()),
        EntryBody::RepairNote(n) => Some(n.text.clone()),
        EntryBody::OwnQuestion(q) => Some(q.text.clone()),
        EntryBody::SelfCheck(_) | EntryBody::CommitmentLog(_) => None,
    }
}

impl Store {
    /// What `export_update` (or, with `whole`, `export_whole_update`) would carry now.
    pub fn preview_update(&self, whole: bool) -> Result<UpdatePreview> {
        let doc = self.exchange_doc(whole)?;
        let mut items = Vec::with_capacity(doc.entries.len());
        for entry in &doc.entries {
            let body = match &entry.body {
                Some(raw) if entry.shared && !entry.deleted => Some(serde_json::from_str::<EntryBody>(raw.get())?),
                _ => None,
            };
            items.push(OutgoingItem {
                id: entry.id,
                kind: entry.kind,
                shared: body.is_some(),
                day: body.as_ref().map(EntryBody::day),
                words: body.as_ref().and_then(words),
            });
        }
        // Newest first, as the person thinks of them; removals last.
        items.sort_by(|a, b| b.shared.cmp(&a.shared).then(b.day.cmp(&a.day)));
        Ok(UpdatePreview { whole: doc.full, items, sender_name: doc.sender.name })
    }
}
