//! What the core hands out as data, put into words: errors, the consistency line, the nudge
//! to swap, what a swap or a restore did, a step's readiness, the kinds of entries, and the
//! phone's reminders. One place per sentence; the screens and the bindings both call these.

use crate::exchange::summary::Swapped;
use crate::locale::{Arg, Words};
use crate::records::journey::Readiness;
use crate::records::today::Nudge;
use crate::text::TextProblem;
use crate::{
    Consistency, EntryKind, Error, ExchangeRecord, ImportSummary, KindCounts, RestoreSummary, StorageKind, TextField,
};

fn field_id(field: TextField) -> &'static str {
    match field {
        TextField::MyName => "my_name",
        TextField::PartnerName => "partner_name",
        TextField::Appreciation => "appreciation",
        TextField::Need => "need",
        TextField::Answer => "answer",
        TextField::Reflection => "reflection",
        TextField::Action => "action",
        TextField::GoodNews => "good_news",
        TextField::PactSignal => "pact_signal",
        TextField::PactCalming => "pact_calming",
        TextField::PactToHear => "pact_to_hear",
        TextField::RepairNote => "repair_note",
        TextField::OwnQuestion => "own_question",
    }
}

fn storage_id(kind: StorageKind) -> &'static str {
    match kind {
        StorageKind::Database => "database",
        StorageKind::SchemaUpgrade => "schema_upgrade",
        StorageKind::StoredEntry => "stored_entry",
        StorageKind::File => "file",
        StorageKind::Crypto => "crypto",
    }
}

