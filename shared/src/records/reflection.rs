//! Written step exercises ("reflections"): roots prompts, compassion notes, needs, repairs and
//! growth notes. Each belongs to an exercise of the program and may name a pattern.

use chrono::NaiveDate;

use crate::Store;
use crate::entry::{About, Entry, EntryBody, EntryKind, Reflection, Step};
use crate::error::{Error, Result};
use crate::ids::{EntryId, PersonId};
use crate::storage::rows;

/// What an exercise screen sends.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ReflectionDraft {
    pub exercise: String,
    pub pattern: Option<String>,
    /// One text per prompt of the exercise.
    pub texts: Vec<String>,
    pub shared: bool,
}

/// One prompt of an exercise and what was written for it.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ReflectionPart {
    pub prompt: String,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ReflectionView {
    pub id: EntryId,
    pub day: NaiveDate,
    pub exercise: String,
    pub title: String,
    pub step: Step,
    pub about: About,
    pub pattern: Option<String>,
    pub pattern_name: Option<String>,
    /// Each prompt with what was written for it.
    pub parts: Vec<ReflectionPart>,
    pub shared: bool,
}

impl Store {
    pub(crate) fn reflection_view(&self, e: Entry) -> Option<ReflectionView> {
        let Some(EntryBody::Reflection(r)) = e.body else { return None };
        // An exercise this version doesn't know (from a newer partner app) is skipped.
        let exercise = self.program().exercise(&r.exercise)?;
        let pattern_name = r.pattern.as_deref().and_then(|p| self.program().pattern(p)).map(|p| p.name.clone());
        let parts = exercise
            .prompts
            .iter()
            .zip(r.texts.iter())
            .map(|(prompt, text)| ReflectionPart { prompt: prompt.clone(), text: text.clone() })
            .collect();
        Some(ReflectionView {
            id: e.id,
            day: r.day,
            exercise: r.exercise,
            title: exercise.title.clone(),
            step: exercise.step,
            about: exercise.about,
            pattern: r.pattern,
            pattern_name,
            parts,
            shared: e.shared,
        })
    }

    /// All of a person's reflections, oldest first.
    pub(crate) fn reflection_views(&self, person: PersonId) -> Result<Vec<ReflectionView>> {
        Ok(rows::entries_of(self.rows(), person, EntryKind::Reflection)?
            .into_iter()
            .filter_map(|e| self.reflection_view(e))
            .collect())
    }

    /// My reflections, newest first.
    pub fn my_reflections(&self) -> Result<Vec<ReflectionView>> {
        let mut all = self.reflection_views(self.me)?;
        all.reverse();
        Ok(all)
    }

    fn checked_reflection(&self, draft: ReflectionDraft) -> Result<(Reflection, bool)> {
        let exercise = self.program().exercise(&draft.exercise).ok_or(Error::UnknownContent)?;
        let pattern = draft.pattern.filter(|p| !p.is_empty());
        if exercise.uses_pattern {
            match pattern.as_deref() {
                Some(p) if self.program().pattern(p).is_some() => {}
                _ => return Err(Error::PickPattern),
            }
        }
        if draft.texts.len() != exercise.prompts.len() {
            return Err(Error::WrongNumberOfTexts {
                expected: u32::try_from(exercise.prompts.len()).unwrap_or(u32::MAX),
            });
        }
        let texts = draft.texts.into_iter().map(|t| t.trim().to_owned()).collect();
        let reflection = Reflection { exercise: draft.exercise, day: self.today_date(), pattern, texts };
        Ok((reflection, draft.shared))
    }

    /// Saves a new reflection and returns its id.
    pub fn add_reflection(&mut self, draft: ReflectionDraft) -> Result<EntryId> {
        let (reflection, shared) = self.checked_reflection(draft)?;
        self.write(|w| w.save_mine(EntryId::random(), EntryBody::Reflection(reflection), shared).map(|e| e.id))
    }

    /// Rewrites one of my reflections; it keeps its original day.
    pub fn edit_reflection(&mut self, id: EntryId, draft: ReflectionDraft) -> Result<()> {
        let existing = rows::get_entry(self.rows(), id)?.filter(|e| !e.deleted).ok_or(Error::NotFound)?;
        if existing.author != self.me {
            return Err(Error::NotYours);
        }
        let (mut reflection, shared) = self.checked_reflection(draft)?;
        if let Some(EntryBody::Reflection(old)) = existing.body {
            reflection.day = old.day;
        }
        self.write(|w| w.save_mine(id, EntryBody::Reflection(reflection), shared).map(|_| ()))
    }

    /// Deletes one of my entries of any kind. My partner's entries are refused.
    pub fn delete_entry(&mut self, id: EntryId) -> Result<()> {
        self.write(|w| w.delete_mine(id))
    }

    /// Changes whether one of my entries is shared. Un-sharing sends a tombstone next time.
    pub fn set_shared(&mut self, id: EntryId, shared: bool) -> Result<()> {
        let existing = rows::get_entry(self.rows(), id)?.filter(|e| !e.deleted).ok_or(Error::NotFound)?;
        if existing.author != self.me {
            return Err(Error::NotYours);
        }
        let body = existing.body.ok_or(Error::NotFound)?;
        self.write(|w| w.save_mine(id, body, shared).map(|_| ()))
    }
}
