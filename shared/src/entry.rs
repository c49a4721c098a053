//! The couple's records. Every record is an `Entry`: who wrote it, when, its change stamp, its
//! shared and deleted flags, and a typed `EntryBody`. One shape for all kinds keeps the
//! exchange merge, tombstones and the author rule in one place; the bodies keep the meaning.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::clock::ChangeStamp;
pub use crate::content::{About, CheckKind, MAX_CONTENT_ID_CHARS, Step, UnknownStep};
use crate::error::TextField;
use crate::error::{Error, Result};
use crate::ids::{EntryId, PersonId};
use crate::text::{self, TextKind, tidy};

/// The five secure-base markers, each rated 1–5.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Markers {
    pub safe: u8,
    pub seen: u8,
    pub trust: u8,
    pub repair: u8,
    pub rely: u8,
}

impl Markers {
    /// The markers' ids, as `shared/content/program.toml` names them (checked by its test).
    pub const IDS: [&'static str; 5] = ["safe", "seen", "trust", "repair", "rely"];

    /// The rating of the marker with `id`.
    pub fn get(&self, id: &str) -> Option<u8> {
        Markers::IDS.iter().position(|m| *m == id).map(|i| self.as_array()[i])
    }

    /// Markers from ratings by id; `None` unless every marker has one.
    pub fn from_ratings<'a>(ratings: impl IntoIterator<Item = (&'a str, u8)>) -> Option<Markers> {
        let mut values = [None; 5];
        for (id, value) in ratings {
            let i = Markers::IDS.iter().position(|m| *m == id)?;
            values[i] = Some(value);
        }
        let [Some(safe), Some(seen), Some(trust), Some(repair), Some(rely)] = values else { return None };
        Some(Markers { safe, seen, trust, repair, rely })
    }

    pub fn as_array(&self) -> [u8; 5] {
        [self.safe, self.seen, self.trust, self.repair, self.rely]
    }

    pub fn from_array(a: [u8; 5]) -> Self {
        Self { safe: a[0], seen: a[1], trust: a[2], repair: a[3], rely: a[4] }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct CheckIn {
    pub day: NaiveDate,
    pub connection: u8,
    pub markers: Markers,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub appreciation: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub need: Option<String>,
    /// Something good that happened to me, for my partner to be glad about (format 3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub good_news: Option<String>,
}

/// An answer to the question of the day.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Answer {
    pub question: String,
    pub day: NaiveDate,
    pub text: String,
}

/// A written step exercise: one text per prompt of the exercise.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reflection {
    pub exercise: String,
    pub day: NaiveDate,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pattern: Option<String>,
    pub texts: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SelfCheck {
    pub check: CheckKind,
    pub day: NaiveDate,
    pub answers: Vec<u8>,
}

/// A concrete action tied to one safe-person quality.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Commitment {
    pub quality: String,
    pub action: String,
    pub since: NaiveDate,
    pub active: bool,
}

/// Whether a commitment was kept on a day; written by the check-in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CommitmentLog {
    pub commitment: EntryId,
    pub day: NaiveDate,
    pub kept: bool,
}

/// A person's name and where they are on the journey. Its entry id is the person's id.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    pub name: String,
    pub step: Step,
    pub step_since: NaiveDate,
    /// The person keeps the together grid off, on both phones (format 3; absent is `false`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub hides_together: bool,
}

/// One partner's side of the pause pact, agreed while calm. Its entry id comes from the
/// person's id (`pact_id` below): one side per person, replaced as they change it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct PactSide {
    /// The words either of us says to call a pause.
    pub signal: String,
    /// The shortest break I need (`MIN_PAUSE_MINUTES` at least).
    pub shortest_minutes: u32,
    /// When I come back at the latest, in hours (24 at most).
    pub back_within_hours: u32,
    /// What I will do to calm down.
    pub calming: String,
    /// What I need to hear when you leave.
    pub to_hear: String,
    /// When I wrote this side.
    pub day: NaiveDate,
}

