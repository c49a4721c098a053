//! Errors. `Error` is what a screen (or Kotlin/Swift) sees: each variant is one condition the
//! couple can act on, with the facts it needs as fields (a limit, which field); the catalogue
//! says it as one clear sentence in the couple's language (`locale::Words::error`). The rich
//! causes from SQLite, JSON and the file system are mapped to
//! `Error::Storage` in one place here, keeping what kind of failure it was and its words.

use crate::text::TextProblem;

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Named `AttuneError` so the bindings can export this very type (Kotlin and Swift turn a
/// type called `Error` into one that clashes with their own); the core calls it `Error`.
pub type Error = AttuneError;

#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Error))]
pub enum AttuneError {
    // Files and pairing.
    WrongCode,
    MistypedCode,
    CodeLength { expected: u32, got: u32 },
    WrongPassphrase,
    NotAnAttuneFile,
    Damaged,
    FromNewerVersion,
    OwnUpdate,
    FromSomeoneElse,
    TooLarge,
    IsBackup,
    IsUpdate,
    PlainUpdate,
    ClockAhead,
    BackupOfSomeoneElse,
    BackupPairedElsewhere,
    BackupTooLarge,
    PassphraseTooShort { min_chars: u32 },
    NotPaired,
    AlreadyPaired,

    // Records.
    NotYours,
    NotFound,
    NotSetUp,
    RatingOutOfRange,
    Text { field: TextField, problem: TextProblem },
    NothingWritten,
    WrongNumberOfTexts { expected: u32 },
    PickPattern,
    UnknownContent,
    IncompleteSelfCheck,
    TooManyCommitments { max: u32 },

    // Settings.
    PinFormat { min_digits: u32, max_digits: u32 },
    BadReminderTime,

    // Hard moments.
    PauseLength { min_minutes: u32, max_hours: u32 },
    PactBackTooSoon,

    Storage { kind: StorageKind, detail: String },
}

/// Which text a `TextProblem` is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
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
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum StorageKind {
    Database,
    SchemaUpgrade,
    StoredEntry,
    File,
    /// Encryption, key derivation or the system's randomness.
    Crypto,
}

// `Display` (the English sentence, for logs and tests) is in `locale::said`, beside the words
// it uses: an error does not know the languages.

impl std::error::Error for AttuneError {}

impl Error {
    /// A storage failure of `kind`, in the words of its cause.
    pub fn storage(kind: StorageKind, cause: impl std::fmt::Display) -> Self {
        Self::Storage { kind, detail: cause.to_string() }
    }
}

/// A code read from the camera is refused for what a file would be refused for.
impl From<attune_codes::Refusal> for Error {
    fn from(refusal: attune_codes::Refusal) -> Self {
        match refusal {
            attune_codes::Refusal::NotAnAttuneFile => Error::NotAnAttuneFile,
            attune_codes::Refusal::FromNewerVersion => Error::FromNewerVersion,
            attune_codes::Refusal::Damaged => Error::Damaged,
            attune_codes::Refusal::TooLarge => Error::TooLarge,
        }
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
