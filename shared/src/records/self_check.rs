//! Self-checks: the awareness check of the fifteen patterns and the growth-mindset belief
//! check, each retakeable, with a comparison of the two latest takes.

use chrono::NaiveDate;

use crate::Store;
use crate::entry::{CheckKind, EntryBody, EntryKind, SelfCheck};
use crate::error::{Error, Result};
use crate::ids::{EntryId, PersonId};
use crate::storage::rows;

/// One take of a self-check.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct SelfCheckView {
    pub id: EntryId,
    pub day: NaiveDate,
    pub answers: Vec<u8>,
    /// The sum of the answers: lower is more secure (patterns) or more growth-minded (beliefs).
    pub total: u32,
    pub shared: bool,
}

/// How each statement moved between two takes.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct PatternChange {
    pub id: String,
    pub name: String,
    pub before: u8,
    pub after: u8,
}

#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct SelfCheckComparison {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub total_before: u32,
    pub total_after: u32,
    /// Only the statements whose answer changed.
    pub changes: Vec<PatternChange>,
}

impl Store {
    /// Every take of a check by a person, oldest first.
    pub(crate) fn self_checks_of(&self, person: PersonId, check: CheckKind) -> Result<Vec<SelfCheckView>> {
        let topic = check_topic(check);
        Ok(rows::entries_on_topic(self.rows(), person, EntryKind::SelfCheck, &topic)?
            .into_iter()
            .filter_map(take_view)
            .collect())
    }

    /// The latest `limit` takes of a check by a person, oldest first.
    pub(crate) fn recent_self_checks(
        &self,
        person: PersonId,
        check: CheckKind,
        limit: usize,
    ) -> Result<Vec<SelfCheckView>> {
        let topic = check_topic(check);
        let mut takes: Vec<SelfCheckView> =
            rows::recent_on_topic(self.rows(), person, EntryKind::SelfCheck, &topic, limit)?
                .into_iter()
                .filter_map(take_view)
                .collect();
        takes.reverse();
        Ok(takes)
    }

    /// My takes of a check, oldest first.
    pub fn my_self_checks(&self, check: CheckKind) -> Result<Vec<SelfCheckView>> {
        self.self_checks_of(self.me, check)
    }

    /// Records a take. `answers` has one value per statement: 0, 1 or 2.
    pub fn take_self_check(&mut self, check: CheckKind, answers: Vec<u8>, shared: bool) -> Result<EntryId> {
        if answers.len() != self.program().statements(check) {
            return Err(Error::IncompleteSelfCheck);
        }
        let day = self.today_date();
        self.write(|w| {
            w.save_mine(EntryId::random(), EntryBody::SelfCheck(SelfCheck { check, day, answers }), shared)
                .map(|e| e.id)
        })
    }

    /// The latest take against the one before it.
    pub fn compare_self_checks(&self, check: CheckKind) -> Result<Option<SelfCheckComparison>> {
        Ok(compare(self, &self.my_self_checks(check)?, check))
    }
}

fn check_topic(check: CheckKind) -> String {
    EntryBody::SelfCheck(SelfCheck { check, day: NaiveDate::MIN, answers: vec![] }).topic().unwrap_or_default()
}

fn take_view(e: crate::entry::Entry) -> Option<SelfCheckView> {
    match e.body {
        Some(EntryBody::SelfCheck(s)) => Some(SelfCheckView {
            id: e.id,
            day: s.day,
            total: s.answers.iter().map(|a| u32::from(*a)).sum(),
            answers: s.answers,
            shared: e.shared,
        }),
        _ => None,
    }
}

pub(crate) fn compare(store: &Store, takes: &[SelfCheckView], check: CheckKind) -> Option<SelfCheckComparison> {
    let [.., before, after] = takes else { return None };
    let names: Vec<(String, String)> = match check {
        CheckKind::Patterns => store.program().patterns.iter().map(|p| (p.id.clone(), p.name.clone())).collect(),
        CheckKind::Beliefs => store.program().beliefs.iter().map(|b| (b.id.clone(), b.fixed.clone())).collect(),
    };
    let changes = names
        .into_iter()
        .zip(before.answers.iter().zip(&after.answers))
        .filter(|(_, (b, a))| b != a)
        .map(|((id, name), (b, a))| PatternChange { id, name, before: *b, after: *a })
        .collect();
    Some(SelfCheckComparison {
        from: before.day,
        to: after.day,
        total_before: before.total,
        total_after: after.total,
        changes,
    })
}
