//! Errors. `Error` is what a screen (or Kotlin/Swift) sees: each variant is one condition the
//! couple can act on, with the facts it needs as fields (a limit, which field), and reads as
//! one clear sentence. The rich causes from SQLite, JSON and the file system are mapped to
//! `Error::Storage` in one place here, keeping what kind of failure it was and its words.

use thiserror::Error as ThisError;

use crate::text::TextProblem;

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Named `AttuneError` so the bindings can export this very type (Kotlin and Swift turn a
/// type called `Error` into one that clashes with their own); the core calls it `Error`.
pub type Error = AttuneError;

#[derive(Debug, Clone, PartialEq, Eq, ThisError)]
pub enum AttuneError {
    // Files and pairing.
    #[error("That couple code doesn't open this update. Check the code with your partner.")]
    WrongCode,
    #[error("That couple code has a typo. Check each character and try again.")]
    MistypedCode,
    #[error("A couple code has {expected} characters; this one has {got}.")]
    CodeLength { expected: u32, got: u32 },
    #[error("That passphrase doesn't open this backup.")]
    WrongPassphrase,
    #[error("This isn't an Attune file.")]
    NotAnAttuneFile,
    #[error("This file is damaged. Ask for it to be sent again.")]
    Damaged,
    #[error("This file comes from a newer version of Attune. Update Attune to open it.")]
    FromNewerVersion,
    #[error("This is your own update. Send it to your partner; it can't be opened here.")]
    OwnUpdate,
    #[error("This update is from someone other than your partner. To pair with someone new, use Re-pair in Settings.")]
    FromSomeoneElse,
    #[error("This file is too large to be an Attune file.")]
    TooLarge,
    #[error("This is an Attune backup, not an update from your partner. To bring it back, use Restore a backup.")]
    IsBackup,
    #[error("This is an update from your partner, not a backup. Open it on Exchange.")]
    IsUpdate,
    #[error(
        "This is a plain, unencrypted copy of an update. Anyone could have written one, so Attune opens only updates sealed with your couple code. Ask for it to be sent again with Send my update."
    )]
    PlainUpdate,
    #[error(
        "This file is dated more than a day ahead of this phone's clock. One of your phones probably shows the wrong date or time: check both, then send the update again."
    )]
    ClockAhead,
    #[error(
        "This backup belongs to someone else. A backup can be restored only by the person who made it, or on a new phone before setting up."
    )]
    BackupOfSomeoneElse,
    #[error("This backup is paired with someone else. Re-pair in Settings before restoring it.")]
    BackupPairedElsewhere,
    #[error(
        "A backup of everything here would be larger than Attune can restore, so none was made. Export everything as JSON to keep a readable copy."
    )]
    BackupTooLarge,
    #[error("Choose a passphrase of at least {min_chars} characters.")]
    PassphraseTooShort { min_chars: u32 },
    #[error("Pair with your partner first: one of you creates a couple code, the other types it in.")]
    NotPaired,
    #[error("You are already paired. To pair again, use Re-pair in Settings first.")]
    AlreadyPaired,

    // Records.
    #[error("Only your partner can change what they wrote.")]
    NotYours,
    #[error("That entry isn't here any more.")]
    NotFound,
    #[error("Finish setting up Attune first.")]
    NotSetUp,
    #[error("Each rating is from 1 to 5.")]
    RatingOutOfRange,
    #[error("{}", text_sentence(*field, *problem))]
    Text { field: TextField, problem: TextProblem },
    #[error("Write something in at least one box first.")]
    NothingWritten,
    #[error("Each prompt needs its own box: this exercise has {expected}.")]
    WrongNumberOfTexts { expected: u32 },
    #[error("Pick a pattern first.")]
    PickPattern,
    #[error("Attune doesn't know that question, exercise or quality.")]
    UnknownContent,
    #[error("Please answer every statement.")]
    IncompleteSelfCheck,
    #[error("You already have {max} commitments. Finish one before adding another.")]
    TooManyCommitments { max: u32 },

    // Settings.
    #[error("A PIN is {min_digits} to {max_digits} digits.")]
    PinFormat { min_digits: u32, max_digits: u32 },
    #[error("Pick a time between 00:00 and 23:59.")]
    BadReminderTime,

    // Hard moments.
    #[error("A pause lasts at least {min_minutes} minutes, and you come back within {max_hours} hours.")]
    PauseLength { min_minutes: u32, max_hours: u32 },
    #[error("Coming back at the latest can't be sooner than the shortest break.")]
    PactBackTooSoon,

    #[error("Attune couldn't read or save your data ({message}). Nothing was changed.")]
    Storage { kind: StorageKind, message: String },
}