/// The shortest pause that lets a flooded body settle.
pub const MIN_PAUSE_MINUTES: u32 = 20;
/// The longest: coming back within a day.
pub const MAX_PAUSE_MINUTES: u32 = 24 * 60;
/// The latest return a side of the pact may set, in hours.
pub const MAX_BACK_WITHIN_HOURS: u32 = MAX_PAUSE_MINUTES / 60;

impl PactSide {
    /// The rule every side keeps: a shortest break of twenty minutes to a day, a return
    /// within one to 24 hours, and the return no sooner than the shortest break.
    pub(crate) fn check_lengths(shortest_minutes: u32, back_within_hours: u32) -> Result<()> {
        if !(MIN_PAUSE_MINUTES..=MAX_PAUSE_MINUTES).contains(&shortest_minutes)
            || !(1..=MAX_BACK_WITHIN_HOURS).contains(&back_within_hours)
        {
            return Err(Error::PauseLength { min_minutes: MIN_PAUSE_MINUTES, max_hours: MAX_BACK_WITHIN_HOURS });
        }
        if back_within_hours * 60 < shortest_minutes {
            return Err(Error::PactBackTooSoon);
        }
        Ok(())
    }
}

/// A question one of us wrote for the question of the day (`records::own_question`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OwnQuestion {
    /// The day it asks to be asked first.
    pub day: NaiveDate,
    /// The step its writer was on: where it belongs on the journey.
    pub step: Step,
    pub text: String,
}

/// What the two of us agreed at the end of a repair conversation, in my words.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RepairNote {
    pub day: NaiveDate,
    pub text: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum EntryKind {
    CheckIn,
    Answer,
    Reflection,
    SelfCheck,
    Commitment,
    CommitmentLog,
    Profile,
    Pact,
    RepairNote,
    OwnQuestion,
}

impl EntryKind {
    pub const ALL: [EntryKind; 10] = [
        EntryKind::CheckIn,
        EntryKind::Answer,
        EntryKind::Reflection,
        EntryKind::SelfCheck,
        EntryKind::Commitment,
        EntryKind::CommitmentLog,
        EntryKind::Profile,
        EntryKind::Pact,
        EntryKind::RepairNote,
        EntryKind::OwnQuestion,
    ];

    pub fn id(self) -> &'static str {
        match self {
            EntryKind::CheckIn => "check_in",
            EntryKind::Answer => "answer",
            EntryKind::Reflection => "reflection",
            EntryKind::SelfCheck => "self_check",
            EntryKind::Commitment => "commitment",
            EntryKind::CommitmentLog => "commitment_log",
            EntryKind::Profile => "profile",
            EntryKind::Pact => "pact",
            EntryKind::RepairNote => "repair_note",
            EntryKind::OwnQuestion => "own_question",
        }
    }

    pub fn from_id(id: &str) -> Option<EntryKind> {
        EntryKind::ALL.into_iter().find(|k| k.id() == id)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "data", rename_all = "snake_case", deny_unknown_fields)]
pub enum EntryBody {
    CheckIn(CheckIn),
    Answer(Answer),
    Reflection(Reflection),
    SelfCheck(SelfCheck),
    Commitment(Commitment),
    CommitmentLog(CommitmentLog),
    Profile(Profile),
    Pact(PactSide),
    RepairNote(RepairNote),
    OwnQuestion(OwnQuestion),
}

pub use crate::text::{MAX_NAME_CHARS, MAX_TEXT_CHARS};
/// Most prompts an exercise can have, and so most texts in one reflection.
pub const MAX_REFLECTION_TEXTS: usize = 8;

