//! The partner exchange: pairing with a couple code, writing my update (a full snapshot of my
//! shared entries plus tombstones, sealed with the code), and opening my partner's update.
//!
//! Import runs every check before it writes anything: size, decryption, the format name and
//! version, every field of every entry, whose file it is, and who wrote each entry. Only then
//! does one transaction merge the entries, last writer wins per entry on its change stamp.
//! The format is specified in `docs/exchange-format.md`.

use std::collections::HashSet;

use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};

use crate::clock::ChangeStamp;
use crate::clock::Now;
use crate::couple_code::CoupleCode;
use crate::crypto;
use crate::db;
use crate::entry::{Entry, EntryBody, EntryKind, OutgoingEntry};
use crate::error::{Error, Result};
use crate::ids::{DeviceId, EntryId, PersonId};
use crate::profile::{PARTNER, PARTNER_NAME, profile_id};
use crate::text::TextKind;
use crate::{Store, Writer};

pub const FORMAT_NAME: &str = "attune-exchange";
/// The exchange format this build writes. Every older version is read; a newer one is refused.
pub const FORMAT_VERSION: u32 = 1;
/// The largest exchange file accepted. Ten years of daily use with long reflections is about
/// 10 MB of JSON; this leaves room while refusing anything absurd before decrypting it.
pub const MAX_FILE_BYTES: usize = 48 * 1024 * 1024;

const COUPLE_CODE: &str = "couple_code";
const PARTNER_ACK: &str = "partner_ack";
const LAST_RECEIVED_EXPORT: &str = "last_received_export_ms";

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
struct Header {
    format: String,
    version: u32,
}

/// How many entries of each kind an import added, changed or removed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct KindCounts {
    pub check_ins: u32,
    pub answers: u32,
    pub reflections: u32,
    pub self_checks: u32,
    pub commitments: u32,
    pub commitment_logs: u32,
    pub profile: u32,
}

impl KindCounts {
    fn add(&mut self, kind: EntryKind) {
        let slot = match kind {
            EntryKind::CheckIn => &mut self.check_ins,
            EntryKind::Answer => &mut self.answers,
            EntryKind::Reflection => &mut self.reflections,
            EntryKind::SelfCheck => &mut self.self_checks,
            EntryKind::Commitment => &mut self.commitments,
            EntryKind::CommitmentLog => &mut self.commitment_logs,
            EntryKind::Profile => &mut self.profile,
        };
        *slot += 1;
    }

    pub fn total(&self) -> u32 {
        self.check_ins
            + self.answers
            + self.reflections
            + self.self_checks
            + self.commitments
            + self.commitment_logs
            + self.profile
    }

    /// "6 check-ins, 2 reflections, 1 answer" (log lines and profile changes are not news).
    fn describe(&self) -> Vec<String> {
        let mut parts = Vec::new();
        for (n, one, many) in [
            (self.check_ins, "check-in", "check-ins"),
            (self.answers, "answer", "answers"),
            (self.reflections, "reflection", "reflections"),
            (self.self_checks, "self-check", "self-checks"),
            (self.commitments, "commitment", "commitments"),
        ] {
            match n {
                0 => {}
                1 => parts.push(format!("1 {one}")),
                n => parts.push(format!("{n} {many}")),
            }
        }
        parts
    }
}

/// What opening my partner's update did.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportSummary {
    pub partner_name: String,
    pub new: KindCounts,
    pub updated: KindCounts,
    pub removed: KindCounts,
    /// When my partner wrote the update.
    pub exported_ms: i64,
    /// The newest of my changes my partner had when writing it.
    pub ack: Option<ChangeStamp>,
}

impl ImportSummary {
    pub fn changed_anything(&self) -> bool {
        self.new.total() + self.updated.total() + self.removed.total() > 0
    }

    /// One line for the screen: "Sam: 6 new check-ins, 2 reflections, 1 answer".
    pub fn message(&self) -> String {
        let mut sections = Vec::new();
        let new = self.new.describe();
        if !new.is_empty() {
            let parts: Vec<String> =
                new.iter().enumerate().map(|(i, p)| if i == 0 { new_first(p) } else { p.clone() }).collect();
            sections.push(parts.join(", "));
        }
        for (counts, verb) in [(&self.updated, "updated"), (&self.removed, "removed")] {
            let parts = counts.describe();
            if !parts.is_empty() {
                sections.push(format!("{} {verb}", parts.join(", ")));
            }
        }
        if sections.is_empty() {
            return format!("{}: nothing new since the last update.", self.partner_name);
        }
        format!("{}: {}.", self.partner_name, sections.join("; "))
    }
}

fn new_first(part: &str) -> String {
    match part.split_once(' ') {
        Some((n, what)) => format!("{n} new {what}"),
        None => part.to_owned(),
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    Sent,
    Received,
}

/// One line of the exchange history.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExchangeRecord {
    pub at_ms: i64,
    pub direction: Direction,
    pub summary: String,
}

