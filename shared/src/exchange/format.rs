//! The exchange document: its name and version, the size limit every file Attune reads shares,
//! the document's shape, and the checks every entry of a file passes before anything is
//! written (fields, texts, shapes, time, authors). Updates and backups are both read through
//! here. The format is specified in `docs/exchange-format.md`.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use crate::clock::{ChangeStamp, Now};
use crate::error::{Error, Result};
use crate::ids::{DeviceId, EntryId, PersonId};
use crate::records::entry::{Entry, EntryBody, EntryKind};
use crate::records::profile::profile_id;
use crate::storage::rows;

/// The name in every update's header.
pub const FORMAT_NAME: &str = "attune-exchange";
/// The exchange format this build writes. Every older version is read; a newer one is refused.
pub const FORMAT_VERSION: u32 = 1;
/// The largest exchange file accepted. Ten years of daily use with long reflections is about
/// 10 MB of JSON; this leaves room while refusing anything absurd before decrypting it.
pub const MAX_FILE_BYTES: usize = 48 * 1024 * 1024;

/// The name in every backup's header.
pub(crate) const BACKUP_FORMAT_NAME: &str = "attune-backup";

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Sender {
    pub person: PersonId,
    pub name: String,
    pub device: DeviceId,
}

/// The document inside an exchange file. Read with typed entries; written with entries whose
/// bodies pass through as stored (`OutgoingEntry`).
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ExchangeDoc<E = Entry> {
    pub format: String,
    pub version: u32,
    pub exported_ms: i64,
    pub sender: Sender,
    pub recipient: Option<PersonId>,
    /// The newest change stamp of the recipient's entries that the sender has imported.
    pub ack: Option<ChangeStamp>,
    pub entries: Vec<E>,
}

/// Just enough of any version's document to know what it is.
#[derive(Deserialize)]
pub(crate) struct Header {
    pub format: String,
    pub version: u32,
}

pub(crate) fn refuse_damaged<T>(_: T) -> Error {
    Error::Damaged
}

/// Reads a decrypted document: name and version first, then every field.
pub(crate) fn parse_doc(plain: &[u8]) -> Result<ExchangeDoc> {
    // It opened with our code, so anything but one of our documents is damaged.
    let header: Header = serde_json::from_slice(plain).map_err(refuse_damaged)?;
    if header.format != FORMAT_NAME {
        return Err(if header.format == BACKUP_FORMAT_NAME { Error::IsBackup } else { Error::Damaged });
    }
    if header.version > FORMAT_VERSION {
        return Err(Error::FromNewerVersion);
    }
    if header.version == 0 {
        return Err(Error::Damaged);
    }
    serde_json::from_slice(plain).map_err(refuse_damaged)
}

/// Why a file that is not sealed can't be imported: a plain copy of an update is told apart
/// from anything else, so the person learns to ask for the sealed one.
pub(crate) fn refuse_unsealed(bytes: &[u8]) -> Error {
    let looks_like_json = bytes.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{');
    match serde_json::from_slice::<Header>(bytes) {
        Ok(header) if looks_like_json && header.format == FORMAT_NAME => Error::PlainUpdate,
        _ => Error::NotAnAttuneFile,
    }
}

/// Checks every entry: written by the sender, well-formed, consistent, no duplicates, and
/// not dated further ahead of this phone's clock than `clock::MAX_AHEAD_MS`.
pub(crate) fn validate_entries(entries: &[Entry], author: Option<PersonId>, now: Now) -> Result<()> {
    let mut seen = HashSet::with_capacity(entries.len());
    let latest_ms = now.latest_believable_ms();
    let latest_day = now.latest_believable_day();
    for e in entries {
        if !seen.insert(e.id) {
            return Err(Error::Damaged);
        }
        if author.is_some_and(|a| e.author != a) {
            return Err(Error::Damaged);
        }
        if e.created_ms < 0 || e.stamp.ms < 0 {
            return Err(Error::Damaged);
        }
        if e.stamp.ms > latest_ms || e.created_ms > latest_ms {
            return Err(Error::ClockAhead);
        }
        match (&e.body, e.deleted) {
            (Some(body), false) => {
                if body.kind() != e.kind {
                    return Err(Error::Damaged);
                }
                body.validate().map_err(refuse_damaged)?;
                if body.day() > latest_day {
                    return Err(Error::ClockAhead);
                }
                if e.kind == EntryKind::Profile && e.id != profile_id(e.author) {
                    return Err(Error::Damaged);
                }
            }
            (None, true) => {}
            _ => return Err(Error::Damaged),
        }
    }
    Ok(())
}

/// Every commitment log refers to a commitment of its own author: one in the same file, or
/// one this phone already holds (a later update may carry only the new log lines).
pub(crate) fn check_commitment_logs(conn: &rusqlite::Connection, entries: &[Entry]) -> Result<()> {
    let commitments: HashSet<(PersonId, EntryId)> =
        entries.iter().filter(|e| e.kind == EntryKind::Commitment).map(|e| (e.author, e.id)).collect();
    for e in entries {
        let Some(EntryBody::CommitmentLog(log)) = &e.body else { continue };
        if commitments.contains(&(e.author, log.commitment)) {
            continue;
        }
        match rows::get_entry(conn, log.commitment)? {
            Some(c) if c.author == e.author && c.kind == EntryKind::Commitment => {}
            _ => return Err(Error::Damaged),
        }
    }
    Ok(())
}
