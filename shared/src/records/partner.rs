//! What my partner shared, read-only: their latest check-ins, answers, reflections,
//! self-checks and commitments, their step, the days we both checked in, and when the last
//! exchange happened. Each list is bounded, so the screen stays quick after years.

use chrono::{Duration, NaiveDate};

use crate::entry::{CheckKind, EntryBody, EntryKind, Step};
use crate::error::Result;
use crate::ids::PersonId;
use crate::records::pact::PactSide;
use crate::records::question::PartnerAnswer;
use crate::records::reflection::ReflectionView;
use crate::records::repair::{RECENT_REPAIR_NOTES, RepairNoteView};
use crate::records::today::CheckInSummary;
use crate::storage::rows;
use crate::{CommitmentView, Store};

/// How many of my partner's newest check-ins and answers the partner screen lists.
pub const PARTNER_RECENT: usize = 14;
/// How many of my partner's newest reflections the partner screen lists.
pub const PARTNER_REFLECTIONS: usize = 50;
/// How many of my partner's commitments (active first) the partner screen lists.
pub const PARTNER_COMMITMENTS: usize = 10;
/// How many days the "together" timeline covers.
pub const TOGETHER_DAYS: i64 = 30;

/// My partner's answer to a question; `answer` stays `None` until I have answered it too.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct PartnerAnswerView {
    pub day: NaiveDate,
    pub question: String,
    pub answer: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct PartnerSelfCheck {
    pub day: NaiveDate,
    pub check: CheckKind,
    pub total: u32,
    pub out_of: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct TogetherDay {
    pub day: NaiveDate,
    pub me: bool,
    pub partner: bool,
    /// A quiet day of mine without a check-in: not a missed day.
    pub quiet: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Default)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct PartnerView {
    pub paired: bool,
    pub name: Option<String>,
    pub step: Option<Step>,
    pub step_title: Option<String>,
    /// When the newest update from my partner was opened (unix ms).
    pub last_received_ms: Option<i64>,
    /// Newest first, each list bounded.
    pub check_ins: Vec<CheckInSummary>,
    pub answers: Vec<PartnerAnswerView>,
    pub reflections: Vec<ReflectionView>,
    pub self_checks: Vec<PartnerSelfCheck>,
    pub commitments: Vec<CommitmentView>,
    /// The last thirty days, oldest first; empty when hidden.
    pub together: Vec<TogetherDay>,
    /// I chose to hide the together grid (`SettingsChange::HideTogether`): hidden on both phones.
    pub together_hidden: bool,
    /// My partner chose to hide it: hidden here too, and only they can show it again.
    pub together_hidden_by_partner: bool,
    /// My partner's side of our pause pact.
    pub pact: Option<PactSide>,
    /// My partner's newest shared repair notes, newest first.
    pub repair_notes: Vec<RepairNoteView>,
    /// The number both phones show once each knows the other's key: the same on both means
    /// each phone holds the other's real key (`exchange::signing`).
    pub safety_number: Option<String>,
}

/// Shown for a question this version of Attune doesn't know (a partner's newer version).
pub const NEWER_QUESTION: &str = "A question from a newer version of Attune. Update Attune to see it.";

impl Store {
    pub fn partner(&self) -> Result<PartnerView> {
        let today = self.today_date();
        let Some(partner) = self.partner_id()? else {
            return Ok(PartnerView {
                paired: self.couple_code()?.is_some(),
                name: self.partner_name()?,
                together: self.together(None, today)?,
                together_hidden: self.my_profile().is_ok_and(|p| p.hides_together),
                ..PartnerView::default()
            });
        };
        let profile = self.partner_profile()?;
        let recent = |kind, limit| rows::recent_by(self.rows(), partner, &[kind], limit);
        let check_ins = recent(EntryKind::CheckIn, PARTNER_RECENT)?
            .into_iter()
            .filter_map(|e| match e.body {
                Some(EntryBody::CheckIn(c)) => Some(CheckInSummary::from_check_in(c, true)),
                _ => None,
            })
            .collect();
        let mut answers = Vec::new();
        for e in recent(EntryKind::Answer, PARTNER_RECENT)? {
            let Some(EntryBody::Answer(a)) = e.body else { continue };
            // A question from a newer version of Attune is named as such; its answer stays
            // hidden like any other until I have answered the same question.
            let question = self.question_text(&a.question)?.unwrap_or_else(|| NEWER_QUESTION.to_owned());
            let i_answered = crate::records::question::answer_on(self.rows(), self.me, &a.question, a.day)?.is_some();
            let answer = match self.partner_answer_on(&a.question, a.day, i_answered)? {
                PartnerAnswer::Revealed { .. } => Some(a.text),
                PartnerAnswer::Hidden | PartnerAnswer::NotYet => None,
            };
            answers.push(PartnerAnswerView { day: a.day, question, answer });
        }
        let reflections = recent(EntryKind::Reflection, PARTNER_REFLECTIONS)?
            .into_iter()
            .filter_map(|e| self.reflection_view(e))
            .collect();
        let self_checks = recent(EntryKind::SelfCheck, 6)?
            .into_iter()
            .filter_map(|e| match e.body {
                Some(EntryBody::SelfCheck(s)) => Some(PartnerSelfCheck {
                    day: s.day,
                    check: s.check,
                    total: s.answers.iter().map(|a| u32::from(*a)).sum(),
                    out_of: u32::try_from(s.answers.len() * 2).unwrap_or(u32::MAX),
                }),
                _ => None,
            })
            .collect();
        let commitments = self.commitments_of(partner, |_| true, PARTNER_COMMITMENTS)?;
        Ok(PartnerView {
            paired: true,
            name: self.partner_name()?,
            step: profile.as_ref().map(|p| p.step),
            step_title: profile.as_ref().map(|p| self.program().step(p.step).title.clone()),
            last_received_ms: self.last_received_ms()?,
            check_ins,
            answers,
            reflections,
            self_checks,
            commitments,
            together: self.together(Some(partner), today)?,
            together_hidden: self.my_profile().is_ok_and(|p| p.hides_together),
            together_hidden_by_partner: profile.as_ref().is_some_and(|p| p.hides_together),
            pact: self.pact()?.partner,
            repair_notes: self.repair_notes_of(partner, RECENT_REPAIR_NOTES)?,
            safety_number: self.safety_number()?,
        })
    }

    /// Whether either of us hides the together grid: one partner's choice holds on both phones.
    fn together_hidden(&self) -> Result<bool> {
        let mine = self.my_profile().is_ok_and(|p| p.hides_together);
        Ok(mine || self.partner_profile()?.is_some_and(|p| p.hides_together))
    }

    fn together(&self, partner: Option<PersonId>, today: NaiveDate) -> Result<Vec<TogetherDay>> {
        if self.together_hidden()? {
            return Ok(Vec::new());
        }
        let from = today - Duration::days(TOGETHER_DAYS - 1);
        let mine = rows::days_with(self.rows(), self.me, EntryKind::CheckIn, from, today)?;
        let quiet_days = self.quiet_days()?;
        let theirs = match partner {
            Some(p) => rows::days_with(self.rows(), p, EntryKind::CheckIn, from, today)?,
            None => Vec::new(),
        };
        Ok(from
            .iter_days()
            .take_while(|d| *d <= today)
            .map(|day| {
                let me = mine.contains(&day);
                TogetherDay { day, me, partner: theirs.contains(&day), quiet: !me && quiet_days.contains(&day) }
            })
            .collect())
    }
}