/// The exchange screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExchangeView {
    pub paired: bool,
    /// The code to read out to my partner (or to keep): shown while pairing and in settings.
    pub couple_code: Option<String>,
    pub partner_name: Option<String>,
    pub last_sent_ms: Option<i64>,
    pub last_received_ms: Option<i64>,
    /// When my partner last confirmed having my changes (the ack in their update).
    pub partner_has_mine_until_ms: Option<i64>,
    /// How many of my entries are shared and will travel in my next update.
    pub shared_entries: u32,
    /// Newest first.
    pub history: Vec<ExchangeRecord>,
    /// Updates received before they could be opened, oldest first.
    pub waiting: Vec<crate::WaitingUpdate>,
}

fn refuse_damaged<T>(_: T) -> Error {
    Error::Damaged
}

/// Reads a decrypted document: name and version first, then every field.
fn parse_doc(plain: &[u8]) -> Result<ExchangeDoc> {
    // It opened with our code, so anything but one of our documents is damaged.
    let header: Header = serde_json::from_slice(plain).map_err(refuse_damaged)?;
    if header.format != FORMAT_NAME {
        return Err(if header.format == crate::backup::FORMAT_NAME { Error::IsBackup } else { Error::Damaged });
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
fn refuse_unsealed(bytes: &[u8]) -> Error {
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
        match db::get_entry(conn, log.commitment)? {
            Some(c) if c.author == e.author && c.kind == EntryKind::Commitment => {}
            _ => return Err(Error::Damaged),
        }
    }
    Ok(())
}

impl Writer<'_> {
    /// Merges entries written by someone else (or restored): last writer wins per entry,
    /// tombstones delete. Refuses (and so rolls back everything) if an entry would overwrite
    /// one written by a different person.
    pub(crate) fn merge_entries(&mut self, entries: &[Entry]) -> Result<(KindCounts, KindCounts, KindCounts)> {
        let (mut new, mut updated, mut removed) = (KindCounts::default(), KindCounts::default(), KindCounts::default());
        for incoming in entries {
            match db::get_entry(&self.tx, incoming.id)? {
                Some(local) if local.author != incoming.author => return Err(Error::Damaged),
                Some(local) if incoming.stamp > local.stamp => {
                    match (local.deleted, incoming.deleted) {
                        (false, true) => removed.add(local.kind),
                        (true, false) => new.add(incoming.kind),
                        (false, false) => updated.add(incoming.kind),
                        (true, true) => {}
                    }
                    db::put_entry(&self.tx, &Entry { created_ms: local.created_ms, ..incoming.clone() })?;
                }
                Some(_) => {}
                None => {
                    if !incoming.deleted {
                        new.add(incoming.kind);
                    }
                    db::put_entry(&self.tx, incoming)?;
                }
            }
        }
        Ok((new, updated, removed))
    }

    fn record_exchange(&self, direction: Direction, partner_name: Option<&str>, summary: &str) -> Result<()> {
        self.tx
            .prepare_cached("INSERT INTO exchanges (at_ms, direction, partner_name, summary) VALUES (?1, ?2, ?3, ?4)")?
            .execute(params![self.now.unix_ms, serde_json::to_string(&direction)?, partner_name, summary])?;
        Ok(())
    }
}

impl Store {
    pub(crate) fn couple_code(&self) -> Result<Option<CoupleCode>> {
        let stored: Option<String> = db::setting(&self.conn, COUPLE_CODE)?;
        Ok(stored.and_then(|s| s.parse().ok()))
    }

    /// Creates the couple code for pairing (or returns the one already made), to be read out
    /// to my partner, who types it into their phone.
    pub fn create_couple_code(&mut self) -> Result<CoupleCode> {
        if let Some(code) = self.couple_code()? {
            return Ok(code);
        }
        let code = CoupleCode::generate();
        self.write(|w| db::set_setting(&w.tx, COUPLE_CODE, &code.passphrase().to_owned()))?;
        Ok(code)
    }

    /// Keeps the couple code my partner created. A typo is caught here, before any file is
    /// tried. Changing an existing pairing is a deliberate `re_pair` first.
    pub fn enter_couple_code(&mut self, typed: &str) -> Result<()> {
        let code: CoupleCode = typed.parse()?;
        match self.couple_code()? {
            Some(existing) if existing == code => Ok(()),
            Some(_) => Err(Error::invalid("You are already paired. To pair again, use Re-pair in Settings first.")),
            None => self.write(|w| db::set_setting(&w.tx, COUPLE_CODE, &code.passphrase().to_owned())),
        }
    }

