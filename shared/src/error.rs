//! Errors. `Error` is what a screen (or Kotlin/Swift) sees: each variant is something the
//! couple can act on and reads as one clear sentence. `StorageError` keeps the rich causes
//! from SQLite, JSON and the file system; it is mapped to `Error::Storage` in one place here.

use thiserror::Error as ThisError;

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, Clone, PartialEq, Eq, ThisError)]
pub enum Error {
    #[error("That couple code doesn't open this update. Check the code with your partner.")]
    WrongCode,
    #[error("That couple code has a typo. Check each character and try again.")]
    MistypedCode,
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
    #[error(
        "A backup of everything here would be larger than Attune can restore, so none was made. Export everything as JSON to keep a readable copy."
    )]
    BackupTooLarge,
    #[error("Pair with your partner first: one of you creates a couple code, the other types it in.")]
    NotPaired,
    #[error("Only your partner can change what they wrote.")]
    NotYours,
    #[error("That entry isn't here any more.")]
    NotFound,
    #[error("{0}")]
    Invalid(String),
    #[error("Attune couldn't read or save your data ({0}). Nothing was changed.")]
    Storage(String),
}

impl Error {
    pub(crate) fn invalid(message: impl Into<String>) -> Self {
        Self::Invalid(message.into())
    }
}

/// The causes behind `Error::Storage`, kept whole for logs and tests.
#[derive(Debug, ThisError)]
pub(crate) enum StorageError {
    #[error("database: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("schema upgrade: {0}")]
    Migration(#[from] rusqlite_migration::Error),
    #[error("stored entry: {0}")]
    Json(#[from] serde_json::Error),
    #[error("file: {0}")]
    Io(#[from] std::io::Error),
}

impl From<StorageError> for Error {
    fn from(e: StorageError) -> Self {
        Self::Storage(e.to_string())
    }
}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        StorageError::from(e).into()
    }
}

impl From<rusqlite_migration::Error> for Error {
    fn from(e: rusqlite_migration::Error) -> Self {
        StorageError::from(e).into()
    }
}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        StorageError::from(e).into()
    }
}

impl From<serde_json::Error> for Error {
    fn from(e: serde_json::Error) -> Self {
        StorageError::from(e).into()
    }
}
