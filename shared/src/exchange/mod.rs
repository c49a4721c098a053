//! The partner exchange: pairing with a couple code, writing my update (what changed since my
//! partner last confirmed, or everything I share when there is no confirmation to start from;
//! compressed and sealed with the code), and opening my partner's update.
//!
//! Import runs every check before it writes anything: size, decryption, the format name and
//! version, inflation within its declared size, every field of every entry, whose file it is,
//! and who wrote each entry. Only then does one transaction merge the entries, last writer
//! wins per entry on its change stamp. The format is specified in `docs/exchange-format.md`.

pub(crate) mod couple_code;
pub mod crypto;
pub(crate) mod format;
pub(crate) mod leaving;
pub(crate) mod packing;
pub(crate) mod preview;
pub(crate) mod signing;
pub(crate) mod summary;
pub(crate) mod waiting;

use std::collections::HashSet;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::clock::ChangeStamp;
use crate::entry::{Entry, KindCounts, OutgoingEntry};
use crate::error::{Error, Result};
use crate::exchange::couple_code::CoupleCode;
pub use crate::exchange::format::MAX_FILE_BYTES;
use crate::exchange::format::{
    Ack, Carries, ExchangeDoc, FORMAT_NAME, FORMAT_VERSION, Incoming, Sender, check_commitment_logs, parse_doc,
    refuse_unsealed, validate_entries,
};
pub use crate::exchange::packing::MAX_DOC_BYTES;
pub use crate::exchange::summary::{ImportSummary, Swapped};
use crate::exchange::waiting::WaitingUpdate;
use crate::ids::{DeviceId, PersonId, TimelineId};
use crate::storage::{Merge, rows};
use crate::text::TextKind;
use crate::{Direction, Setting, Store};

/// How many of my partner's replaced timelines this phone remembers.
const RETIRED_TIMELINES_KEPT: usize = 32;

/// Where my partner's newest update stands in their own history: their timeline, and the
/// newest of their changes any update of that timeline carried.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct PartnerNewest {
    pub timeline: TimelineId,
    pub through: Option<ChangeStamp>,
    /// The phone that sent it (absent in what older versions kept): a phone orders its own
    /// timelines by when they were born; two phones' timelines are ordered by which arrived.
    #[serde(default)]
    pub device: Option<DeviceId>,
}

/// One line of the exchange history.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ExchangeRecord {
    pub at_ms: i64,
    pub direction: Direction,
    /// Whom I swapped with, as I named them then.
    pub partner_name: Option<String>,
    /// What the swap did, as counts (`locale::Words::swap_line` says it).
    pub swap: Option<Swapped>,
    /// A version-1 row kept only its English sentence.
    pub legacy: Option<String>,
}

/// The exchange screen.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
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
    /// What my next update carries.
    pub next_update: NextUpdate,
    /// Newest first.
    pub history: Vec<ExchangeRecord>,
    /// Updates received before they could be opened, oldest first.
    pub waiting: Vec<WaitingUpdate>,
}

/// What my next update will carry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct NextUpdate {
    /// `true`: everything I share (my partner has not confirmed a starting point yet, or
    /// confirmed one from before a restore). `false`: only what changed since they confirmed.
    pub whole: bool,
    /// How many entries it carries (changes and deletions included).
    pub entries: u32,
}

impl Store {
    pub(crate) fn couple_code(&self) -> Result<Option<CoupleCode>> {
        let stored: Option<String> = rows::setting(self.rows(), Setting::CoupleCode)?;
        Ok(stored.and_then(|s| s.parse().ok()))
    }

    /// Creates the couple code for pairing (or returns the one already made), to be read out
    /// to my partner, who types it into their phone.
    pub fn create_couple_code(&mut self) -> Result<CoupleCode> {
        if let Some(code) = self.couple_code()? {
            return Ok(code);
        }
        let code = CoupleCode::generate();
        self.write(|w| w.set(Setting::CoupleCode, &code.passphrase().to_owned()))?;
        Ok(code)
    }