    /// What re-pairing would do, in one sentence for the confirmation dialog.
    pub fn re_pair_consequence(&self) -> Result<String> {
        let name = self.partner_label()?;
        let theirs = match self.partner_id()? {
            Some(p) => db::all_by(&self.conn, p)?.iter().filter(|e| e.is_live()).count(),
            None => 0,
        };
        Ok(format!(
            "Re-pairing forgets the couple code and removes the {theirs} entries {name} shared from this phone. Your own entries stay."
        ))
    }

    /// Forgets the pairing: the couple code, my partner's identity and every entry they
    /// shared. My own entries stay and will travel to whoever I pair with next.
    pub fn re_pair(&mut self) -> Result<()> {
        let partner = self.partner_id()?;
        self.write(|w| {
            if let Some(p) = partner {
                w.tx.execute("DELETE FROM entries WHERE author = ?1", [p])?;
            }
            for key in [COUPLE_CODE, PARTNER, PARTNER_NAME, PARTNER_ACK, LAST_RECEIVED_EXPORT] {
                db::remove_setting(&w.tx, key)?;
            }
            Ok(())
        })
    }

    /// The newest change stamp among my partner's entries here: what I acknowledge having.
    fn my_ack(&self) -> Result<Option<ChangeStamp>> {
        let Some(partner) = self.partner_id()? else { return Ok(None) };
        Ok(self
            .conn
            .prepare_cached(
                "SELECT stamp_ms, stamp_counter, stamp_device FROM entries WHERE author = ?1
                 ORDER BY stamp_ms DESC, stamp_counter DESC, stamp_device DESC LIMIT 1",
            )?
            .query_row([partner], |r| Ok(ChangeStamp { ms: r.get(0)?, counter: r.get(1)?, device: r.get(2)? }))
            .optional()?)
    }

    fn exchange_doc(&self) -> Result<ExchangeDoc<OutgoingEntry>> {
        Ok(ExchangeDoc {
            format: FORMAT_NAME.to_owned(),
            version: FORMAT_VERSION,
            exported_ms: self.clock.now().unix_ms,
            sender: Sender { person: self.me, name: self.my_name()?, device: self.device },
            recipient: self.partner_id()?,
            ack: self.my_ack()?,
            entries: db::outgoing_by(&self.conn, self.me)?,
        })
    }

    /// My update for my partner, sealed with our couple code: the bytes of a `.attune` file.
    /// Nothing is recorded yet: once the file exists where the person put it, the screen calls
    /// `record_update_sent`, so a cancelled save never shows as sent.
    pub fn export_update(&self) -> Result<Vec<u8>> {
        let code = self.couple_code()?.ok_or(Error::NotPaired)?;
        let doc = self.exchange_doc()?;
        crypto::seal_update(&serde_json::to_vec(&doc)?, &code)
    }

    /// My update as plain JSON, to read what I share. It is never importable as an update
    /// (anyone could write one), so it is not recorded as sent.
    pub fn export_update_plain(&self) -> Result<Vec<u8>> {
        Ok(serde_json::to_vec(&self.exchange_doc()?)?)
    }

    /// Records in the history that my update was handed over (saved, shared or downloaded).
    pub fn record_update_sent(&mut self) -> Result<()> {
        let partner = self.partner_name()?;
        let shared: i64 = self.conn.query_row(
            "SELECT COUNT(*) FROM entries WHERE author = ?1 AND shared = 1 AND deleted = 0",
            [self.me],
            |r| r.get(0),
        )?;
        let summary = format!("Sent {shared} shared entries.");
        self.write(|w| w.record_exchange(Direction::Sent, partner.as_deref(), &summary))
    }

    /// Opens my partner's update. Every check runs before anything is written; a refused file
    /// leaves the database exactly as it was. Only a file sealed with our couple code is
    /// imported: the seal is what shows the file comes from my partner.
    pub fn import_update(&mut self, bytes: &[u8]) -> Result<ImportSummary> {
        if bytes.len() > MAX_FILE_BYTES {
            return Err(Error::TooLarge);
        }
        match crypto::sealed_kind(bytes) {
            None => return Err(refuse_unsealed(bytes)),
            Some(crypto::SealedKind::Backup) => return Err(Error::IsBackup),
            Some(_) => {}
        }
        let code = self.couple_code()?.ok_or(Error::NotPaired)?;
        let plain = crypto::open_update(bytes, &code)?;
        self.import_opened(&plain)
    }

    /// Imports the document of an update as if it had been opened with our couple code.
    /// Tests and benchmarks that swap thousands of updates use it (feature `testing`) to skip
    /// the key derivation; the app and the bindings can only reach `import_update`.
    #[cfg(feature = "testing")]
    pub fn import_opened_for_tests(&mut self, plain: &[u8]) -> Result<ImportSummary> {
        self.import_opened(plain)
    }

