//! The exchange document: its name and version, the size limits every file Attune reads
//! shares, the document's shape (version 2, and version 1, which is read forever), what an
//! update carries (everything, or the changes since my partner's confirmation) and the checks
//! every entry of a file passes before anything is written (fields, texts, shapes, time,
//! authors). Updates and backups are both read through here. The format is specified in
//! `docs/exchange-format.md`.

use std::borrow::Cow;
use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use crate::clock::{ChangeStamp, Now};
use crate::entry::{Entry, EntryBody, EntryKind, OutgoingEntry};
use crate::error::{Error, Result};
use crate::exchange::packing;
use crate::exchange::signing::{self, PublicKey};
use crate::ids::{DeviceId, EntryId, PersonId, TimelineId};
use crate::storage::{Rows, rows};

/// The name in every update's header.
pub const FORMAT_NAME: &str = "attune-exchange";
/// The exchange format this build writes (and the newest it reads): version 4, the document of
/// version 3 signed by the phone that wrote it (`signing`). Every older version is read; a
/// newer one is refused ("update Attune"). Updates are always written in version 4: a phone
/// that binds its partner's key must see every update signed.
pub const FORMAT_VERSION: u32 = 4;
/// The first signed version.
pub(crate) const FORMAT_VERSION_SIGNED: u32 = 4;
/// The version before the pause pact, repair notes and the shared hiding of the together grid.
pub(crate) const FORMAT_VERSION_2: u32 = 2;
/// The version that brought them.
pub(crate) const FORMAT_VERSION_3: u32 = 3;
/// The largest sealed file accepted, before anything is decrypted or inflated.
pub const MAX_FILE_BYTES: usize = 48 * 1024 * 1024;

/// The name in every backup's header.
pub(crate) const BACKUP_FORMAT_NAME: &str = "attune-backup";
/// The newest backup format this build writes; version 1 (uncompressed) is read forever.
/// Like updates, a backup is written in the oldest version that can carry it.
pub(crate) const BACKUP_FORMAT_VERSION: u32 = 3;

/// Whether an entry needs format 3: a pause pact, a repair note, a profile that hides the
/// together grid, or a check-in with good news. Everything else reads the same in version 2.
pub(crate) trait SinceVersion {
    fn needs_version_3(&self) -> bool;
}

impl SinceVersion for Entry {
    fn needs_version_3(&self) -> bool {
        match &self.body {
            Some(EntryBody::Pact(_) | EntryBody::RepairNote(_) | EntryBody::OwnQuestion(_)) => true,
            Some(EntryBody::Profile(p)) => p.hides_together,
            Some(EntryBody::CheckIn(c)) => c.good_news.is_some(),
            _ => matches!(self.kind, EntryKind::Pact | EntryKind::RepairNote | EntryKind::OwnQuestion),
        }
    }
}

impl SinceVersion for OutgoingEntry {
    fn needs_version_3(&self) -> bool {
        match (self.kind, &self.body) {
            (EntryKind::Pact | EntryKind::RepairNote | EntryKind::OwnQuestion, _) => true,
            (EntryKind::Profile | EntryKind::CheckIn, Some(raw)) => serde_json::from_str::<EntryBody>(raw.get())
                .is_ok_and(|b| match b {
                    EntryBody::Profile(p) => p.hides_together,
                    EntryBody::CheckIn(c) => c.good_news.is_some(),
                    _ => false,
                }),
            _ => false,
        }
    }
}

/// The oldest format version (2 at least; `newest` at most) that carries `entries`.
pub(crate) fn version_for<E: SinceVersion>(entries: &[E], newest: u32) -> u32 {
    if entries.iter().any(SinceVersion::needs_version_3) { newest } else { FORMAT_VERSION_2 }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Sender {
    pub person: PersonId,
    pub name: String,
    pub device: DeviceId,
}

/// A confirmation: "I hold every change of yours up to `through`, in your timeline
/// `timeline`". My partner's next update to me starts right after it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Ack {
    pub timeline: TimelineId,
    pub through: ChangeStamp,
}