    /// Keeps the couple code my partner created. A typo is caught here, before any file is
    /// tried. Changing an existing pairing is a deliberate `re_pair` first.
    pub fn enter_couple_code(&mut self, typed: &str) -> Result<()> {
        let code: CoupleCode = typed.parse()?;
        match self.couple_code()? {
            Some(existing) if existing == code => Ok(()),
            Some(_) => Err(Error::AlreadyPaired),
            None => self.write(|w| w.set(Setting::CoupleCode, &code.passphrase().to_owned())),
        }
    }

    /// What re-pairing would remove, for the confirmation dialog: how many entries my
    /// partner shared are on this phone.
    pub fn re_pair_consequence(&self) -> Result<u32> {
        let theirs = match self.partner_id()? {
            Some(p) => rows::all_by(self.rows(), p)?.iter().filter(|e| e.is_live()).count(),
            None => 0,
        };
        Ok(u32::try_from(theirs).unwrap_or(u32::MAX))
    }

    /// Forgets the pairing: the couple code, my partner's identity and every entry they
    /// shared. My own entries stay and will travel to whoever I pair with next.
    pub fn re_pair(&mut self) -> Result<()> {
        let partner = self.partner_id()?;
        self.write(|w| {
            if let Some(p) = partner {
                w.forget_entries_of(p)?;
            }
            for key in leaving::PAIRING_SETTINGS {
                w.unset(key)?;
            }
            Ok(())
        })
    }

    /// My timeline: made with the install, made anew by a restore.
    fn timeline(&self) -> Result<TimelineId> {
        rows::setting(self.rows(), Setting::Timeline)?.ok_or(Error::NotSetUp)
    }

    /// Where my next update starts: my partner's confirmation, if it belongs to my current
    /// timeline and does not speak of changes I don't have. `None`: the next update is whole.
    fn delta_base(&self, through: Option<ChangeStamp>) -> Result<Option<ChangeStamp>> {
        let timeline = self.timeline()?;
        let base: Option<Ack> = rows::setting(self.rows(), Setting::DeltaBase)?;
        Ok(base.filter(|b| b.timeline == timeline && through.is_some_and(|t| b.through <= t)).map(|b| b.through))
    }

    fn exchange_doc(&self, whole: bool) -> Result<ExchangeDoc<OutgoingEntry>> {
        let through = rows::newest_stamp_by(self.rows(), self.me)?;
        let since = if whole { None } else { self.delta_base(through)? };
        let entries = rows::outgoing_by(self.rows(), self.me, since)?;
        Ok(ExchangeDoc {
            format: FORMAT_NAME.to_owned(),
            version: FORMAT_VERSION,
            exported_ms: self.clock.now().unix_ms,
            sender: Sender { person: self.me, name: self.my_name()?, device: self.device },
            recipient: self.partner_id()?,
            timeline: self.timeline()?,
            full: since.is_none(),
            since,
            through,
            ack: rows::setting(self.rows(), Setting::PartnerChangesThrough)?,
            entries,
        })
    }

    /// What my next update will carry, for the exchange screen.
    pub fn next_update(&self) -> Result<NextUpdate> {
        let since = self.delta_base(rows::newest_stamp_by(self.rows(), self.me)?)?;
        Ok(NextUpdate { whole: since.is_none(), entries: rows::outgoing_count(self.rows(), self.me, since)? })
    }

    /// My update for my partner: what changed since they last confirmed (everything I share
    /// when there is nothing to start from), compressed and sealed with our couple code: the
    /// bytes of a `.attune` file. Nothing is recorded yet: once the file exists where the
    /// person put it, the screen calls `record_update_sent`, so a cancelled save never shows
    /// as sent.
    pub fn export_update(&self) -> Result<Vec<u8>> {
        self.sealed_update(false)
    }

    /// A whole update, whatever my partner confirmed: for when they ask for everything again.
    pub fn export_whole_update(&self) -> Result<Vec<u8>> {
        self.sealed_update(true)
    }

    fn sealed_update(&self, whole: bool) -> Result<Vec<u8>> {
        let code = self.couple_code()?.ok_or(Error::NotPaired)?;
        crypto::seal_update(&self.packed_update(whole)?, &code)
    }

    fn packed_update(&self, whole: bool) -> Result<Vec<u8>> {
        let doc = self.exchange_doc(whole)?;
        let json = serde_json::to_vec(&doc)?;
        let key = self.signing_key()?;
        packing::pack_with(FORMAT_NAME, doc.version, &json, |header| signing::signature_line(&key, header, &json))
    }

