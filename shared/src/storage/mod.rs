//! Storage: the schema, the rows, the settings registry, the files Attune writes, and
//! `Writer`, the only way anything in the database changes. A `Writer` is one user action's
//! IMMEDIATE transaction; its fields are private to this module, so every feature writes
//! through its methods, which keep the author rule (`save_mine`, `delete_mine`) and the hybrid
//! clock. Every SQL statement lives in this folder.

pub mod files;
pub mod paths;
pub(crate) mod rows;
pub(crate) mod schema;
pub(crate) mod setting;

use std::collections::HashSet;

use chrono::NaiveDate;
use rusqlite::{Connection, Transaction, TransactionBehavior};
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::clock::{ChangeStamp, Now};
use crate::entry::{Entry, EntryBody, KindCounts};
use crate::error::{Error, Result};
use crate::ids::{DeviceId, EntryId, PersonId, TimelineId};
pub use rows::Direction;
pub(crate) use setting::Setting;

/// The one SQLite connection of a store, owned here: features read through [`Rows`] and
/// write through [`Writer`], and neither gives a way to run SQL of one's own.
pub(crate) struct Database(Connection);

impl Database {
    /// Opens (creating if needed) and upgrades the database at `path`.
    pub(crate) fn open(path: &std::path::Path) -> Result<Database> {
        Ok(Database(rows::open(path)?))
    }

    pub(crate) fn open_in_memory() -> Result<Database> {
        Ok(Database(rows::open_in_memory()?))
    }

    /// Closes the connection, so the database's files can be removed (delete everything).
    pub(crate) fn close(self) -> Result<()> {
        self.0.close().map_err(|(_, e)| Error::from(e))
    }
}

/// A read handle on the database: the queries in `rows` take it, and it offers nothing else.
#[derive(Clone, Copy)]
pub(crate) struct Rows<'c>(&'c Connection);

impl Database {
    /// What features read through.
    pub(crate) fn rows(&self) -> Rows<'_> {
        Rows(&self.0)
    }

    /// Runs one user action as one transaction by `me` on `device` at `now`: it commits only if
    /// `action` returns `Ok`. Returns the action's value and who `me` is after it (a restore
    /// brings back the backup's person).
    pub(crate) fn write<T>(
        &mut self,
        now: Now,
        me: PersonId,
        device: DeviceId,
        action: impl FnOnce(&mut Writer<'_>) -> Result<T>,
    ) -> Result<(T, PersonId)> {
        let tx = self.0.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let last_stamp = rows::setting::<ChangeStamp>(Rows(&tx), Setting::LastStamp)?;
        let mut writer = Writer { tx, now, me, device, last_stamp, stamp_moved: false };
        let value = action(&mut writer)?;
        let me = writer.me;
        writer.finish()?;
        Ok((value, me))
    }
}

/// Who this install is: the person and the device, made on first open and kept.
pub(crate) fn identity(db: &mut Database) -> Result<(PersonId, DeviceId)> {
    let tx = db.0.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let me = if let Some(me) = rows::setting::<PersonId>(Rows(&tx), Setting::Me)? {
        me
    } else {
        let me = PersonId::random();
        rows::set_setting(&tx, Setting::Me, &me)?;
        me
    };
    let device = if let Some(device) = rows::setting::<DeviceId>(Rows(&tx), Setting::Device)? {
        device
    } else {
        let device = DeviceId::random();
        rows::set_setting(&tx, Setting::Device, &device)?;
        device
    };
    if !matches!(rows::setting::<TimelineId>(Rows(&tx), Setting::Timeline), Ok(Some(_))) {
        rows::set_setting(&tx, Setting::Timeline, &TimelineId::random())?;
    }
    // Every write starts from the last stamp: one that can't be read is taken again from the
    // entries, so the clock still never goes back.
    if rows::setting::<ChangeStamp>(Rows(&tx), Setting::LastStamp).is_err() {
        match rows::newest_stamp(Rows(&tx))? {
            Some(stamp) => rows::set_setting(&tx, Setting::LastStamp, &stamp)?,
            None => rows::remove_setting(&tx, Setting::LastStamp)?,
        }
    }
    tx.commit()?;
    Ok((me, device))
}

/// Up to this many entries, a merge looks each one up by id; beyond, it reads the authors'
/// entries in one pass.
const MERGE_LOOKUPS: usize = 64;

/// How `Writer::merge` treats an entry this phone already holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Merge {
    /// The newer change stamp wins.
    LastWriterWins,
    /// The incoming entry wins whenever it differs: the sender's phone as it is now.
    AsTheyAre,
}