/// The document inside an update, version 2 on (3 and 4 add entry kinds and the signature). Read with typed entries; written with entries
/// whose bodies pass through as stored (`OutgoingEntry`).
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ExchangeDoc<E = Entry> {
    pub format: String,
    pub version: u32,
    pub exported_ms: i64,
    pub sender: Sender,
    pub recipient: Option<PersonId>,
    /// The sender's timeline.
    pub timeline: TimelineId,
    /// `true`: every entry the sender shares or once shared (and what the file lacks, the
    /// sender no longer has). `false`: only what changed after `since`.
    pub full: bool,
    /// The confirmation this delta starts after (`None` in a whole update).
    pub since: Option<ChangeStamp>,
    /// The newest stamp of the sender's own changes when writing (`None`: none yet).
    pub through: Option<ChangeStamp>,
    /// What the sender holds of the recipient's changes.
    pub ack: Option<Ack>,
    pub entries: Vec<E>,
}

/// The version-1 document: always a whole snapshot, with a bare stamp as confirmation.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ExchangeDocV1 {
    #[allow(dead_code)]
    format: String,
    #[allow(dead_code)]
    version: u32,
    exported_ms: i64,
    sender: Sender,
    recipient: Option<PersonId>,
    ack: Option<ChangeStamp>,
    entries: Vec<Entry>,
}

/// What an update carries.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Carries {
    /// A version-1 update: everything shared, but silent on what the sender no longer has.
    Everything,
    /// Every entry the sender holds, in their timeline, up to `through`.
    Whole { timeline: TimelineId, through: Option<ChangeStamp> },
    /// The changes after `since` up to `through`.
    Changes { timeline: TimelineId, since: Option<ChangeStamp>, through: Option<ChangeStamp> },
}

impl Carries {
    pub(crate) fn timeline(self) -> Option<TimelineId> {
        match self {
            Carries::Everything => None,
            Carries::Whole { timeline, .. } | Carries::Changes { timeline, .. } => Some(timeline),
        }
    }

    /// Whether this update continues what the recipient holds (`held`) without a gap: a
    /// whole one always does; a delta when it starts at or before what is held, in the same
    /// timeline.
    pub(crate) fn follows(self, held: Option<Ack>) -> bool {
        match self {
            Carries::Everything | Carries::Whole { .. } => true,
            Carries::Changes { timeline, since, .. } => match held {
                Some(h) => h.timeline == timeline && since.is_none_or(|s| s <= h.through),
                None => since.is_none(),
            },
        }
    }

    /// The newest of the sender's changes this update speaks of (`None`: none, or version 1).
    pub(crate) fn through(self) -> Option<ChangeStamp> {
        match self {
            Carries::Everything => None,
            Carries::Whole { through, .. } | Carries::Changes { through, .. } => through,
        }
    }

    /// How far the recipient holds the sender's changes without a gap after opening this
    /// update, given how far it held them before (`held`), whether it is the sender's newest
    /// update so far, and the newest change the update actually carried (`carried`: never the
    /// update's own word for it). Only a whole update starts a new timeline; a delta counts
    /// only when it starts at or before what is held.
    pub(crate) fn held_after(self, held: Option<Ack>, newest: bool, carried: Option<ChangeStamp>) -> Option<Ack> {
        let extend = |h: Ack, through: Option<ChangeStamp>| Ack {
            through: through.map_or(h.through, |t| t.max(h.through)),
            ..h
        };
        let through = carried;
        match self {
            Carries::Whole { timeline, .. } => match held {
                Some(h) if h.timeline == timeline => Some(extend(h, through)),
                _ if newest || held.is_none() => through.map(|through| Ack { timeline, through }),
                _ => held,
            },
            Carries::Changes { timeline, .. } if self.follows(held) => match held {
                Some(h) => Some(extend(h, through)),
                None => through.map(|through| Ack { timeline, through }),
            },
            // A version-1 update says nothing of timelines; a delta after a gap leaves it.
            Carries::Everything | Carries::Changes { .. } => held,
        }
    }
}

/// An opened update, whatever its version.
#[derive(Debug)]
pub(crate) struct Incoming {
    pub exported_ms: i64,
    pub sender: Sender,
    pub recipient: Option<PersonId>,
    pub carries: Carries,
    /// The newest of my changes the sender confirms (any version), for the screen.
    pub ack_stamp: Option<ChangeStamp>,
    /// A version-2 confirmation, which may start my next delta.
    pub ack: Option<Ack>,
    pub entries: Vec<Entry>,
    /// The key of the phone that signed it (version 4 on; the signature has been checked).
    pub signed_by: Option<PublicKey>,
}

