//! The `entries` table: every entry of both partners (live, or a tombstone), and the
//! queries features and merges read it with.

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, Row, Transaction, params};

use crate::clock::ChangeStamp;
use crate::entry::{Entry, EntryBody, EntryKind, OutgoingEntry};
use crate::error::Result;
use crate::ids::{EntryId, PersonId};
use crate::storage::Rows;

const ENTRY_COLUMNS: &str =
    "id, kind, author, day, created_ms, stamp_ms, stamp_counter, stamp_device, shared, deleted, body";

fn entry_from_row(row: &Row<'_>) -> rusqlite::Result<Entry> {
    let body: Option<String> = row.get(10)?;
    let body = match body {
        Some(json) => Some(
            serde_json::from_str::<EntryBody>(&json)
                .map_err(|e| rusqlite::Error::FromSqlConversionFailure(10, rusqlite::types::Type::Text, Box::new(e)))?,
        ),
        None => None,
    };
    Ok(Entry {
        id: row.get(0)?,
        kind: kind_at(row, 1)?,
        author: row.get(2)?,
        created_ms: row.get(4)?,
        stamp: ChangeStamp { ms: row.get(5)?, counter: row.get(6)?, device: row.get(7)? },
        shared: row.get(8)?,
        deleted: row.get(9)?,
        body,
    })
}

/// Inserts or replaces an entry. `was_shared` remembers that an entry was ever shared, so
/// that un-sharing it later sends a tombstone, while a never-shared entry never leaves the
/// phone in any form.
pub(crate) fn put_entry(tx: &Transaction<'_>, entry: &Entry) -> Result<()> {
    write_entry(
        tx,
        entry,
        "ON CONFLICT (id) DO UPDATE SET
            kind = excluded.kind, day = excluded.day, topic = excluded.topic, stamp_ms = excluded.stamp_ms,
            stamp_counter = excluded.stamp_counter, stamp_device = excluded.stamp_device,
            shared = excluded.shared, was_shared = (was_shared OR excluded.shared),
            deleted = excluded.deleted, body = excluded.body",
    )?;
    Ok(())
}

/// Inserts an entry that must be new: `false` (nothing written) if its id is taken.
pub(crate) fn insert_new_entry(tx: &Transaction<'_>, entry: &Entry) -> Result<bool> {
    Ok(write_entry(tx, entry, "ON CONFLICT (id) DO NOTHING")? == 1)
}

/// One INSERT of `entry`, with `on_conflict` deciding what an existing id does. Returns the
/// number of rows written.
fn write_entry(tx: &Transaction<'_>, entry: &Entry, on_conflict: &str) -> Result<usize> {
    let body = entry.body.as_ref().map(serde_json::to_string).transpose()?;
    // A tombstone keeps no day: day queries only ever look at live entries.
    let day = entry.body.as_ref().map(|b| b.day().to_string()).unwrap_or_default();
    let topic = entry.body.as_ref().and_then(EntryBody::topic);
    let sql = format!(
        "INSERT INTO entries (id, kind, author, day, topic, created_ms, stamp_ms, stamp_counter, stamp_device,
                              shared, was_shared, deleted, body)
         VALUES (?1, ?2, ?3, ?4, ?12, ?5, ?6, ?7, ?8, ?9, ?9, ?10, ?11)
         {on_conflict}"
    );
    Ok(tx.prepare_cached(&sql)?.execute(params![
        entry.id,
        entry.kind.id(),
        entry.author,
        day,
        entry.created_ms,
        entry.stamp.ms,
        entry.stamp.counter,
        entry.stamp.device,
        entry.shared,
        entry.deleted,
        body,
        topic,
    ])?)
}

/// What a merge needs to know of an entry already here: no body.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Held {
    pub author: PersonId,
    pub kind: EntryKind,
    pub created_ms: i64,
    pub stamp: ChangeStamp,
    pub deleted: bool,
}

const HELD_COLUMNS: &str = "id, author, kind, created_ms, stamp_ms, stamp_counter, stamp_device, deleted";

fn held_from_row(row: &Row<'_>) -> rusqlite::Result<(EntryId, Held)> {
    Ok((
        row.get(0)?,
        Held {
            author: row.get(1)?,
            kind: kind_at(row, 2)?,
            created_ms: row.get(3)?,
            stamp: ChangeStamp { ms: row.get(4)?, counter: row.get(5)?, device: row.get(6)? },
            deleted: row.get(7)?,
        },
    ))
}

