//! The question of the day and the answers to it. The question depends on the date (and our
//! own questions, `records::own_question`) alone, so both phones show the same one. My partner's answer to a question stays hidden until I have
//! answered that same question myself; the rule lives here, not in the UI.

use chrono::NaiveDate;

use crate::entry::{Answer, EntryBody, EntryKind, Step};
use crate::error::Result;
use crate::ids::{EntryId, PersonId};
use crate::records::state_of_us::Who;
use crate::storage::{Rows, rows};
use crate::{Store, Writer};

#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum PartnerAnswer {
    /// They answered, and so did I: here it is.
    Revealed { text: String },
    /// They answered, but I haven't yet: answer to see theirs.
    Hidden,
    /// No answer from them (yet) in the updates I have.
    NotYet,
}

#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct QuestionView {
    pub id: String,
    pub day: NaiveDate,
    pub step: Step,
    pub text: String,
    pub my_answer: Option<String>,
    pub my_answer_shared: bool,
    pub partner: PartnerAnswer,
    /// Who wrote it, when it is one of our own questions.
    pub written_by: Option<Who>,
}

/// The answer by `person` to `question` on `day` (the bank comes round again, so the same
/// question on another day is a fresh question), with its id and shared flag.
pub(crate) fn answer_on(
    db: Rows<'_>,
    person: PersonId,
    question: &str,
    day: NaiveDate,
) -> Result<Option<(EntryId, bool, Answer)>> {
    // The day narrows the look-up to one or two rows through the (author, kind, day) index.
    Ok(rows::entries_between(db, person, EntryKind::Answer, day, day)?.into_iter().rev().find_map(|e| match e.body {
        Some(EntryBody::Answer(a)) if a.question == question => Some((e.id, e.shared, a)),
        _ => None,
    }))
}

impl Writer<'_> {
    /// Saves my answer to today's question, replacing an earlier answer from today.
    pub(crate) fn save_answer(&mut self, question: String, text: &str, shared: bool) -> Result<()> {
        let day = self.today();
        let id = answer_on(self.rows(), self.me(), &question, day)?.map_or_else(EntryId::random, |(id, _, _)| id);
        self.save_mine(id, EntryBody::Answer(Answer { question, day, text: text.trim().to_owned() }), shared)?;
        Ok(())
    }
}

impl Store {
    /// Today's question, my answer, and my partner's answer if I may see it.
    pub fn question_of_the_day(&self) -> Result<QuestionView> {
        self.question_on(self.today_date())
    }

    pub fn question_on(&self, day: NaiveDate) -> Result<QuestionView> {
        let question = self.asked_on(day)?;
        let mine = answer_on(self.rows(), self.me, &question.id, day)?;
        let partner = self.partner_answer_on(&question.id, day, mine.is_some())?;
        Ok(QuestionView {
            id: question.id.clone(),
            day,
            step: question.step,
            text: question.text.clone(),
            written_by: question.written_by,
            my_answer_shared: mine.as_ref().map_or(self.share_by_default()?, |(_, shared, _)| *shared),
            my_answer: mine.map(|(_, _, a)| a.text),
            partner,
        })
    }

    /// My partner's answer to the question of `day`, revealed only if I answered it too.
    pub(crate) fn partner_answer_on(&self, question: &str, day: NaiveDate, i_answered: bool) -> Result<PartnerAnswer> {
        let Some(partner) = self.partner_id()? else { return Ok(PartnerAnswer::NotYet) };
        Ok(match answer_on(self.rows(), partner, question, day)? {
            Some((_, _, a)) if i_answered => PartnerAnswer::Revealed { text: a.text },
            Some(_) => PartnerAnswer::Hidden,
            None => PartnerAnswer::NotYet,
        })
    }

    /// Answers today's question (or changes today's answer).
    pub fn answer_question(&mut self, text: &str, shared: bool) -> Result<()> {
        let question = self.asked_on(self.today_date())?.id;
        self.write(|w| w.save_answer(question, text, shared))
    }
}