impl EntryBody {
    pub fn kind(&self) -> EntryKind {
        match self {
            EntryBody::CheckIn(_) => EntryKind::CheckIn,
            EntryBody::Answer(_) => EntryKind::Answer,
            EntryBody::Reflection(_) => EntryKind::Reflection,
            EntryBody::SelfCheck(_) => EntryKind::SelfCheck,
            EntryBody::Commitment(_) => EntryKind::Commitment,
            EntryBody::CommitmentLog(_) => EntryKind::CommitmentLog,
            EntryBody::Profile(_) => EntryKind::Profile,
            EntryBody::Pact(_) => EntryKind::Pact,
            EntryBody::RepairNote(_) => EntryKind::RepairNote,
            EntryBody::OwnQuestion(_) => EntryKind::OwnQuestion,
        }
    }

    /// The calendar day the entry belongs to, used for ordering and day queries.
    pub fn day(&self) -> NaiveDate {
        match self {
            EntryBody::CheckIn(c) => c.day,
            EntryBody::Answer(a) => a.day,
            EntryBody::Reflection(r) => r.day,
            EntryBody::SelfCheck(s) => s.day,
            EntryBody::Commitment(c) => c.since,
            EntryBody::CommitmentLog(l) => l.day,
            EntryBody::Profile(p) => p.step_since,
            EntryBody::Pact(p) => p.day,
            EntryBody::RepairNote(n) => n.day,
            EntryBody::OwnQuestion(q) => q.day,
        }
    }

    /// What the entry answers or refers to, for indexed look-ups: the question of an answer,
    /// the exercise of a reflection, the check of a self-check, the commitment of a log line.
    pub fn topic(&self) -> Option<String> {
        match self {
            EntryBody::Answer(a) => Some(a.question.clone()),
            EntryBody::Reflection(r) => Some(r.exercise.clone()),
            EntryBody::SelfCheck(s) => Some(match s.check {
                CheckKind::Patterns => "patterns".to_owned(),
                CheckKind::Beliefs => "beliefs".to_owned(),
            }),
            EntryBody::CommitmentLog(l) => Some(l.commitment.to_string()),
            EntryBody::CheckIn(_)
            | EntryBody::Commitment(_)
            | EntryBody::Profile(_)
            | EntryBody::Pact(_)
            | EntryBody::RepairNote(_)
            | EntryBody::OwnQuestion(_) => None,
        }
    }

    /// The same body with every text tidied as `text::tidy` does for what a person types.
    pub(crate) fn tidied(self) -> Self {
        let optional = |t: Option<String>| t.map(|t| tidy(&t)).filter(|t| !t.is_empty());
        match self {
            EntryBody::CheckIn(c) => EntryBody::CheckIn(CheckIn {
                appreciation: optional(c.appreciation),
                need: optional(c.need),
                good_news: optional(c.good_news),
                ..c
            }),
            EntryBody::Answer(a) => EntryBody::Answer(Answer { text: tidy(&a.text), ..a }),
            EntryBody::Reflection(r) => {
                EntryBody::Reflection(Reflection { texts: r.texts.iter().map(|t| tidy(t)).collect(), ..r })
            }
            EntryBody::Commitment(c) => EntryBody::Commitment(Commitment { action: tidy(&c.action), ..c }),
            EntryBody::Profile(p) => EntryBody::Profile(Profile { name: tidy(&p.name), ..p }),
            EntryBody::Pact(p) => EntryBody::Pact(PactSide {
                signal: tidy(&p.signal),
                calming: tidy(&p.calming),
                to_hear: tidy(&p.to_hear),
                ..p
            }),
            EntryBody::RepairNote(n) => EntryBody::RepairNote(RepairNote { text: tidy(&n.text), ..n }),
            EntryBody::OwnQuestion(q) => EntryBody::OwnQuestion(OwnQuestion { text: tidy(&q.text), ..q }),
            body @ (EntryBody::SelfCheck(_) | EntryBody::CommitmentLog(_)) => body,
        }
    }

