//! Portability export: everything I wrote, as plain and readable JSON for my own use (another
//! app, a spreadsheet, an archive). Documented in `docs/export-format.md`; the document's
//! shape is the typed structs below. Never encrypted, never imported back: backups are for that.

use chrono::NaiveDate;
use serde::Serialize;

use crate::Store;
use crate::content::Step;
use crate::entry::{CheckIn, CommitmentLog, EntryBody, OwnQuestion, PactSide, RepairNote, SelfCheck};
use crate::error::Result;
use crate::ids::{EntryId, PersonId};
use crate::records::reminder::ReminderTime;
use crate::settings::{TextSize, Theme};
use crate::storage::rows;

pub const EXPORT_FORMAT_NAME: &str = "attune-export";
pub const EXPORT_FORMAT_VERSION: u32 = 1;

#[derive(Serialize)]
struct ExportDoc {
    format: &'static str,
    version: u32,
    exported_at: String,
    me: Me,
    partner_name: Option<String>,
    settings: ExportSettings,
    check_ins: Vec<Item<CheckIn>>,
    answers: Vec<Item<AnswerOut>>,
    reflections: Vec<Item<ReflectionOut>>,
    self_checks: Vec<Item<SelfCheck>>,
    commitments: Vec<Item<CommitmentOut>>,
    commitment_log: Vec<Item<CommitmentLog>>,
    pause_pact: Option<Item<PactSide>>,
    repair_notes: Vec<Item<RepairNote>>,
    own_questions: Vec<Item<OwnQuestion>>,
}

#[derive(Serialize)]
struct Me {
    id: PersonId,
    name: String,
    step: Step,
    step_since: NaiveDate,
}

#[derive(Serialize)]
struct ExportSettings {
    reminder: Option<String>,
    share_by_default: bool,
    theme: Theme,
    text_size: TextSize,
    /// The language chosen in Settings ("en", "es"); none: the phone's.
    language: Option<crate::Locale>,
}

/// One entry: what it says, and its id, sharing and creation time.
#[derive(Serialize)]
struct Item<T> {
    #[serde(flatten)]
    body: T,
    id: EntryId,
    shared: bool,
    created_ms: i64,
}

impl<T> Item<T> {
    fn of(body: T, id: EntryId, shared: bool, created_ms: i64) -> Item<T> {
        Item { body, id, shared, created_ms }
    }
}

/// An answer with its question's words beside the id.
#[derive(Serialize)]
struct AnswerOut {
    day: NaiveDate,
    question_id: String,
    question: Option<String>,
    answer: String,
}

#[derive(Serialize)]
struct ReflectionOut {
    day: NaiveDate,
    exercise_id: String,
    exercise: Option<String>,
    step: Option<Step>,
    pattern_id: Option<String>,
    parts: Vec<Part>,
}

/// One prompt of an exercise and what was written for it.
#[derive(Serialize)]
struct Part {
    prompt: Option<String>,
    text: String,
}

#[derive(Serialize)]
struct CommitmentOut {
    since: NaiveDate,
    quality_id: String,
    quality: Option<String>,
    action: String,
    active: bool,
}

impl Store {
    /// All of my live entries, grouped by kind, with the program's wording beside ids so the
    /// file reads on its own.
    pub fn export_everything_json(&self) -> Result<String> {
        let settings = self.settings()?;
        let profile = self.my_profile()?;
        let mut doc = ExportDoc {
            format: EXPORT_FORMAT_NAME,
            version: EXPORT_FORMAT_VERSION,
            exported_at: self.clock.now().local().to_rfc3339(),
            me: Me { id: self.me, name: profile.name, step: profile.step, step_since: profile.step_since },
            partner_name: settings.partner_name,
            settings: ExportSettings {
                reminder: settings.reminder.as_ref().map(ReminderTime::to_string),
                share_by_default: settings.share_by_default,
                theme: settings.theme,
                text_size: settings.text_size,
                language: settings.language,
            },
            check_ins: Vec::new(),
            answers: Vec::new(),
            reflections: Vec::new(),
            self_checks: Vec::new(),
            commitments: Vec::new(),
            commitment_log: Vec::new(),
            pause_pact: None,
            repair_notes: Vec::new(),
            own_questions: Vec::new(),
        };
        for e in rows::all_by(self.rows(), self.me)? {
            let Some(body) = e.body.filter(|_| !e.deleted) else { continue };
            let (id, shared, created_ms) = (e.id, e.shared, e.created_ms);
            match body {
                EntryBody::CheckIn(c) => doc.check_ins.push(Item::of(c, id, shared, created_ms)),
                EntryBody::Answer(a) => {
                    let body = AnswerOut {
                        question: self.question_text(&a.question)?,
                        day: a.day,
                        question_id: a.question,
                        answer: a.text,
                    };
                    doc.answers.push(Item::of(body, id, shared, created_ms));
                }
                EntryBody::Reflection(r) => {
                    let exercise = self.program().exercise(&r.exercise);
                    let parts = r
                        .texts
                        .into_iter()
                        .enumerate()
                        .map(|(i, text)| Part { prompt: exercise.and_then(|x| x.prompts.get(i)).cloned(), text })
                        .collect();
                    let body = ReflectionOut {
                        day: r.day,
                        exercise: exercise.map(|x| x.title.clone()),
                        step: exercise.map(|x| x.step),
                        exercise_id: r.exercise,
                        pattern_id: r.pattern,
                        parts,
                    };
                    doc.reflections.push(Item::of(body, id, shared, created_ms));
                }
                EntryBody::SelfCheck(s) => doc.self_checks.push(Item::of(s, id, shared, created_ms)),
                EntryBody::Commitment(c) => {
                    let body = CommitmentOut {
                        quality: self.program().quality(&c.quality).map(|q| q.name.clone()),
                        since: c.since,
                        quality_id: c.quality,
                        action: c.action,
                        active: c.active,
                    };
                    doc.commitments.push(Item::of(body, id, shared, created_ms));
                }
                EntryBody::CommitmentLog(l) => doc.commitment_log.push(Item::of(l, id, shared, created_ms)),
                EntryBody::Pact(p) => doc.pause_pact = Some(Item::of(p, id, shared, created_ms)),
                EntryBody::RepairNote(n) => doc.repair_notes.push(Item::of(n, id, shared, created_ms)),
                EntryBody::OwnQuestion(q) => doc.own_questions.push(Item::of(q, id, shared, created_ms)),
                EntryBody::Profile(_) => {}
            }
        }
        Ok(serde_json::to_string_pretty(&doc)?)
    }
}
