//! Repair notes: what the two of us agreed at the end of a repair conversation, written by the
//! person whose phone it is. A note may be shared like any entry; Insights counts both
//! partners' notes beside the Repair marker, and my partner's shared notes show on their page.

use chrono::NaiveDate;

use crate::Store;
use crate::entry::{EntryBody, EntryKind, RepairNote};
use crate::error::Result;
use crate::ids::{EntryId, PersonId};
use crate::storage::rows;

/// How many of a person's newest repair notes a page lists.
pub const RECENT_REPAIR_NOTES: usize = 10;

/// A repair note as the screens show it.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct RepairNoteView {
    pub id: EntryId,
    pub day: NaiveDate,
    pub text: String,
    pub shared: bool,
}

impl Store {
    /// Keeps the note that ends a repair conversation; `shared`: it travels with my next update.
    pub fn save_repair_note(&mut self, text: &str, shared: bool) -> Result<RepairNoteView> {
        let day = self.today_date();
        let body = EntryBody::RepairNote(RepairNote { day, text: text.to_owned() });
        let entry = self.write(|w| w.save_mine(EntryId::random(), body, shared))?;
        Ok(RepairNoteView {
            id: entry.id,
            day,
            text: match entry.body {
                Some(EntryBody::RepairNote(n)) => n.text,
                _ => String::new(),
            },
            shared,
        })
    }

    /// A person's newest repair notes, newest first.
    pub(crate) fn repair_notes_of(&self, person: PersonId, limit: usize) -> Result<Vec<RepairNoteView>> {
        Ok(rows::recent_by(self.rows(), person, &[EntryKind::RepairNote], limit)?
            .into_iter()
            .filter_map(|e| match e.body {
                Some(EntryBody::RepairNote(n)) if !e.deleted => {
                    Some(RepairNoteView { id: e.id, day: n.day, text: n.text, shared: e.shared })
                }
                _ => None,
            })
            .collect())
    }

    /// My newest repair notes, newest first.
    pub fn my_repair_notes(&self) -> Result<Vec<RepairNoteView>> {
        self.repair_notes_of(self.me, RECENT_REPAIR_NOTES)
    }

    /// How many repair notes a person wrote between two days (both included).
    pub(crate) fn repair_notes_between(&self, person: PersonId, from: NaiveDate, to: NaiveDate) -> Result<u32> {
        let notes = rows::entries_between(self.rows(), person, EntryKind::RepairNote, from, to)?;
        Ok(u32::try_from(notes.iter().filter(|e| e.is_live()).count()).unwrap_or(u32::MAX))
    }
}