    /// What `export_update` seals, unsealed: for tests and benchmarks that swap thousands of
    /// updates without the key derivation (feature `testing`).
    #[cfg(feature = "testing")]
    pub fn export_opened_for_tests(&self, whole: bool) -> Result<Vec<u8>> {
        self.packed_update(whole)
    }

    /// The newest change stamp of `person`'s entries here (feature `testing`).
    #[cfg(feature = "testing")]
    pub fn newest_stamp_of(&self, person: PersonId) -> Result<Option<ChangeStamp>> {
        rows::newest_stamp_by(self.rows(), person)
    }

    /// Packs and signs a document as this phone would seal it (feature `testing`): for tests
    /// that hand-craft a document and need it to pass as signed by this phone.
    #[cfg(feature = "testing")]
    pub fn sign_opened_for_tests(&self, json: &[u8]) -> Result<Vec<u8>> {
        let header: format::Header = serde_json::from_slice(json)?;
        let key = self.signing_key()?;
        packing::pack_with(&header.format, header.version, json, |line| signing::signature_line(&key, line, json))
    }

    /// My next update as plain JSON, to read what I share. It is never importable as an
    /// update (anyone could write one), so it is not recorded as sent.
    pub fn export_update_plain(&self) -> Result<Vec<u8>> {
        Ok(serde_json::to_vec(&self.exchange_doc(false)?)?)
    }

    /// Records in the history that my update was handed over (saved, shared or downloaded).
    pub fn record_update_sent(&mut self) -> Result<()> {
        let partner = self.partner_name()?;
        let next = self.next_update()?;
        let sent = if next.whole {
            Swapped::Sent { entries: rows::shared_count(self.rows(), self.me, false)? }
        } else {
            Swapped::SentChanges { changes: next.entries }
        };
        let counts = serde_json::to_string(&sent)?;
        self.write(|w| w.record_exchange(Direction::Sent, partner.as_deref(), &counts))
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
            // Sealed at another work factor: not one of ours, refused before deriving a key.
            Some(crypto::SealedKind::Other) => return Err(Error::Damaged),
            Some(crypto::SealedKind::Update) => {}
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
        self.import_opened_trusting(plain, None, None)
    }

    /// Imports an opened update. `new_key`: my partner's new phone, accepted by the person
    /// (bound in the same transaction as the merge); `waiting`: the waiting update this is,
    /// forgotten in that transaction too.
    pub(crate) fn import_opened_trusting(
        &mut self,
        plain: &[u8],
        new_key: Option<signing::PublicKey>,
        waiting: Option<i64>,
    ) -> Result<ImportSummary> {
        let doc = parse_doc(plain)?;
        if crate::text::check(&doc.sender.name, TextKind::Name, true).is_err() || doc.exported_ms < 0 {
            return Err(Error::Damaged);
        }
        let now = self.clock.now();
        let latest = now.latest_believable_ms();
        if doc.exported_ms > latest || doc.stamps().any(|s| s.ms > latest) {
            return Err(Error::ClockAhead);
        }
        if doc.sender.person == self.me {
            return Err(Error::OwnUpdate);
        }
        let partner = self.partner_id()?;
        if partner.is_some_and(|p| p != doc.sender.person) || doc.recipient.is_some_and(|r| r != self.me) {
            return Err(Error::FromSomeoneElse);
        }
        // Once my partner's phone is bound, only its signature opens an update: the right code
        // with another key (or none) is someone else.
        if let Some(bound) = new_key.or(self.partner_key()?)
            && doc.signed_by != Some(bound)
        {
            return Err(Error::FromSomeoneElse);
        }
        validate_entries(&doc.entries, Some(doc.sender.person), self.me, now)?;
        doc.check_carried()?;
        let held: Option<Ack> = rows::setting(self.rows(), Setting::PartnerChangesThrough)?;
        check_commitment_logs(self.rows(), &doc.entries, !doc.carries.follows(held))?;
        let digest = crate::ids::hex(&Sha256::digest(plain));
        self.merge_update(&doc, &digest, waiting)
    }

