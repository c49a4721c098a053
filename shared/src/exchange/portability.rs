//! Portability export: everything I wrote, as plain and readable JSON for my own use (another
//! app, a spreadsheet, an archive). Documented in `docs/export-format.md`. Never encrypted,
//! never imported back: backups are for that.

use serde_json::{Value, json};

use crate::Store;
use crate::error::Result;
use crate::records::entry::EntryBody;
use crate::storage::rows;

pub const EXPORT_FORMAT_NAME: &str = "attune-export";
pub const EXPORT_FORMAT_VERSION: u32 = 1;

impl Store {
    /// All of my live entries, grouped by kind, with the program's wording beside ids so the
    /// file reads on its own.
    pub fn export_everything_json(&self) -> Result<String> {
        let now = self.clock.now();
        let settings = self.settings()?;
        let mut groups: Vec<(&str, Vec<Value>)> = vec![
            ("check_ins", vec![]),
            ("answers", vec![]),
            ("reflections", vec![]),
            ("self_checks", vec![]),
            ("commitments", vec![]),
            ("commitment_log", vec![]),
        ];
        let mut push = |name: &str, v: Value| {
            if let Some((_, list)) = groups.iter_mut().find(|(n, _)| *n == name) {
                list.push(v);
            }
        };
        for e in rows::all_by(&self.conn, self.me)? {
            let Some(body) = e.body.filter(|_| !e.deleted) else { continue };
            let meta = json!({ "id": e.id, "shared": e.shared, "created_ms": e.created_ms });
            let (group, mut value) = match body {
                EntryBody::CheckIn(c) => ("check_ins", serde_json::to_value(&c)?),
                EntryBody::Answer(a) => {
                    let question = self.program.question(&a.question).map(|q| q.text.clone());
                    (
                        "answers",
                        json!({ "day": a.day, "question_id": a.question, "question": question, "answer": a.text }),
                    )
                }
                EntryBody::Reflection(r) => {
                    let exercise = self.program.exercise(&r.exercise);
                    let parts: Vec<Value> = r
                        .texts
                        .iter()
                        .enumerate()
                        .map(|(i, t)| json!({ "prompt": exercise.and_then(|x| x.prompts.get(i)), "text": t }))
                        .collect();
                    (
                        "reflections",
                        json!({ "day": r.day, "exercise_id": r.exercise, "exercise": exercise.map(|x| &x.title),
                                "step": exercise.map(|x| x.step), "pattern_id": r.pattern, "parts": parts }),
                    )
                }
                EntryBody::SelfCheck(s) => ("self_checks", serde_json::to_value(&s)?),
                EntryBody::Commitment(c) => {
                    let quality = self.program.quality(&c.quality).map(|q| q.name.clone());
                    (
                        "commitments",
                        json!({ "since": c.since, "quality_id": c.quality, "quality": quality, "action": c.action, "active": c.active }),
                    )
                }
                EntryBody::CommitmentLog(l) => ("commitment_log", serde_json::to_value(&l)?),
                EntryBody::Profile(_) => continue,
            };
            if let (Value::Object(v), Value::Object(m)) = (&mut value, meta) {
                v.extend(m);
            }
            push(group, value);
        }
        let profile = self.my_profile()?;
        let mut doc = json!({
            "format": EXPORT_FORMAT_NAME,
            "version": EXPORT_FORMAT_VERSION,
            "exported_at": now.local().to_rfc3339(),
            "me": { "id": self.me, "name": profile.name, "step": profile.step, "step_since": profile.step_since },
            "partner_name": settings.partner_name,
            "settings": {
                "reminder": settings.reminder.map(|r| r.to_string()),
                "share_by_default": settings.share_by_default,
                "theme": settings.theme,
                "text_size": settings.text_size,
            },
        });
        if let Value::Object(map) = &mut doc {
            for (name, list) in groups {
                map.insert(name.to_owned(), Value::Array(list));
            }
        }
        Ok(serde_json::to_string_pretty(&doc)?)
    }
}