impl Incoming {
    /// Every moment the document speaks of, for the clock check.
    pub(crate) fn stamps(&self) -> impl Iterator<Item = ChangeStamp> + '_ {
        let (since, through) = match self.carries {
            Carries::Everything => (None, None),
            Carries::Whole { through, .. } => (None, through),
            Carries::Changes { since, through, .. } => (since, through),
        };
        since.into_iter().chain(through).chain(self.ack_stamp)
    }

    /// A delta carries only changes after `since` and nothing after `through`; a whole
    /// update nothing after `through`. Anything else was not written by Attune.
    pub(crate) fn check_carried(&self) -> Result<()> {
        let (since, through) = match self.carries {
            Carries::Everything => return Ok(()),
            Carries::Whole { through, .. } => (None, through),
            Carries::Changes { since, through, .. } => (since, through),
        };
        if let (Some(s), Some(t)) = (since, through)
            && s > t
        {
            return Err(Error::Damaged);
        }
        if since.is_some() && through.is_none() {
            return Err(Error::Damaged);
        }
        let outside = |e: &Entry| through.is_none_or(|t| e.stamp > t) || since.is_some_and(|s| e.stamp <= s);
        if self.entries.iter().any(outside) { Err(Error::Damaged) } else { Ok(()) }
    }
}

pub(crate) fn refuse_damaged<T>(_: T) -> Error {
    Error::Damaged
}

/// Just enough of any version's document to know what it is.
#[derive(Deserialize)]
pub(crate) struct Header {
    pub format: String,
    pub version: u32,
}

/// Which document a file should hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Expect {
    Update,
    Backup,
}

impl Expect {
    fn name(self) -> &'static str {
        match self {
            Expect::Update => FORMAT_NAME,
            Expect::Backup => BACKUP_FORMAT_NAME,
        }
    }

    fn newest(self) -> u32 {
        match self {
            Expect::Update => FORMAT_VERSION,
            Expect::Backup => BACKUP_FORMAT_VERSION,
        }
    }

    /// Why a document of another name is refused.
    fn refuse(self, format: &str) -> Error {
        match self {
            Expect::Update if format == BACKUP_FORMAT_NAME => Error::IsBackup,
            Expect::Backup if format == FORMAT_NAME => Error::IsUpdate,
            _ => Error::Damaged,
        }
    }

    fn check(self, format: &str, version: u32) -> Result<()> {
        if format != self.name() {
            return Err(self.refuse(format));
        }
        if version > self.newest() {
            return Err(Error::FromNewerVersion);
        }
        if version == 0 { Err(Error::Damaged) } else { Ok(()) }
    }
}

/// An opened document: its JSON, its version, and the key that signed it (updates from
/// version 4 on, signature checked).
pub(crate) struct Unpacked<'a> {
    pub json: Cow<'a, [u8]>,
    pub version: u32,
    pub signed_by: Option<PublicKey>,
}

/// The JSON document inside opened content: a bare version-1 document as it is, a packed one
/// inflated once its header line is accepted (name, version, declared size). From version 4 an
/// update carries a signature line after the header line, checked against the inflated
/// document. The document's own name and version are checked too, and must match the header's.
pub(crate) fn unpack(content: &[u8], expect: Expect) -> Result<Unpacked<'_>> {
    let (json, packed_version, signed_by) = if packing::is_bare_json(content) {
        (Cow::Borrowed(content), None, None)
    } else {
        let (header, start) = packing::read_header(content)?;
        expect.check(&header.format, header.version)?;
        if expect == Expect::Update && header.version >= FORMAT_VERSION_SIGNED {
            let (line, body) = packing::read_line(&content[start..])?;
            let (key, signature) = signing::read_signature_line(line)?;
            let json = packing::inflate(&header, &content[start + body..])?;
            signing::verify(key, &signature, &content[..start], &json)?;
            (Cow::Owned(json), Some(header.version), Some(key))
        } else {
            (Cow::Owned(packing::inflate(&header, &content[start..])?), Some(header.version), None)
        }
    };
    let header: Header = serde_json::from_slice(&json).map_err(refuse_damaged)?;
    expect.check(&header.format, header.version)?;
    // A packed update of version 4 on is signed (checked above); a bare document, which only a
    // person or a test writes, is unsigned whatever its version, and so opens only where no
    // partner's phone is bound yet.
    if packed_version.is_some_and(|v| v != header.version) {
        return Err(Error::Damaged);
    }
    Ok(Unpacked { json, version: header.version, signed_by })
}

