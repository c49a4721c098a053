//! The daily check-in: connection today, the five secure-base markers, an optional
//! appreciation and need, and whether I kept my commitments. One per person per day, editable
//! all day; saving writes the check-in and the commitment log in one transaction.

use chrono::NaiveDate;

use crate::entry::{CheckIn, CommitmentLog, EntryBody, EntryKind, Markers};
use crate::error::{Error, Result};
use crate::ids::{EntryId, PersonId};
use crate::storage::{Rows, rows};
use crate::{Store, Writer};

/// What the check-in screen sends.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct CheckInDraft {
    pub connection: u8,
    pub markers: Markers,
    pub appreciation: Option<String>,
    pub need: Option<String>,
    /// Good news of mine, for my partner to be glad about.
    pub good_news: Option<String>,
    /// For each active commitment: did I keep it today?
    pub kept: Vec<KeptCommitment>,
    /// An answer to the question of the day, written in the check-in (saved with it).
    pub answer: Option<String>,
    pub shared: bool,
}

/// Whether I kept one of my active commitments today.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct KeptCommitment {
    pub commitment: EntryId,
    pub kept: bool,
}

/// One active commitment on the check-in form.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct CommitmentToKeep {
    pub id: EntryId,
    pub quality: String,
    pub action: String,
    pub kept_today: Option<bool>,
}

/// The check-in screen: today's saved values (or none yet), my active commitments, and the
/// default for sharing.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct CheckInForm {
    pub day: NaiveDate,
    pub saved: Option<CheckIn>,
    pub shared: bool,
    pub commitments: Vec<CommitmentToKeep>,
}

pub(crate) fn check_in_on(db: Rows<'_>, person: PersonId, day: NaiveDate) -> Result<Option<(EntryId, bool, CheckIn)>> {
    Ok(rows::entries_between(db, person, EntryKind::CheckIn, day, day)?.into_iter().rev().find_map(|e| match e.body {
        Some(EntryBody::CheckIn(c)) => Some((e.id, e.shared, c)),
        _ => None,
    }))
}

fn trimmed(text: Option<String>) -> Option<String> {
    text.map(|t| t.trim().to_owned()).filter(|t| !t.is_empty())
}

impl Writer<'_> {
    fn log_commitment(&mut self, commitment: EntryId, kept: bool, shared: bool) -> Result<()> {
        let day = self.today();
        let existing = rows::entries_between(self.rows(), self.me(), EntryKind::CommitmentLog, day, day)?
            .into_iter()
            .find(|e| matches!(&e.body, Some(EntryBody::CommitmentLog(l)) if l.commitment == commitment));
        let id = existing.map_or_else(EntryId::random, |e| e.id);
        self.save_mine(id, EntryBody::CommitmentLog(CommitmentLog { commitment, day, kept }), shared)?;
        Ok(())
    }
}

impl Store {
    pub fn check_in_form(&self) -> Result<CheckInForm> {
        let day = self.today_date();
        let saved = check_in_on(self.rows(), self.me, day)?;
        let shared = match &saved {
            Some((_, shared, _)) => *shared,
            None => self.share_by_default()?,
        };
        let logs = rows::entries_between(self.rows(), self.me, EntryKind::CommitmentLog, day, day)?;
        let commitments = self
            .active_commitments()?
            .into_iter()
            .map(|c| CommitmentToKeep {
                kept_today: logs.iter().find_map(|e| match &e.body {
                    Some(EntryBody::CommitmentLog(l)) if l.commitment == c.id => Some(l.kept),
                    _ => None,
                }),
                id: c.id,
                quality: c.quality_name,
                action: c.action,
            })
            .collect();
        Ok(CheckInForm { day, saved: saved.map(|(_, _, c)| c), shared, commitments })
    }

    /// Saves today's check-in (replacing an earlier one from today) and the commitment log.
    pub fn save_check_in(&mut self, draft: CheckInDraft) -> Result<()> {
        let active = self.active_commitments()?;
        for KeptCommitment { commitment: id, .. } in &draft.kept {
            if !active.iter().any(|c| c.id == *id) {
                return Err(Error::NotFound);
            }
        }
        let me = self.me;
        let question = self.asked_on(self.today_date())?.id;
        self.write(|w| {
            let day = w.today();
            let id = check_in_on(w.rows(), me, day)?.map_or_else(EntryId::random, |(id, _, _)| id);
            let body = CheckIn {
                day,
                connection: draft.connection,
                markers: draft.markers,
                appreciation: trimmed(draft.appreciation),
                need: trimmed(draft.need),
                good_news: trimmed(draft.good_news),
            };
            w.save_mine(id, EntryBody::CheckIn(body), draft.shared)?;
            for KeptCommitment { commitment, kept } in draft.kept {
                let shared = active.iter().find(|c| c.id == commitment).is_some_and(|c| c.shared);
                w.log_commitment(commitment, kept, shared)?;
            }
            if let Some(text) = draft.answer.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
                w.save_answer(question, text, draft.shared)?;
            }
            Ok(())
        })
    }
}