impl Words {
    /// What went wrong, as one sentence the couple can act on.
    pub fn error(&self, error: &Error) -> String {
        let n = |v: u32| Arg::from(v);
        let (id, args): (&str, Vec<(&str, Arg<'_>)>) = match error {
            Error::WrongCode => ("error-wrong-code", vec![]),
            Error::MistypedCode => ("error-mistyped-code", vec![]),
            Error::CodeLength { expected, got } => {
                ("error-code-length", vec![("expected", n(*expected)), ("got", n(*got))])
            }
            Error::WrongPassphrase => ("error-wrong-passphrase", vec![]),
            Error::NotAnAttuneFile => ("error-not-attune", vec![]),
            Error::Damaged => ("error-damaged", vec![]),
            Error::FromNewerVersion => ("error-newer-version", vec![]),
            Error::OwnUpdate => ("error-own-update", vec![]),
            Error::FromSomeoneElse => ("error-someone-else", vec![]),
            Error::TooLarge => ("error-too-large", vec![]),
            Error::IsBackup => ("error-is-backup", vec![]),
            Error::IsUpdate => ("error-is-update", vec![]),
            Error::PlainUpdate => ("error-plain-update", vec![]),
            Error::ClockAhead => ("error-clock-ahead", vec![]),
            Error::BackupOfSomeoneElse => ("error-backup-someone-else", vec![]),
            Error::BackupPairedElsewhere => ("error-backup-paired-elsewhere", vec![]),
            Error::BackupTooLarge => ("error-backup-too-large", vec![]),
            Error::PassphraseTooShort { min_chars } => ("error-passphrase-short", vec![("min", n(*min_chars))]),
            Error::NotPaired => ("error-not-paired", vec![]),
            Error::AlreadyPaired => ("error-already-paired", vec![]),
            Error::NotYours => ("error-not-yours", vec![]),
            Error::NotFound => ("error-not-found", vec![]),
            Error::NotSetUp => ("error-not-set-up", vec![]),
            Error::RatingOutOfRange => ("error-rating", vec![]),
            Error::Text { field, problem } => {
                let field: Arg<'_> = field_id(*field).into();
                match problem {
                    TextProblem::Empty => ("error-text-empty", vec![("field", field)]),
                    TextProblem::TooLong { max_chars } => {
                        ("error-text-too-long", vec![("field", field), ("max", n(*max_chars))])
                    }
                    TextProblem::ControlCharacter => ("error-text-control", vec![("field", field)]),
                    TextProblem::DirectionControl => ("error-text-direction", vec![("field", field)]),
                    TextProblem::NotTidy => ("error-text-untidy", vec![("field", field)]),
                }
            }
            Error::NothingWritten => ("error-nothing-written", vec![]),
            Error::WrongNumberOfTexts { expected } => ("error-wrong-texts", vec![("expected", n(*expected))]),
            Error::PickPattern => ("error-pick-pattern", vec![]),
            Error::UnknownContent => ("error-unknown-content", vec![]),
            Error::IncompleteSelfCheck => ("error-incomplete-self-check", vec![]),
            Error::TooManyCommitments { max } => ("error-too-many-commitments", vec![("max", n(*max))]),
            Error::PinFormat { min_digits, max_digits } => {
                ("error-pin-format", vec![("min", n(*min_digits)), ("max", n(*max_digits))])
            }
            Error::BadReminderTime => ("error-reminder-time", vec![]),
            Error::PauseLength { min_minutes, max_hours } => {
                ("error-pause-length", vec![("min", n(*min_minutes)), ("max", n(*max_hours))])
            }
            Error::PactBackTooSoon => ("error-pact-back-too-soon", vec![]),
            Error::Storage { kind, detail } => {
                ("error-storage", vec![("kind", storage_id(*kind).into()), ("cause", detail.as_str().into())])
            }
        };
        self.text(id, &args)
    }

    /// The gentle line about showing up (never a streak).
    pub fn consistency(&self, c: &Consistency) -> String {
        let counted = 7 - c.quiet_7.min(7);
        let id = match (c.last_7, c.quiet_7) {
            (_, 7) => "consistency-quiet-week",
            (0, q) if q >= 1 => "consistency-quiet-days",
            (0, _) if c.last_30 == 0 => "consistency-start",
            (0, _) => "consistency-welcome-back",
            (7, _) => "consistency-every-day",
            (_, 0) => "consistency-of-seven",
            (n, _) if n == counted => "consistency-every-day-but-quiet",
            _ => "consistency-of-counted-but-quiet",
        };
        self.text(
            id,
            &[
                ("shown", c.last_7.into()),
                ("last30", c.last_30.into()),
                ("quiet", c.quiet_7.into()),
                ("counted", counted.into()),
            ],
        )
    }

    /// The nudge on Today to pair or to swap updates.
    pub fn nudge(&self, nudge: &Nudge, partner: &str) -> String {
        match nudge {
            Nudge::Pair => self.text("nudge-pair", &[("partner", partner.into())]),
            Nudge::NoUpdateYet => self.text("nudge-no-update", &[("partner", partner.into())]),
            Nudge::UpdateOld { days } => {
                self.text("nudge-update-old", &[("partner", partner.into()), ("days", (*days).into())])
            }
        }
    }

    /// "6 check-ins, 2 reflections, 1 answer": the kinds with news, in order.
    pub fn kind_counts(&self, counts: &KindCounts) -> Vec<String> {
        counts
            .news()
            .into_iter()
            .map(|(kind, n)| self.text("kind-count", &[("kind", kind.id().into()), ("n", n.into())]))
            .collect()
    }

    fn list(&self, parts: &[String]) -> String {
        parts.join(&self.text("list-separator", &[]))
    }

    /// What opening my partner's update did, in one line: "Sam: 6 new check-ins, 1 answer".
    pub fn import_summary(&self, s: &ImportSummary) -> String {
        self.received(&s.partner_name, &s.new, &s.updated, &s.removed)
    }

    fn received(&self, partner: &str, new: &KindCounts, updated: &KindCounts, removed: &KindCounts) -> String {
        let mut sections = Vec::new();
        for (counts, id) in [(new, "received-new"), (updated, "received-updated"), (removed, "received-removed")] {
            let parts = self.kind_counts(counts);
            if !parts.is_empty() {
                sections.push(self.text(id, &[("what", self.list(&parts).into()), ("n", counts.news_total().into())]));
            }
        }
        if sections.is_empty() {
            return self.text("received-nothing", &[("partner", partner.into())]);
        }
        self.text(
            "received",
            &[("partner", partner.into()), ("what", sections.join(&self.text("section-separator", &[])).into())],
        )
    }

    /// One line of the exchange history.
    pub fn swap_line(&self, record: &ExchangeRecord) -> String {
        let partner = record.partner_name.clone().unwrap_or_else(|| self.text("partner-fallback-start", &[]));
        match &record.swap {
            Some(Swapped::Sent { entries }) => self.text("swap-sent", &[("n", (*entries).into())]),
            Some(Swapped::SentChanges { changes }) => self.text("swap-sent-changes", &[("n", (*changes).into())]),
            Some(Swapped::Received { new, updated, removed }) => self.received(&partner, new, updated, removed),
            None => record.legacy.clone().unwrap_or_default(),
        }
    }

    /// What a restore brought back.
    pub fn restore_summary(&self, s: &RestoreSummary) -> String {
        let (restored, updated) = (s.restored.total(), s.updated.total());
        let done = if restored == 0 && updated == 0 {
            self.text("restore-nothing-new", &[])
        } else {
            self.text("restore-done", &[("restored", restored.into()), ("updated", updated.into())])
        };
        if s.settings_left_out == 0 {
            done
        } else {
            format!("{done} {}", self.text("restore-left-out", &[("count", s.settings_left_out.into())]))
        }
    }

    /// One thing a step asks before moving on.
    pub fn readiness(&self, need: Readiness) -> String {
        let (id, days) = match need {
            Readiness::DaysInStep { days } => ("days_in_step", days),
            Readiness::PatternCheck => ("pattern_check", 0),
            Readiness::RootsMe => ("roots_me", 0),
            Readiness::RootsPartner => ("roots_partner", 0),
            Readiness::CompassionMe => ("compassion_me", 0),
            Readiness::CompassionPartner => ("compassion_partner", 0),
            Readiness::Commitment => ("commitment", 0),
            Readiness::KeptThreeDays => ("kept_three_days", 0),
            Readiness::NeedShared => ("need_shared", 0),
            Readiness::BeliefCheck => ("belief_check", 0),
            Readiness::WhatChanged => ("what_changed", 0),
        };
        self.text("readiness", &[("need", id.into()), ("days", days.into())])
    }

    /// What a kind of entry is called in a list.
    pub fn kind(&self, kind: EntryKind) -> String {
        self.text("kind", &[("kind", kind.id().into())])
    }

    /// My partner's name, or what to call them when none is known, mid-sentence.
    pub fn partner(&self, name: Option<&str>) -> String {
        name.map_or_else(|| self.text("partner-fallback", &[]), str::to_owned)
    }

    /// My partner's name, or what to call them, at the start of a sentence or a label.
    pub fn partner_start(&self, name: Option<&str>) -> String {
        name.map_or_else(|| self.text("partner-fallback-start", &[]), str::to_owned)
    }
}

/// In English, for logs and tests: the screens and the bindings say it in the couple's
/// language with `Words::error`.
impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::Locale::English.words().error(self))
    }
}