/// Which text a `TextProblem` is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextField {
    MyName,
    PartnerName,
    Appreciation,
    Need,
    Answer,
    Reflection,
    Action,
    GoodNews,
    PactSignal,
    PactCalming,
    PactToHear,
    RepairNote,
    OwnQuestion,
}

/// What kind of storage failure an `Error::Storage` was.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StorageKind {
    Database,
    SchemaUpgrade,
    StoredEntry,
    File,
    /// Encryption, key derivation or the system's randomness.
    Crypto,
}

fn text_sentence(field: TextField, problem: TextProblem) -> String {
    let (what, empty) = match field {
        TextField::MyName => ("Your name", "Please enter your name."),
        TextField::PartnerName => ("Your partner's name", "Please enter your partner's name."),
        TextField::Appreciation => ("The appreciation", "Write the appreciation first."),
        TextField::Need => ("The need", "Write the need first."),
        TextField::Answer => ("The answer", "Write an answer first."),
        TextField::Reflection => ("A reflection", "Write something in at least one box first."),
        TextField::Action => ("The action", "Describe the action you commit to."),
        TextField::GoodNews => ("The good news", "Write the good news first."),
        TextField::PactSignal => ("The signal words", "Write the words either of you says to call a pause."),
        TextField::PactCalming => ("What calms you", "Write what you will do to calm down."),
        TextField::PactToHear => ("What you need to hear", "Write what you need to hear when your partner leaves."),
        TextField::RepairNote => ("The repair note", "Write the note first."),
        TextField::OwnQuestion => ("The question", "Write the question first."),
    };
    match problem {
        TextProblem::Empty => empty.to_owned(),
        TextProblem::TooLong { max_chars } => format!("{what} can be at most {max_chars} characters."),
        problem => format!("{what} {problem}."),
    }
}

impl Error {
    /// A storage failure of `kind`, in the words of its cause.
    pub fn storage(kind: StorageKind, cause: impl std::fmt::Display) -> Self {
        Self::Storage { kind, message: cause.to_string() }
    }
}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        Error::storage(StorageKind::Database, format!("database: {e}"))
    }
}

impl From<rusqlite_migration::Error> for Error {
    fn from(e: rusqlite_migration::Error) -> Self {
        Error::storage(StorageKind::SchemaUpgrade, format!("schema upgrade: {e}"))
    }
}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        Error::storage(StorageKind::File, format!("file: {e}"))
    }
}

impl From<serde_json::Error> for Error {
    fn from(e: serde_json::Error) -> Self {
        Error::storage(StorageKind::StoredEntry, format!("stored entry: {e}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_error_reads_as_a_sentence_with_its_facts() {
        assert_eq!(
            Error::Text { field: TextField::MyName, problem: TextProblem::TooLong { max_chars: 60 } }.to_string(),
            "Your name can be at most 60 characters."
        );
        assert_eq!(
            Error::Text { field: TextField::PartnerName, problem: TextProblem::DirectionControl }.to_string(),
            "Your partner's name contains a character that changes the direction of text."
        );
        assert_eq!(Error::PinFormat { min_digits: 4, max_digits: 8 }.to_string(), "A PIN is 4 to 8 digits.");
        assert_eq!(
            Error::TooManyCommitments { max: 3 }.to_string(),
            "You already have 3 commitments. Finish one before adding another."
        );
        let storage = Error::from(std::io::Error::new(std::io::ErrorKind::StorageFull, "No space left"));
        assert!(matches!(storage, Error::Storage { kind: StorageKind::File, .. }));
        assert!(storage.to_string().contains("No space left"), "the cause's words are kept");
    }
}