/// Reads an opened update, any version.
pub(crate) fn parse_doc(content: &[u8]) -> Result<Incoming> {
    let Unpacked { json, version, signed_by } = unpack(content, Expect::Update)?;
    if version == 1 {
        let doc: ExchangeDocV1 = serde_json::from_slice(&json).map_err(refuse_damaged)?;
        check_kinds_for_version(&doc.entries, version)?;
        return Ok(Incoming {
            exported_ms: doc.exported_ms,
            sender: doc.sender,
            recipient: doc.recipient,
            carries: Carries::Everything,
            ack_stamp: doc.ack,
            ack: None,
            entries: doc.entries,
            signed_by,
        });
    }
    let doc: ExchangeDoc = serde_json::from_slice(&json).map_err(refuse_damaged)?;
    check_kinds_for_version(&doc.entries, version)?;
    let carries = match (doc.full, doc.since) {
        (true, None) => Carries::Whole { timeline: doc.timeline, through: doc.through },
        (true, Some(_)) => return Err(Error::Damaged),
        (false, since) => Carries::Changes { timeline: doc.timeline, since, through: doc.through },
    };
    Ok(Incoming {
        exported_ms: doc.exported_ms,
        sender: doc.sender,
        recipient: doc.recipient,
        carries,
        ack_stamp: doc.ack.map(|a| a.through),
        ack: doc.ack,
        entries: doc.entries,
        signed_by,
    })
}

/// Why a file that is not sealed can't be imported: a plain copy of an update is told apart
/// from anything else, so the person learns to ask for the sealed one.
pub(crate) fn refuse_unsealed(bytes: &[u8]) -> Error {
    let is_update = if packing::is_bare_json(bytes) {
        serde_json::from_slice::<Header>(bytes).is_ok_and(|h| h.format == FORMAT_NAME)
    } else {
        packing::read_header(bytes).is_ok_and(|(h, _)| h.format == FORMAT_NAME)
    };
    if is_update { Error::PlainUpdate } else { Error::NotAnAttuneFile }
}

/// Entries that only a later format can carry make a file of an earlier version damaged: an
/// older phone never wrote them, so the file was not written by Attune.
pub(crate) fn check_kinds_for_version(entries: &[Entry], version: u32) -> Result<()> {
    if version < FORMAT_VERSION_3 && entries.iter().any(SinceVersion::needs_version_3) {
        return Err(Error::Damaged);
    }
    Ok(())
}

/// Checks every entry: written by the sender, well-formed, consistent, no duplicates, under an
/// id nobody else's person gives (`me` is this phone's person), and not dated further ahead
/// of this phone's clock than `clock::MAX_AHEAD_MS`.
pub(crate) fn validate_entries(entries: &[Entry], author: Option<PersonId>, me: PersonId, now: Now) -> Result<()> {
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
        if e.created_ms < 0 || e.stamp.ms < 0 || e.takes_a_derived_id(me) {
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
            }
            (None, true) => {}
            _ => return Err(Error::Damaged),
        }
    }
    Ok(())
}

/// Every commitment log refers to a commitment of its own author: one in the same file, or
/// one this phone already holds. After a gap (`may_follow`: a delta that starts after what
/// this phone holds, because it restored an older backup) the commitment may also be one
/// this phone lost; it comes back with the whole update that follows. A log never points at
/// someone else's entry.
pub(crate) fn check_commitment_logs(db: Rows<'_>, entries: &[Entry], may_follow: bool) -> Result<()> {
    let commitments: HashSet<(PersonId, EntryId)> =
        entries.iter().filter(|e| e.kind == EntryKind::Commitment).map(|e| (e.author, e.id)).collect();
    for e in entries {
        let Some(EntryBody::CommitmentLog(log)) = &e.body else { continue };
        if commitments.contains(&(e.author, log.commitment)) {
            continue;
        }
        match rows::get_entry(db, log.commitment)? {
            Some(c) if c.author == e.author && c.kind == EntryKind::Commitment => {}
            None if may_follow => {}
            _ => return Err(Error::Damaged),
        }
    }
    Ok(())
}