/// The open transaction of one user action, with the moment it happens and a source of
/// change stamps.
pub(crate) struct Writer<'conn> {
    tx: Transaction<'conn>,
    now: Now,
    me: PersonId,
    device: DeviceId,
    last_stamp: Option<ChangeStamp>,
    stamp_moved: bool,
}

impl Writer<'_> {
    /// Reads inside this action's transaction: what it wrote so far included.
    pub(crate) fn rows(&self) -> Rows<'_> {
        Rows(&self.tx)
    }
}

impl Writer<'_> {
    pub(crate) fn today(&self) -> NaiveDate {
        self.now.day()
    }

    /// The person this action is by.
    pub(crate) fn me(&self) -> PersonId {
        self.me
    }

    /// A fresh stamp, later than anything this phone has made or imported.
    fn stamp(&mut self) -> ChangeStamp {
        let stamp = ChangeStamp::tick(self.last_stamp, self.now.unix_ms, self.device);
        self.last_stamp = Some(stamp);
        self.stamp_moved = true;
        stamp
    }

    /// Lets the clock know about a stamp seen in a partner's update, so my next edit sorts
    /// after it even if their phone's clock runs ahead of mine.
    pub(crate) fn observe(&mut self, seen: ChangeStamp) {
        if self.last_stamp.is_none_or(|last| seen > last) {
            self.last_stamp = Some(seen);
            self.stamp_moved = true;
        }
    }

    /// Creates or updates one of my own entries, tidied and validated. Refuses to touch
    /// anyone else's.
    pub(crate) fn save_mine(&mut self, id: EntryId, body: EntryBody, shared: bool) -> Result<Entry> {
        let body = body.tidied();
        body.validate()?;
        let created_ms = match rows::get_entry(self.rows(), id)? {
            Some(existing) if existing.author != self.me => return Err(Error::NotYours),
            Some(existing) => existing.created_ms,
            None => self.now.unix_ms,
        };
        let entry = Entry {
            id,
            kind: body.kind(),
            author: self.me,
            created_ms,
            stamp: self.stamp(),
            shared,
            deleted: false,
            body: Some(body),
        };
        rows::put_entry(&self.tx, &entry)?;
        Ok(entry)
    }

    /// Deletes one of my entries, leaving a tombstone so the deletion reaches my partner.
    pub(crate) fn delete_mine(&mut self, id: EntryId) -> Result<()> {
        let existing = rows::get_entry(self.rows(), id)?.ok_or(Error::NotFound)?;
        if existing.author != self.me {
            return Err(Error::NotYours);
        }
        if existing.deleted {
            return Ok(());
        }
        let tombstone = Entry { stamp: self.stamp(), deleted: true, body: None, ..existing };
        rows::put_entry(&self.tx, &tombstone)
    }

    /// Merges entries written by someone else (or restored from a backup): last writer wins
    /// per entry, tombstones delete. `Merge::AsTheyAre` takes every entry as it comes, newer
    /// stamp or not: for my partner's newest whole update, which is their phone as it is now
    /// (after they restored a backup, older than what an earlier update brought). Refuses (and
    /// so rolls back everything) if an entry would overwrite one written by a different
    /// person. Returns what was new, updated, removed.
    pub(crate) fn merge(&mut self, entries: &[Entry], how: Merge) -> Result<(KindCounts, KindCounts, KindCounts)> {
        let (mut new, mut updated, mut removed) = (KindCounts::default(), KindCounts::default(), KindCounts::default());
        // A handful of entries (the daily update) are looked up one by one; many (a whole
        // update, a backup) against their authors' entries read in one pass. An id that is
        // not among its author's is inserted only if it is free: it may be someone else's.
        let authors: HashSet<PersonId> = entries.iter().map(|e| e.author).collect();
        let known = if entries.len() > MERGE_LOOKUPS {
            let mut known = std::collections::HashMap::new();
            for author in authors {
                known.extend(rows::held_by(self.rows(), author)?);
            }
            Some(known)
        } else {
            None
        };
        for incoming in entries {
            if incoming.author != self.me && incoming.takes_a_derived_id(self.me) {
                return Err(Error::Damaged);
            }
            let local = match &known {
                Some(known) => known.get(&incoming.id).copied(),
                None => rows::held(self.rows(), incoming.id)?,
            };
            match local {
                Some(local) if local.author != incoming.author => return Err(Error::Damaged),
                Some(local)
                    if incoming.stamp > local.stamp || (how == Merge::AsTheyAre && incoming.stamp != local.stamp) =>
                {
                    match (local.deleted, incoming.deleted) {
                        (false, true) => removed.add(local.kind),
                        (true, false) => new.add(incoming.kind),
                        (false, false) => updated.add(incoming.kind),
                        (true, true) => {}
                    }
                    rows::put_entry(&self.tx, &Entry { created_ms: local.created_ms, ..incoming.clone() })?;
                }
                Some(_) => {}
                None => {
                    if !rows::insert_new_entry(&self.tx, incoming)? {
                        return Err(Error::Damaged);
                    }
                    if !incoming.deleted {
                        new.add(incoming.kind);
                    }
                }
            }
        }
        Ok((new, updated, removed))
    }

    /// Keeps of `person`'s entries only those in `present`: a whole update from my partner
    /// lists everything they still hold, so what it lacks is gone from their phone (they
    /// restored an older backup) and goes from mine too. Returns what was live and went.
    pub(crate) fn keep_only_of(&self, person: PersonId, present: &HashSet<EntryId>) -> Result<KindCounts> {
        if person == self.me {
            return Err(Error::NotYours);
        }
        let mut removed = KindCounts::default();
        // Everything in `present` was just merged, so nothing is missing unless there are more.
        if rows::count_by(self.rows(), person)? <= present.len() {
            return Ok(removed);
        }
        for (id, kind, live) in rows::ids_by(self.rows(), person)? {
            if !present.contains(&id) {
                if live {
                    removed.add(kind);
                }
                rows::delete_entry(&self.tx, id)?;
            }
        }
        Ok(removed)
    }

    /// Starts a new timeline of my history (after a restore): partners' confirmations from
    /// the old one no longer start a delta, so my next update is whole.
    /// The new timeline is born after everything this phone has written or seen, and after
    /// the timeline it replaces, whatever the phone's clock says.
    pub(crate) fn new_timeline(&mut self) -> Result<()> {
        let replaced = rows::setting::<TimelineId>(self.rows(), Setting::Timeline).ok().flatten();
        let after_replaced = replaced.and_then(|t| t.born_ms()).map_or(0, |ms| i64::try_from(ms).unwrap_or(0) + 1);
        let born = self.stamp().ms.max(after_replaced);
        rows::set_setting(&self.tx, Setting::Timeline, &TimelineId::born_at(born))?;
        rows::remove_setting(&self.tx, Setting::DeltaBase)
    }

    /// Removes every entry `person` wrote (my partner's, when re-pairing).
    pub(crate) fn forget_entries_of(&self, person: PersonId) -> Result<()> {
        if person == self.me {
            return Err(Error::NotYours);
        }
        rows::delete_entries_by(&self.tx, person)
    }

    /// This fresh install continues `person` (restoring their backup onto a new phone).
    pub(crate) fn continue_as(&mut self, person: PersonId) -> Result<()> {
        rows::set_setting(&self.tx, Setting::Me, &person)?;
        self.me = person;
        Ok(())
    }

    pub(crate) fn setting<T: DeserializeOwned>(&self, key: Setting) -> Result<Option<T>> {
        rows::setting(self.rows(), key)
    }

    pub(crate) fn set<T: Serialize>(&self, key: Setting, value: &T) -> Result<()> {
        rows::set_setting(&self.tx, key, value)
    }

    pub(crate) fn unset(&self, key: Setting) -> Result<()> {
        rows::remove_setting(&self.tx, key)
    }

    /// A line of the exchange history, at this action's moment: `counts` is the swap as JSON.
    pub(crate) fn record_exchange(&self, direction: Direction, partner_name: Option<&str>, counts: &str) -> Result<()> {
        rows::add_history(&self.tx, self.now.unix_ms, direction, partner_name, counts)
    }

    /// Keeps a received update to open later (once per file content).
    pub(crate) fn keep_waiting(&self, reason: &str, digest: &str, bytes: &[u8]) -> Result<()> {
        rows::keep_waiting(&self.tx, self.now.unix_ms, reason, digest, bytes)
    }

    pub(crate) fn set_waiting_reason(&self, id: i64, reason: &str) -> Result<()> {
        rows::set_waiting_reason(&self.tx, id, reason)
    }

    pub(crate) fn forget_waiting(&self, id: i64) -> Result<()> {
        rows::forget_waiting(&self.tx, id)
    }

    /// Forgets every swap: the history and the updates waiting to be opened (the quiet exit).
    pub(crate) fn forget_exchanges(&self) -> Result<()> {
        rows::forget_exchanges(&self.tx)
    }

    fn finish(self) -> Result<()> {
        if self.stamp_moved
            && let Some(stamp) = self.last_stamp
        {
            rows::set_setting(&self.tx, Setting::LastStamp, &stamp)?;
        }
        self.tx.commit()?;
        Ok(())
    }
}