/// One entry as a merge sees it.
pub(crate) fn held(db: Rows<'_>, id: EntryId) -> Result<Option<Held>> {
    let conn = db.0;
    let sql = format!("SELECT {HELD_COLUMNS} FROM entries WHERE id = ?1");
    Ok(conn.prepare_cached(&sql)?.query_row([id], held_from_row).optional()?.map(|(_, h)| h))
}

/// Every entry of `author` as a merge sees it, in one pass: for merging many at once.
pub(crate) fn held_by(db: Rows<'_>, author: PersonId) -> Result<std::collections::HashMap<EntryId, Held>> {
    let conn = db.0;
    let sql = format!("SELECT {HELD_COLUMNS} FROM entries WHERE author = ?1");
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map([author], held_from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub(crate) fn get_entry(db: Rows<'_>, id: EntryId) -> Result<Option<Entry>> {
    let conn = db.0;
    let sql = format!("SELECT {ENTRY_COLUMNS} FROM entries WHERE id = ?1");
    Ok(conn.prepare_cached(&sql)?.query_row([id], entry_from_row).optional()?)
}

/// Live entries of one kind by one person whose day lies in `from..=to`, oldest day first.
pub(crate) fn entries_between(
    db: Rows<'_>,
    author: PersonId,
    kind: EntryKind,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<Entry>> {
    let conn = db.0;
    let sql = format!(
        "SELECT {ENTRY_COLUMNS} FROM entries
         WHERE author = ?1 AND kind = ?2 AND day >= ?3 AND day <= ?4 AND deleted = 0
         ORDER BY day, created_ms"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(params![author, kind.id(), from.to_string(), to.to_string()], entry_from_row)?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// All live entries of one kind by one person, oldest day first.
pub(crate) fn entries_of(db: Rows<'_>, author: PersonId, kind: EntryKind) -> Result<Vec<Entry>> {
    let conn = db.0;
    let sql = format!(
        "SELECT {ENTRY_COLUMNS} FROM entries WHERE author = ?1 AND kind = ?2 AND deleted = 0 ORDER BY day, created_ms"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(params![author, kind.id()], entry_from_row)?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// Live entries of one kind by one person about one topic (see `EntryBody::topic`), oldest
/// day first.
pub(crate) fn entries_on_topic(db: Rows<'_>, author: PersonId, kind: EntryKind, topic: &str) -> Result<Vec<Entry>> {
    let conn = db.0;
    let sql = format!(
        "SELECT {ENTRY_COLUMNS} FROM entries
         WHERE author = ?1 AND kind = ?2 AND topic = ?3 AND deleted = 0
         ORDER BY day, created_ms"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(params![author, kind.id(), topic], entry_from_row)?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// The newest live entry of one kind by one person (by day, straight from the index).
pub(crate) fn latest_of(db: Rows<'_>, author: PersonId, kind: EntryKind) -> Result<Option<Entry>> {
    let conn = db.0;
    let sql = format!(
        "SELECT {ENTRY_COLUMNS} FROM entries
         WHERE author = ?1 AND kind = ?2 AND deleted = 0
         ORDER BY day DESC LIMIT 1"
    );
    Ok(conn.prepare_cached(&sql)?.query_row(params![author, kind.id()], entry_from_row).optional()?)
}

/// Days (as text, `YYYY-MM-DD`) in `from..=to` on which `author` has a live entry of `kind`.
pub(crate) fn days_with(
    db: Rows<'_>,
    author: PersonId,
    kind: EntryKind,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<NaiveDate>> {
    let conn = db.0;
    let mut stmt = conn.prepare_cached(
        "SELECT DISTINCT day FROM entries
         WHERE author = ?1 AND kind = ?2 AND day >= ?3 AND day <= ?4 AND deleted = 0 ORDER BY day",
    )?;
    let rows =
        stmt.query_map(params![author, kind.id(), from.to_string(), to.to_string()], |r| r.get::<_, String>(0))?;
    let mut days = Vec::new();
    for day in rows {
        if let Ok(d) = day?.parse() {
            days.push(d);
        }
    }
    Ok(days)
}

/// Every entry (live or tombstone) written by `author`, in a stable order.
pub(crate) fn all_by(db: Rows<'_>, author: PersonId) -> Result<Vec<Entry>> {
    let conn = db.0;
    let sql = format!("SELECT {ENTRY_COLUMNS} FROM entries WHERE author = ?1 ORDER BY id");
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map([author], entry_from_row)?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// What leaves the phone in an exchange: shared entries whole, and tombstones (no body) for
/// entries that were shared once and are now deleted or private again. With `since`, only
/// what changed after that stamp (a delta update); the stamp index finds them without reading
/// the rest.
pub(crate) fn outgoing_by(db: Rows<'_>, author: PersonId, since: Option<ChangeStamp>) -> Result<Vec<OutgoingEntry>> {
    let conn = db.0;
    let since_ms = since.map_or(i64::MIN, |s| s.ms);
    let sql = format!(
        "SELECT {ENTRY_COLUMNS} FROM entries WHERE author = ?1 AND stamp_ms >= ?2 AND (shared = 1 OR was_shared = 1)
         ORDER BY id"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(params![author, since_ms], |row| {
        let kind = kind_at(row, 1)?;
        let deleted: bool = row.get(9)?;
        let shared: bool = row.get(8)?;
        let live = shared && !deleted;
        let body = if live {
            row.get::<_, Option<String>>(10)?
                .map(serde_json::value::RawValue::from_string)
                .transpose()
                .map_err(|e| rusqlite::Error::FromSqlConversionFailure(10, rusqlite::types::Type::Text, Box::new(e)))?
        } else {
            None
        };
        Ok(OutgoingEntry {
            id: row.get(0)?,
            kind,
            author: row.get(2)?,
            created_ms: row.get(4)?,
            stamp: ChangeStamp { ms: row.get(5)?, counter: row.get(6)?, device: row.get(7)? },
            shared: live,
            deleted: !live,
            body,
        })
    })?;
    let mut entries = rows.collect::<rusqlite::Result<Vec<_>>>()?;
    if let Some(since) = since {
        // Same millisecond, earlier counter or device: not a change since.
        entries.retain(|e| e.stamp > since);
    }
    Ok(entries)
}

/// How many entries `outgoing_by` would return.
pub(crate) fn outgoing_count(db: Rows<'_>, author: PersonId, since: Option<ChangeStamp>) -> Result<u32> {
    let conn = db.0;
    let since_ms = since.map_or(i64::MIN, |s| s.ms);
    let mut stmt = conn.prepare_cached(
        "SELECT stamp_ms, stamp_counter, stamp_device FROM entries
         WHERE author = ?1 AND stamp_ms >= ?2 AND (shared = 1 OR was_shared = 1)",
    )?;
    let stamps = stmt.query_map(params![author, since_ms], |r| {
        Ok(ChangeStamp { ms: r.get(0)?, counter: r.get(1)?, device: r.get(2)? })
    })?;
    let mut count = 0u32;
    for stamp in stamps {
        let stamp = stamp?;
        if since.is_none_or(|s| stamp > s) {
            count += 1;
        }
    }
    Ok(count)
}

/// How many entries (live or tombstones) of `author` are here.
pub(crate) fn count_by(db: Rows<'_>, author: PersonId) -> Result<usize> {
    let conn = db.0;
    let count: i64 =
        conn.prepare_cached("SELECT COUNT(*) FROM entries WHERE author = ?1")?.query_row([author], |r| r.get(0))?;
    Ok(usize::try_from(count).unwrap_or(usize::MAX))
}

/// Every entry id of `author` here, with its kind and whether it is live.
pub(crate) fn ids_by(db: Rows<'_>, author: PersonId) -> Result<Vec<(EntryId, EntryKind, bool)>> {
    let conn = db.0;
    let mut stmt = conn.prepare_cached("SELECT id, kind, deleted FROM entries WHERE author = ?1")?;
    let rows = stmt.query_map([author], |r| {
        let deleted: bool = r.get(2)?;
        Ok((r.get(0)?, kind_at(r, 1)?, !deleted))
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

fn kind_at(row: &Row<'_>, index: usize) -> rusqlite::Result<EntryKind> {
    let kind: String = row.get(index)?;
    EntryKind::from_id(&kind).ok_or_else(|| {
        rusqlite::Error::FromSqlConversionFailure(
            index,
            rusqlite::types::Type::Text,
            format!("unknown kind {kind}").into(),
        )
    })
}

/// One entry goes, without a tombstone.
pub(crate) fn delete_entry(tx: &Transaction<'_>, id: EntryId) -> Result<()> {
    tx.execute("DELETE FROM entries WHERE id = ?1", [id])?;
    Ok(())
}

/// The newest change stamp of any entry here.
pub(crate) fn newest_stamp(db: Rows<'_>) -> Result<Option<ChangeStamp>> {
    let conn = db.0;
    Ok(conn
        .prepare_cached(
            "SELECT stamp_ms, stamp_counter, stamp_device FROM entries
             ORDER BY stamp_ms DESC, stamp_counter DESC, stamp_device DESC LIMIT 1",
        )?
        .query_row([], |r| Ok(ChangeStamp { ms: r.get(0)?, counter: r.get(1)?, device: r.get(2)? }))
        .optional()?)
}

/// Every entry (live or tombstone) written by `author` goes.
pub(crate) fn delete_entries_by(tx: &Transaction<'_>, author: PersonId) -> Result<()> {
    tx.execute("DELETE FROM entries WHERE author = ?1", [author])?;
    Ok(())
}

/// The newest change stamp among `author`'s entries.
pub(crate) fn newest_stamp_by(db: Rows<'_>, author: PersonId) -> Result<Option<ChangeStamp>> {
    let conn = db.0;
    Ok(conn
        .prepare_cached(
            "SELECT stamp_ms, stamp_counter, stamp_device FROM entries WHERE author = ?1
             ORDER BY stamp_ms DESC, stamp_counter DESC, stamp_device DESC LIMIT 1",
        )?
        .query_row([author], |r| Ok(ChangeStamp { ms: r.get(0)?, counter: r.get(1)?, device: r.get(2)? }))
        .optional()?)
}

/// How many of `author`'s entries are shared and live, counting only the kinds a person
/// writes (`people_kinds`), or every kind.
pub(crate) fn shared_count(db: Rows<'_>, author: PersonId, people_kinds: bool) -> Result<u32> {
    let conn = db.0;
    let sql = if people_kinds {
        "SELECT COUNT(*) FROM entries WHERE author = ?1 AND shared = 1 AND deleted = 0
         AND kind NOT IN ('profile', 'commitment_log')"
    } else {
        "SELECT COUNT(*) FROM entries WHERE author = ?1 AND shared = 1 AND deleted = 0"
    };
    let n: i64 = conn.prepare_cached(sql)?.query_row([author], |r| r.get(0))?;
    Ok(u32::try_from(n).unwrap_or(u32::MAX))
}

/// How many live (not deleted) entries `author` wrote, their profile (their name) aside.
pub(crate) fn count_live_by(db: Rows<'_>, author: PersonId) -> Result<u32> {
    let conn = db.0;
    Ok(conn.query_row(
        "SELECT COUNT(*) FROM entries WHERE author = ?1 AND deleted = 0 AND kind <> ?2",
        params![author, EntryKind::Profile.id()],
        |r| r.get(0),
    )?)
}

/// The newest `limit` live entries of the given kinds by `author`, newest day first. Ordered
/// by day alone so SQLite walks the `(author, kind, day)` index backwards and stops at `limit`
/// instead of sorting years of rows.
pub(crate) fn recent_by(db: Rows<'_>, author: PersonId, kinds: &[EntryKind], limit: usize) -> Result<Vec<Entry>> {
    let conn = db.0;
    let kinds: Vec<String> = kinds.iter().map(|k| format!("'{}'", k.id())).collect();
    let sql = format!(
        "SELECT {ENTRY_COLUMNS} FROM entries
         WHERE author = ?1 AND kind IN ({}) AND deleted = 0
         ORDER BY day DESC LIMIT ?2",
        kinds.join(", ")
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(params![author, i64::try_from(limit).unwrap_or(i64::MAX)], entry_from_row)?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// Days a commitment was logged as kept, and days it was logged at all.
pub(crate) fn commitment_log_counts(db: Rows<'_>, author: PersonId, commitment: EntryId) -> Result<(u32, u32)> {
    let conn = db.0;
    let (kept, logged): (i64, i64) = conn
        .prepare_cached(
            "SELECT COALESCE(SUM(json_extract(body, '$.data.kept')), 0), COUNT(*) FROM entries
             WHERE author = ?1 AND kind = 'commitment_log' AND topic = ?2 AND deleted = 0",
        )?
        .query_row(params![author, commitment.to_string()], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok((u32::try_from(kept).unwrap_or(0), u32::try_from(logged).unwrap_or(0)))
}

/// The newest `limit` live entries of one kind by one person about one topic, newest first.
pub(crate) fn recent_on_topic(
    db: Rows<'_>,
    author: PersonId,
    kind: EntryKind,
    topic: &str,
    limit: usize,
) -> Result<Vec<Entry>> {
    let conn = db.0;
    let sql = format!(
        "SELECT {ENTRY_COLUMNS} FROM entries
         WHERE author = ?1 AND kind = ?2 AND topic = ?3 AND deleted = 0
         ORDER BY day DESC, created_ms DESC LIMIT ?4"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows =
        stmt.query_map(params![author, kind.id(), topic, i64::try_from(limit).unwrap_or(i64::MAX)], entry_from_row)?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}