    fn import_opened(&mut self, plain: &[u8]) -> Result<ImportSummary> {
        let doc = parse_doc(plain)?;
        if crate::text::check(&doc.sender.name, TextKind::Name, true).is_err() || doc.exported_ms < 0 {
            return Err(Error::Damaged);
        }
        let now = self.clock.now();
        let latest = now.latest_believable_ms();
        if doc.exported_ms > latest || doc.ack.is_some_and(|a| a.ms > latest) {
            return Err(Error::ClockAhead);
        }
        if doc.sender.person == self.me {
            return Err(Error::OwnUpdate);
        }
        let partner = self.partner_id()?;
        if partner.is_some_and(|p| p != doc.sender.person) || doc.recipient.is_some_and(|r| r != self.me) {
            return Err(Error::FromSomeoneElse);
        }
        validate_entries(&doc.entries, Some(doc.sender.person), now)?;
        check_commitment_logs(&self.conn, &doc.entries)?;
        self.merge_update(&doc)
    }

    fn merge_update(&mut self, doc: &ExchangeDoc) -> Result<ImportSummary> {
        let partner_name = db::setting::<String>(&self.conn, PARTNER_NAME)?.unwrap_or_else(|| doc.sender.name.clone());
        let previous_export: Option<i64> = db::setting(&self.conn, LAST_RECEIVED_EXPORT)?;
        let previous_ack: Option<ChangeStamp> = db::setting(&self.conn, PARTNER_ACK)?;
        self.write(|w| {
            db::set_setting(&w.tx, PARTNER, &doc.sender.person)?;
            let (new, updated, removed) = w.merge_entries(&doc.entries)?;
            if let Some(ack) = doc.ack
                && previous_ack.is_none_or(|p| ack > p)
            {
                db::set_setting(&w.tx, PARTNER_ACK, &ack)?;
            }
            let summary =
                ImportSummary { partner_name, new, updated, removed, exported_ms: doc.exported_ms, ack: doc.ack };
            // Only a newer update is history; opening the same file again changes nothing.
            if previous_export.is_none_or(|p| doc.exported_ms > p) {
                db::set_setting(&w.tx, LAST_RECEIVED_EXPORT, &doc.exported_ms)?;
                w.record_exchange(Direction::Received, Some(&summary.partner_name), &summary.message())?;
            }
            Ok(summary)
        })
    }

    /// The live shared entries this phone holds of `person`, by id: for me, what my next
    /// update carries; for my partner, what their updates have brought. After a swap both
    /// ways, the two phones agree on both people.
    pub fn shared_snapshot(&self, person: PersonId) -> Result<Vec<Entry>> {
        Ok(db::all_by(&self.conn, person)?.into_iter().filter(|e| e.is_live() && e.shared).collect())
    }

    fn history(&self) -> Result<Vec<ExchangeRecord>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT at_ms, direction, summary FROM exchanges ORDER BY at_ms DESC, id DESC LIMIT 50")?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?)))?;
        let mut out = Vec::new();
        for row in rows {
            let (at_ms, direction, summary) = row?;
            out.push(ExchangeRecord { at_ms, direction: serde_json::from_str(&direction)?, summary });
        }
        Ok(out)
    }

    fn last_of(&self, direction: Direction) -> Result<Option<i64>> {
        Ok(self
            .conn
            .prepare_cached("SELECT MAX(at_ms) FROM exchanges WHERE direction = ?1")?
            .query_row([serde_json::to_string(&direction)?], |r| r.get(0))?)
    }

    pub(crate) fn last_received_ms(&self) -> Result<Option<i64>> {
        self.last_of(Direction::Received)
    }

    pub(crate) fn last_received_day(&self) -> Result<Option<chrono::NaiveDate>> {
        let offset = self.clock.now().offset_minutes;
        Ok(self.last_received_ms()?.map(|ms| crate::clock::Now { unix_ms: ms, offset_minutes: offset }.day()))
    }

    pub fn exchange(&self) -> Result<ExchangeView> {
        let code = self.couple_code()?;
        let ack: Option<ChangeStamp> = db::setting(&self.conn, PARTNER_ACK)?;
        let shared_entries: i64 = self.conn.query_row(
            "SELECT COUNT(*) FROM entries WHERE author = ?1 AND shared = 1 AND deleted = 0 AND kind NOT IN ('profile', 'commitment_log')",
            [self.me],
            |r| r.get(0),
        )?;
        Ok(ExchangeView {
            paired: code.is_some(),
            couple_code: code.map(|c| c.to_string()),
            partner_name: self.partner_name()?,
            last_sent_ms: self.last_of(Direction::Sent)?,
            last_received_ms: self.last_received_ms()?,
            partner_has_mine_until_ms: ack.map(|a| a.ms),
            shared_entries: u32::try_from(shared_entries).unwrap_or(0),
            history: self.history()?,
            waiting: self.waiting_updates()?,
        })
    }
}
