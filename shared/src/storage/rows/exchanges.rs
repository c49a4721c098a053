//! The `exchanges` and `waiting_updates` tables: the history of swaps (counts, never
//! sentences) and the received updates kept until they can be opened.

use rusqlite::{Transaction, params};
use serde::{Deserialize, Serialize};

use crate::error::Result;
use crate::storage::Rows;

/// Which way a swap went.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum Direction {
    Sent,
    Received,
}

/// A line of history: `counts` is the swap as JSON counts; no sentence is stored.
pub(crate) fn add_history(
    tx: &Transaction<'_>,
    at_ms: i64,
    direction: Direction,
    partner_name: Option<&str>,
    counts: &str,
) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO exchanges (at_ms, direction, partner_name, summary, counts) VALUES (?1, ?2, ?3, '', ?4)",
    )?
    .execute(params![at_ms, serde_json::to_string(&direction)?, partner_name, counts])?;
    Ok(())
}

/// One stored line of history.
pub(crate) struct HistoryRow {
    pub at_ms: i64,
    pub direction: Direction,
    pub partner_name: Option<String>,
    /// The sentence a version-1 phone stored; empty since version 2.
    pub summary: String,
    /// The swap as JSON counts (version 2 on).
    pub counts: Option<String>,
}

/// The newest `limit` lines of the exchange history.
pub(crate) fn history(db: Rows<'_>, limit: usize) -> Result<Vec<HistoryRow>> {
    let conn = db.0;
    let mut stmt = conn.prepare_cached(
        "SELECT at_ms, direction, partner_name, summary, counts FROM exchanges ORDER BY at_ms DESC, id DESC LIMIT ?1",
    )?;
    let limit = i64::try_from(limit).unwrap_or(i64::MAX);
    let rows = stmt
        .query_map([limit], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?, r.get(2)?, r.get(3)?, r.get(4)?)))?;
    let mut out = Vec::new();
    for row in rows {
        let (at_ms, direction, partner_name, summary, counts) = row?;
        out.push(HistoryRow { at_ms, direction: serde_json::from_str(&direction)?, partner_name, summary, counts });
    }
    Ok(out)
}

/// When the last swap in `direction` happened here.
pub(crate) fn last_exchange(db: Rows<'_>, direction: Direction) -> Result<Option<i64>> {
    let conn = db.0;
    Ok(conn
        .prepare_cached("SELECT MAX(at_ms) FROM exchanges WHERE direction = ?1")?
        .query_row([serde_json::to_string(&direction)?], |r| r.get(0))?)
}

pub(crate) fn keep_waiting(tx: &Transaction<'_>, at_ms: i64, reason: &str, digest: &str, bytes: &[u8]) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO waiting_updates (received_ms, reason, digest, bytes) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (digest) DO UPDATE SET reason = excluded.reason",
    )?
    .execute(params![at_ms, reason, digest, bytes])?;
    Ok(())
}

/// The waiting updates, oldest first: id, when received, why waiting.
pub(crate) fn waiting(db: Rows<'_>) -> Result<Vec<(i64, i64, String)>> {
    let conn = db.0;
    let mut stmt =
        conn.prepare_cached("SELECT id, received_ms, reason FROM waiting_updates ORDER BY received_ms, id")?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

pub(crate) fn waiting_bytes(db: Rows<'_>, id: i64) -> Result<Vec<u8>> {
    let conn = db.0;
    Ok(conn.query_row("SELECT bytes FROM waiting_updates WHERE id = ?1", [id], |r| r.get(0))?)
}

pub(crate) fn set_waiting_reason(tx: &Transaction<'_>, id: i64, reason: &str) -> Result<()> {
    tx.execute("UPDATE waiting_updates SET reason = ?1 WHERE id = ?2", params![reason, id])?;
    Ok(())
}

pub(crate) fn forget_waiting(tx: &Transaction<'_>, id: i64) -> Result<()> {
    tx.execute("DELETE FROM waiting_updates WHERE id = ?1", [id])?;
    Ok(())
}

/// Removes the history of swaps and every update waiting to be opened.
pub(crate) fn forget_exchanges(tx: &Transaction<'_>) -> Result<()> {
    tx.execute("DELETE FROM exchanges", [])?;
    tx.execute("DELETE FROM waiting_updates", [])?;
    Ok(())
}

/// How many lines the history of swaps holds.
pub(crate) fn history_count(db: Rows<'_>) -> Result<u32> {
    let conn = db.0;
    Ok(conn.query_row("SELECT COUNT(*) FROM exchanges", [], |r| r.get(0))?)
}