    /// Checks every field against the rules any phone writes by, so a hand-made or damaged
    /// entry from a file is refused before it reaches the database. Texts follow the one rule
    /// of `text`; content ids need only be well-formed, since a partner on a newer version may
    /// refer to questions or exercises this version doesn't know (they are kept and shown
    /// plainly); a self-check must have exactly one answer per statement of its check.
    pub fn validate(&self) -> Result<()> {
        fn rating(v: u8) -> Result<()> {
            if (1..=5).contains(&v) { Ok(()) } else { Err(Error::RatingOutOfRange) }
        }
        fn writing(t: &str, field: TextField, required: bool) -> Result<()> {
            text::check(t, TextKind::Writing, required).map_err(|problem| Error::Text { field, problem })
        }
        fn content_id(id: &str) -> Result<()> {
            let well_formed = !id.is_empty()
                && id.len() <= MAX_CONTENT_ID_CHARS
                && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_');
            if well_formed { Ok(()) } else { Err(Error::UnknownContent) }
        }
        match self {
            EntryBody::CheckIn(c) => {
                rating(c.connection)?;
                for v in c.markers.as_array() {
                    rating(v)?;
                }
                writing(c.appreciation.as_deref().unwrap_or(""), TextField::Appreciation, false)?;
                writing(c.need.as_deref().unwrap_or(""), TextField::Need, false)?;
                writing(c.good_news.as_deref().unwrap_or(""), TextField::GoodNews, false)
            }
            EntryBody::Answer(a) => {
                content_id(&a.question)?;
                writing(&a.text, TextField::Answer, true)
            }
            EntryBody::Reflection(r) => {
                content_id(&r.exercise)?;
                if let Some(p) = &r.pattern {
                    content_id(p)?;
                }
                if r.texts.is_empty() || r.texts.len() > MAX_REFLECTION_TEXTS || r.texts.iter().all(String::is_empty) {
                    return Err(Error::NothingWritten);
                }
                r.texts.iter().try_for_each(|t| writing(t, TextField::Reflection, false))
            }
            EntryBody::SelfCheck(s) => {
                let statements = crate::content::Program::builtin().statements(s.check);
                if s.answers.len() != statements || s.answers.iter().any(|a| *a > 2) {
                    return Err(Error::IncompleteSelfCheck);
                }
                Ok(())
            }
            EntryBody::Commitment(c) => {
                content_id(&c.quality)?;
                writing(&c.action, TextField::Action, true)
            }
            EntryBody::CommitmentLog(_) => Ok(()),
            EntryBody::Profile(p) => text::check(&p.name, TextKind::Name, true)
                .map_err(|problem| Error::Text { field: TextField::MyName, problem }),
            EntryBody::Pact(p) => {
                PactSide::check_lengths(p.shortest_minutes, p.back_within_hours)?;
                writing(&p.signal, TextField::PactSignal, true)?;
                writing(&p.calming, TextField::PactCalming, true)?;
                writing(&p.to_hear, TextField::PactToHear, true)
            }
            EntryBody::RepairNote(n) => writing(&n.text, TextField::RepairNote, true),
            EntryBody::OwnQuestion(q) => text::check(&q.text, TextKind::Question, true)
                .map_err(|problem| Error::Text { field: TextField::OwnQuestion, problem }),
        }
    }
}

/// One stored record with its sync metadata. `body` is `None` for a tombstone. The body is
/// typed (`EntryBody`) everywhere but on the way out in an export (`OutgoingEntry`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry<B = EntryBody> {
    pub id: EntryId,
    pub kind: EntryKind,
    pub author: PersonId,
    pub created_ms: i64,
    pub stamp: ChangeStamp,
    pub shared: bool,
    pub deleted: bool,
    pub body: Option<B>,
}

impl<B> Entry<B> {
    pub fn is_live(&self) -> bool {
        !self.deleted && self.body.is_some()
    }

