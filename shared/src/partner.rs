//! What my partner shared, read-only: their latest entries, their step, the days we both
//! checked in, and when the last exchange happened.

use chrono::{Duration, NaiveDate};

use crate::db;
use crate::entry::{CheckKind, EntryBody, EntryKind, Step};
use crate::error::Result;
use crate::question::PartnerAnswer;
use crate::reflection::ReflectionView;
use crate::today::CheckInSummary;
use crate::{CommitmentView, Store};

/// How many of my partner's newest entries the partner screen lists.
pub const PARTNER_FEED_LEN: usize = 60;
/// How many days the "together" timeline covers.
pub const TOGETHER_DAYS: i64 = 30;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PartnerEntry {
    CheckIn(CheckInSummary),
    /// Their answer; `answer` is `None` until I have answered the same question.
    Answer {
        day: NaiveDate,
        question: String,
        answer: Option<String>,
    },
    Reflection(ReflectionView),
    SelfCheck {
        day: NaiveDate,
        check: CheckKind,
        total: u32,
        out_of: u32,
    },
    Commitment(CommitmentView),
}

impl PartnerEntry {
    pub fn day(&self) -> NaiveDate {
        match self {
            PartnerEntry::CheckIn(c) => c.day,
            PartnerEntry::Answer { day, .. } | PartnerEntry::SelfCheck { day, .. } => *day,
            PartnerEntry::Reflection(r) => r.day,
            PartnerEntry::Commitment(c) => c.since,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TogetherDay {
    pub day: NaiveDate,
    pub me: bool,
    pub partner: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PartnerView {
    pub paired: bool,
    pub name: Option<String>,
    pub step: Option<Step>,
    pub step_title: Option<String>,
    /// When the newest update from my partner was opened (unix ms).
    pub last_received_ms: Option<i64>,
    /// Newest first.
    pub entries: Vec<PartnerEntry>,
    /// The last thirty days, oldest first.
    pub together: Vec<TogetherDay>,
}

impl Store {
    pub fn partner(&self) -> Result<PartnerView> {
        let today = self.today_date();
        let profile = self.partner_profile()?;
        let Some(partner) = self.partner_id()? else {
            return Ok(PartnerView {
                paired: self.couple_code()?.is_some(),
                name: self.partner_name()?,
                step: None,
                step_title: None,
                last_received_ms: None,
                entries: Vec::new(),
                together: self.together(None, today)?,
            });
        };
        let commitments = self.commitments_of(partner)?;
        let reflections = self.reflection_views(partner)?;
        let kinds =
            [EntryKind::CheckIn, EntryKind::Answer, EntryKind::Reflection, EntryKind::SelfCheck, EntryKind::Commitment];
        let mut entries = Vec::new();
        for e in db::recent_by(&self.conn, partner, &kinds, PARTNER_FEED_LEN)? {
            let shown = match e.body {
                Some(EntryBody::CheckIn(c)) => Some(PartnerEntry::CheckIn(CheckInSummary {
                    day: c.day,
                    connection: c.connection,
                    markers: c.markers,
                    appreciation: c.appreciation,
                    need: c.need,
                    shared: true,
                })),
                Some(EntryBody::Answer(a)) => {
                    let i_answered = crate::question::answer_to(&self.conn, self.me, &a.question)?.is_some();
                    let answer = match self.partner_answer_to(&a.question, i_answered)? {
                        PartnerAnswer::Revealed(_) => Some(a.text),
                        PartnerAnswer::Hidden | PartnerAnswer::NotYet => None,
                    };
                    self.program.question(&a.question).map(|q| PartnerEntry::Answer {
                        day: a.day,
                        question: q.text.clone(),
                        answer,
                    })
                }
                Some(EntryBody::Reflection(_)) => {
                    reflections.iter().find(|r| r.id == e.id).cloned().map(PartnerEntry::Reflection)
                }
                Some(EntryBody::SelfCheck(s)) => Some(PartnerEntry::SelfCheck {
                    day: s.day,
                    check: s.check,
                    total: s.answers.iter().map(|a| u32::from(*a)).sum(),
                    out_of: u32::try_from(s.answers.len() * 2).unwrap_or(u32::MAX),
                }),
                Some(EntryBody::Commitment(_)) => {
                    commitments.iter().find(|c| c.id == e.id).cloned().map(PartnerEntry::Commitment)
                }
                _ => None,
            };
            entries.extend(shown);
        }
        Ok(PartnerView {
            paired: true,
            name: self.partner_name()?,
            step: profile.as_ref().map(|p| p.step),
            step_title: profile.map(|p| self.program.step(p.step).title.clone()),
            last_received_ms: self.last_received_ms()?,
            entries,
            together: self.together(Some(partner), today)?,
        })
    }

    fn together(&self, partner: Option<crate::PersonId>, today: NaiveDate) -> Result<Vec<TogetherDay>> {
        let from = today - Duration::days(TOGETHER_DAYS - 1);
        let mine = db::days_with(&self.conn, self.me, EntryKind::CheckIn, from, today)?;
        let theirs = match partner {
            Some(p) => db::days_with(&self.conn, p, EntryKind::CheckIn, from, today)?,
            None => Vec::new(),
        };
        Ok(from
            .iter_days()
            .take_while(|d| *d <= today)
            .map(|day| TogetherDay { day, me: mine.contains(&day), partner: theirs.contains(&day) })
            .collect())
    }
}
