//! Questions the couple writes themselves. Each is an entry that always travels (the question
//! of the day must be the same on both phones), and joins the rotation: it is asked on a day of
//! its own, then every 365 days, in place of the bank's question for that day. Days are given
//! out the same way on both phones, from the questions both hold: in order of the day asked
//! for, then id, each takes the first day from the one it asked for whose place in the year no
//! earlier question holds. So no question, the bank's or ours, comes twice within a year.

use std::collections::HashSet;

use chrono::{Datelike, Days, NaiveDate};

use crate::Store;
use crate::content::Question;
use crate::entry::{EntryBody, EntryKind, OwnQuestion, Step};
use crate::error::Result;
use crate::ids::{EntryId, PersonId};
use crate::records::state_of_us::Who;
use crate::storage::rows;

/// How often an own question comes round: once a year.
pub const OWN_QUESTION_YEAR: i64 = 365;

/// The prefix of an own question's id where an answer names it: `own-<entry id>`.
pub const OWN_QUESTION_PREFIX: &str = "own-";

/// A question asked on a day: from the bank, or one of ours.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Asked {
    pub id: String,
    pub step: Step,
    pub text: String,
    /// Who wrote it, for one of ours.
    pub written_by: Option<Who>,
}

impl From<&Question> for Asked {
    fn from(q: &Question) -> Self {
        Asked { id: q.id.clone(), step: q.step, text: q.text.clone(), written_by: None }
    }
}

/// One of our questions, with the first day it is asked.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct OwnQuestionView {
    pub id: EntryId,
    pub text: String,
    pub written_by: Who,
    /// `None`: every day of the year already holds one of ours.
    pub first_day: Option<NaiveDate>,
}

/// Our questions with the days they were given, as both phones compute them.
pub(crate) struct Schedule {
    questions: Vec<(OwnQuestionView, Step)>,
}

fn place_in_year(day: NaiveDate) -> i64 {
    i64::from(day.num_days_from_ce()).rem_euclid(OWN_QUESTION_YEAR)
}

impl Schedule {
    /// The question of ours asked on `day`, if any.
    fn on(&self, day: NaiveDate) -> Option<Asked> {
        self.questions.iter().find_map(|(q, step)| {
            let first = q.first_day?;
            (day >= first && place_in_year(day) == place_in_year(first)).then(|| Asked {
                id: format!("{OWN_QUESTION_PREFIX}{}", q.id),
                step: *step,
                text: q.text.clone(),
                written_by: Some(q.written_by),
            })
        })
    }
}

impl Store {
    /// Our questions and their days.
    pub(crate) fn own_schedule(&self) -> Result<Schedule> {
        let mut written: Vec<(NaiveDate, EntryId, OwnQuestion, Who)> = Vec::new();
        let partner = self.partner_id()?;
        let people = std::iter::once((self.me, Who::Me)).chain(partner.map(|p| (p, Who::Partner)));
        for (person, who) in people.collect::<Vec<(PersonId, Who)>>() {
            for e in rows::entries_of(self.rows(), person, EntryKind::OwnQuestion)? {
                if let Some(EntryBody::OwnQuestion(q)) = e.body.filter(|_| e.shared) {
                    written.push((q.day, e.id, q, who));
                }
            }
        }
        written.sort_by_key(|(day, id, ..)| (*day, *id));
        let mut taken = HashSet::new();
        let questions = written
            .into_iter()
            .map(|(day, id, q, who)| {
                // Once every place in the year is taken, later questions wait (and cost nothing).
                let full = taken.len() >= usize::try_from(OWN_QUESTION_YEAR).unwrap_or(usize::MAX);
                let first_day = (0..if full { 0 } else { OWN_QUESTION_YEAR })
                    .filter_map(|offset| day.checked_add_days(Days::new(u64::try_from(offset).unwrap_or(0))))
                    .find(|d| taken.insert(place_in_year(*d)));
                (OwnQuestionView { id, text: q.text, written_by: who, first_day }, q.step)
            })
            .collect();
        Ok(Schedule { questions })
    }

    /// The question asked on `day`: one of ours when its day has come, else the bank's.
    pub(crate) fn asked_on(&self, day: NaiveDate) -> Result<Asked> {
        Ok(self.asked_with(&self.own_schedule()?, day))
    }

    pub(crate) fn asked_with(&self, schedule: &Schedule, day: NaiveDate) -> Asked {
        schedule.on(day).unwrap_or_else(|| self.program().question_for(day).into())
    }

    /// The words of a question by the id an answer names: the bank's, or one of ours.
    pub(crate) fn question_text(&self, id: &str) -> Result<Option<String>> {
        if let Some(q) = self.program().question(id) {
            return Ok(Some(q.text.clone()));
        }
        let Some(entry) = id.strip_prefix(OWN_QUESTION_PREFIX).and_then(|e| e.parse::<EntryId>().ok()) else {
            return Ok(None);
        };
        Ok(match rows::get_entry(self.rows(), entry)?.and_then(|e| e.body) {
            Some(EntryBody::OwnQuestion(q)) => Some(q.text),
            _ => None,
        })
    }

    /// Writes a question of ours. It travels with my next update and is first asked on the
    /// first free day from tomorrow (today's question stays as it is).
    pub fn add_own_question(&mut self, text: &str) -> Result<OwnQuestionView> {
        let tomorrow = self.today_date() + Days::new(1);
        let step = self.my_profile()?.step;
        let body = EntryBody::OwnQuestion(OwnQuestion { day: tomorrow, step, text: text.to_owned() });
        let entry = self.write(|w| w.save_mine(EntryId::random(), body, true))?;
        let schedule = self.own_schedule()?;
        Ok(schedule.questions.into_iter().map(|(q, _)| q).find(|q| q.id == entry.id).unwrap_or(OwnQuestionView {
            id: entry.id,
            text: text.to_owned(),
            written_by: Who::Me,
            first_day: None,
        }))
    }

    /// Our questions, both of ours, in the order they are first asked.
    pub fn own_questions(&self) -> Result<Vec<OwnQuestionView>> {
        let mut all: Vec<OwnQuestionView> = self.own_schedule()?.questions.into_iter().map(|(q, _)| q).collect();
        all.sort_by_key(|q| q.first_day.unwrap_or(NaiveDate::MAX));
        Ok(all)
    }
}