    /// Whether this entry sits under an id that belongs to someone's person and not to this
    /// entry: a profile or a side of the pact anywhere but under its author's own id, or any
    /// entry under an id derived from `me` or its author (live or a tombstone). Filing an entry
    /// under my pact id would stop me writing my side; nobody else may take those ids.
    pub(crate) fn takes_a_derived_id(&self, me: PersonId) -> bool {
        let own_id_for_kind = match self.kind {
            EntryKind::Profile => Some(profile_id(self.author)),
            EntryKind::Pact => Some(pact_id(self.author)),
            _ => None,
        };
        if let Some(own) = own_id_for_kind {
            return self.id != own;
        }
        [me, self.author].into_iter().any(|p| self.id == profile_id(p) || self.id == pact_id(p))
    }
}

/// An entry on its way out in an exchange file: the stored body JSON is passed through
/// verbatim, so an export never parses and re-writes what it already wrote. Serialises
/// exactly like `Entry`.
pub(crate) type OutgoingEntry = Entry<Box<serde_json::value::RawValue>>;

/// How many entries of each kind an import added, changed or removed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct KindCounts {
    pub check_ins: u32,
    pub answers: u32,
    pub reflections: u32,
    pub self_checks: u32,
    pub commitments: u32,
    pub commitment_logs: u32,
    pub profile: u32,
    pub pacts: u32,
    pub repair_notes: u32,
    pub own_questions: u32,
}

impl KindCounts {
    pub(crate) fn add(&mut self, kind: EntryKind) {
        let slot = match kind {
            EntryKind::CheckIn => &mut self.check_ins,
            EntryKind::Answer => &mut self.answers,
            EntryKind::Reflection => &mut self.reflections,
            EntryKind::SelfCheck => &mut self.self_checks,
            EntryKind::Commitment => &mut self.commitments,
            EntryKind::CommitmentLog => &mut self.commitment_logs,
            EntryKind::Profile => &mut self.profile,
            EntryKind::Pact => &mut self.pacts,
            EntryKind::RepairNote => &mut self.repair_notes,
            EntryKind::OwnQuestion => &mut self.own_questions,
        };
        *slot += 1;
    }

    /// Adds every count of `other` to these.
    pub(crate) fn add_all(&mut self, other: &KindCounts) {
        self.check_ins += other.check_ins;
        self.answers += other.answers;
        self.reflections += other.reflections;
        self.self_checks += other.self_checks;
        self.commitments += other.commitments;
        self.commitment_logs += other.commitment_logs;
        self.profile += other.profile;
        self.pacts += other.pacts;
        self.repair_notes += other.repair_notes;
        self.own_questions += other.own_questions;
    }

    pub fn total(&self) -> u32 {
        self.check_ins
            + self.answers
            + self.reflections
            + self.self_checks
            + self.commitments
            + self.commitment_logs
            + self.profile
            + self.pacts
            + self.repair_notes
            + self.own_questions
    }

    /// The kinds that are news, with how many of each, in the order a summary says them
    /// (log lines and profile changes are not news).
    pub fn news(&self) -> Vec<(EntryKind, u32)> {
        [
            (EntryKind::CheckIn, self.check_ins),
            (EntryKind::Answer, self.answers),
            (EntryKind::Reflection, self.reflections),
            (EntryKind::SelfCheck, self.self_checks),
            (EntryKind::Commitment, self.commitments),
            (EntryKind::Pact, self.pacts),
            (EntryKind::RepairNote, self.repair_notes),
            (EntryKind::OwnQuestion, self.own_questions),
        ]
        .into_iter()
        .filter(|(_, n)| *n > 0)
        .collect()
    }

    /// How many entries are news.
    pub fn news_total(&self) -> u32 {
        self.news().iter().map(|(_, n)| n).sum()
    }
}

/// A profile's entry id is its person's id: one profile per person, merged like any entry.
pub(crate) fn profile_id(person: PersonId) -> EntryId {
    EntryId::from_uuid(person.as_uuid())
}

/// A pact side's entry id: one per person, derived from their id, so a new version of my side
/// replaces the old one on both phones.
pub(crate) fn pact_id(person: PersonId) -> EntryId {
    EntryId::from_uuid(uuid::Uuid::new_v5(&person.as_uuid(), b"attune-pause-pact"))
}
