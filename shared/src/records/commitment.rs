//! Commitments of the accountability step: one to three at a time, each a concrete action tied
//! to a safe-person quality. The daily check-in logs whether each was kept.

use chrono::NaiveDate;

use crate::Store;
use crate::entry::{Commitment, EntryBody, EntryKind};
use crate::error::{Error, Result};
use crate::ids::{EntryId, PersonId};
use crate::storage::rows;

/// At most this many commitments are active at once: few enough to keep.
pub const MAX_ACTIVE_COMMITMENTS: usize = 3;

#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct CommitmentView {
    pub id: EntryId,
    pub quality: String,
    pub quality_name: String,
    pub action: String,
    pub since: NaiveDate,
    pub active: bool,
    pub shared: bool,
    /// Days logged as kept, and days logged at all.
    pub kept_days: u32,
    pub logged_days: u32,
}

impl Store {
    /// A person's commitments that pass `keep`, active ones first then newest, at most
    /// `limit`, each with its kept/logged day counts (counted in SQL, so screens stay quick
    /// after years of logs).
    pub(crate) fn commitments_of(
        &self,
        person: PersonId,
        keep: impl Fn(&Commitment) -> bool,
        limit: usize,
    ) -> Result<Vec<CommitmentView>> {
        let mut chosen: Vec<(EntryId, bool, Commitment)> =
            rows::entries_of(self.rows(), person, EntryKind::Commitment)?
                .into_iter()
                .filter_map(|e| match e.body {
                    Some(EntryBody::Commitment(c)) if keep(&c) => Some((e.id, e.shared, c)),
                    _ => None,
                })
                .collect();
        chosen.sort_by_key(|(_, _, c)| (!c.active, std::cmp::Reverse(c.since)));
        chosen.truncate(limit);
        let mut out = Vec::with_capacity(chosen.len());
        for (id, shared, c) in chosen {
            let (kept_days, logged_days) = rows::commitment_log_counts(self.rows(), person, id)?;
            out.push(CommitmentView {
                id,
                quality_name: self.program().quality(&c.quality).map_or_else(|| c.quality.clone(), |q| q.name.clone()),
                quality: c.quality,
                action: c.action,
                since: c.since,
                active: c.active,
                shared,
                kept_days,
                logged_days,
            });
        }
        Ok(out)
    }

    /// All my commitments, active ones first.
    pub fn my_commitments(&self) -> Result<Vec<CommitmentView>> {
        self.commitments_of(self.me, |_| true, usize::MAX)
    }

    pub(crate) fn active_commitments(&self) -> Result<Vec<CommitmentView>> {
        self.commitments_of(self.me, |c| c.active, usize::MAX)
    }

    /// Commits to a concrete action tied to a safe-person quality.
    pub fn add_commitment(&mut self, quality: &str, action: &str, shared: bool) -> Result<EntryId> {
        if self.program().quality(quality).is_none() {
            return Err(Error::UnknownContent);
        }
        if self.active_commitments()?.len() >= MAX_ACTIVE_COMMITMENTS {
            return Err(Error::TooManyCommitments { max: u32::try_from(MAX_ACTIVE_COMMITMENTS).unwrap_or(u32::MAX) });
        }
        let body = Commitment {
            quality: quality.to_owned(),
            action: action.trim().to_owned(),
            since: self.today_date(),
            active: true,
        };
        self.write(|w| w.save_mine(EntryId::random(), EntryBody::Commitment(body), shared).map(|e| e.id))
    }

    /// Finishes a commitment: it stays in the history and stops appearing in the check-in.
    pub fn finish_commitment(&mut self, id: EntryId) -> Result<()> {
        let existing = rows::get_entry(self.rows(), id)?.filter(|e| !e.deleted).ok_or(Error::NotFound)?;
        if existing.author != self.me {
            return Err(Error::NotYours);
        }
        let Some(EntryBody::Commitment(mut c)) = existing.body else { return Err(Error::NotFound) };
        c.active = false;
        self.write(|w| w.save_mine(id, EntryBody::Commitment(c), existing.shared).map(|_| ()))
    }
}