    /// Where `doc` stands among my partner's updates: whether it is their newest so far.
    /// Their updates are ordered by their own history, never by their phone's clock: within
    /// one of their timelines, an update is newest when the newest change it speaks of is at
    /// least the newest change any update so far actually carried (their hybrid clock only
    /// moves forward; a `through` that claims more than its file carries moves nothing), and
    /// a timeline not seen before is newer than every one seen (they restored a backup
    /// since), unless it was already replaced by a later one or the same phone made it before
    /// the one seen (`TimelineId::born_before`: a file of an older restore that arrives late).
    fn partner_standing(&self, doc: &Incoming) -> Result<(bool, Option<PartnerNewest>, Vec<TimelineId>)> {
        let seen: Option<PartnerNewest> = rows::setting(self.rows(), Setting::PartnerNewest)?;
        let mut retired: Vec<TimelineId> =
            rows::setting(self.rows(), Setting::PartnerRetiredTimelines)?.unwrap_or_default();
        // A version-1 update speaks of no timeline: each is taken as it comes.
        let Some(timeline) = doc.carries.timeline() else { return Ok((true, seen, retired)) };
        let through = doc.carries.through();
        let carried = doc.entries.iter().map(|e| e.stamp).max();
        let newest = match seen {
            None => true,
            Some(s) if s.timeline == timeline => through >= s.through,
            // A timeline not seen before is newer unless it was already replaced, or the same
            // phone made it before the one seen (an older restore's file arriving late). Two
            // phones' clocks can't order their timelines: a new phone's is newer, as the person
            // accepted it.
            Some(s) => {
                let made_earlier_here = s.device == Some(doc.sender.device) && timeline.born_before(&s.timeline);
                !(retired.contains(&timeline) || made_earlier_here)
            }
        };
        if !newest {
            return Ok((false, seen, retired));
        }
        if let Some(s) = seen.filter(|s| s.timeline != timeline) {
            retired.push(s.timeline);
            let excess = retired.len().saturating_sub(RETIRED_TIMELINES_KEPT);
            retired.drain(..excess);
        }
        let standing = match seen {
            Some(s) if s.timeline == timeline => {
                PartnerNewest { timeline, through: carried.max(s.through), device: Some(doc.sender.device) }
            }
            _ => PartnerNewest { timeline, through: carried, device: Some(doc.sender.device) },
        };
        Ok((true, Some(standing), retired))
    }

    fn merge_update(&mut self, doc: &Incoming, digest: &str, waiting: Option<i64>) -> Result<ImportSummary> {
        let partner_name =
            rows::setting::<String>(self.rows(), Setting::PartnerName)?.unwrap_or_else(|| doc.sender.name.clone());
        let (newest, standing, retired) = self.partner_standing(doc)?;
        let held: Option<Ack> = rows::setting(self.rows(), Setting::PartnerChangesThrough)?;
        let again = rows::setting::<String>(self.rows(), Setting::LastReceivedDigest)?.is_some_and(|d| d == digest);
        let mut summary = ImportSummary {
            partner_name,
            new: KindCounts::default(),
            updated: KindCounts::default(),
            removed: KindCounts::default(),
            exported_ms: doc.exported_ms,
            ack: doc.ack_stamp,
        };
        // An older update from before my partner's history went back (they restored a
        // backup) speaks of entries they no longer have: nothing in it is news.
        if !newest && held.is_some_and(|h| Some(h.timeline) != doc.carries.timeline()) && waiting.is_none() {
            return Ok(summary);
        }
        let timeline = self.timeline()?;
        // A confirmation can only speak of changes I made: one beyond my newest is no
        // starting point (my next update is whole).
        let mine_through = rows::newest_stamp_by(self.rows(), self.me)?;
        // What this update lets me confirm: the newest change it actually carries, never more
        // than it carries (its own `through` is only its writer's word).
        let carried = doc.entries.iter().map(|e| e.stamp).max();
        self.write(|w| {
            w.set(Setting::Partner, &doc.sender.person)?;
            // Their first signed update binds their phone's key (or the new phone I accepted).
            if let Some(key) = doc.signed_by {
                w.set(Setting::PartnerKey, &key.to_stored())?;
            }
            if let Some(id) = waiting {
                w.forget_waiting(id)?;
            }
            // My partner's newest whole update is their phone as it is now: it is taken as it
            // is, and what it lacks is gone from their phone (they restored an older backup).
            let as_they_are = newest && matches!(doc.carries, Carries::Whole { .. });
            let how = if as_they_are { Merge::AsTheyAre } else { Merge::LastWriterWins };
            (summary.new, summary.updated, summary.removed) = w.merge(&doc.entries, how)?;
            if as_they_are {
                let present: HashSet<_> = doc.entries.iter().map(|e| e.id).collect();
                summary.removed.add_all(&w.keep_only_of(doc.sender.person, &present)?);
            }
            match doc.carries.held_after(held, newest, carried) {
                Some(now_held) if Some(now_held) != held => w.set(Setting::PartnerChangesThrough, &now_held)?,
                Some(_) => {}
                None => w.unset(Setting::PartnerChangesThrough)?,
            }
            if newest {
                // My partner's newest word on what they hold of mine. A confirmation of another
                // timeline of mine (from before my restore), or of changes I never made, starts
                // nothing: my next update is whole.
                let usable = |ack: &Ack| ack.timeline == timeline && mine_through.is_some_and(|t| ack.through <= t);
                match (doc.ack, doc.ack_stamp) {
                    (Some(ack), _) if usable(&ack) => {
                        w.set(Setting::DeltaBase, &ack)?;
                        w.set(Setting::PartnerAck, &ack.through)?;
                    }
                    // A version-1 confirmation is shown, never started from.
                    (None, Some(stamp)) if mine_through.is_some_and(|t| stamp <= t) => {
                        w.unset(Setting::DeltaBase)?;
                        w.set(Setting::PartnerAck, &stamp)?;
                    }
                    _ => {
                        w.unset(Setting::DeltaBase)?;
                        w.unset(Setting::PartnerAck)?;
                    }
                }
                if let Some(standing) = standing {
                    w.set(Setting::PartnerNewest, &standing)?;
                }
                w.set(Setting::PartnerRetiredTimelines, &retired)?;
            }
            // Every update this phone receives is history, at the moment it was received here;
            // the same file opened again is not a second swap.
            if !again {
                w.set(Setting::LastReceivedDigest, &digest)?;
                if newest || summary.changed_anything() {
                    let counts = serde_json::to_string(&summary.swapped())?;
                    w.record_exchange(Direction::Received, Some(&summary.partner_name), &counts)?;
                }
            }
            Ok(summary)
        })
    }

    /// The live shared entries this phone holds of `person`, by id: for me, what my next
    /// update carries; for my partner, what their updates have brought. After a swap both
    /// ways, the two phones agree on both people.
    pub fn shared_snapshot(&self, person: PersonId) -> Result<Vec<Entry>> {
        Ok(rows::all_by(self.rows(), person)?.into_iter().filter(|e| e.is_live() && e.shared).collect())
    }

    fn history(&self) -> Result<Vec<ExchangeRecord>> {
        Ok(rows::history(self.rows(), 50)?
            .into_iter()
            .map(|row| {
                // Counts since version 2; a version-1 row kept its sentence.
                let swap = row.counts.as_deref().and_then(|c| serde_json::from_str::<Swapped>(c).ok());
                let legacy = swap.is_none().then_some(row.summary);
                ExchangeRecord {
                    at_ms: row.at_ms,
                    direction: row.direction,
                    partner_name: row.partner_name,
                    swap,
                    legacy,
                }
            })
            .collect())
    }

    fn last_of(&self, direction: Direction) -> Result<Option<i64>> {
        rows::last_exchange(self.rows(), direction)
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
        let ack: Option<ChangeStamp> = rows::setting(self.rows(), Setting::PartnerAck)?;
        let shared_entries = rows::shared_count(self.rows(), self.me, true)?;
        Ok(ExchangeView {
            paired: code.is_some(),
            couple_code: code.map(|c| c.to_string()),
            partner_name: self.partner_name()?,
            last_sent_ms: self.last_of(Direction::Sent)?,
            last_received_ms: self.last_received_ms()?,
            partner_has_mine_until_ms: ack.map(|a| a.ms),
            shared_entries,
            next_update: self.next_update()?,
            history: self.history()?,
            waiting: self.waiting_updates()?,
        })
    }
}
