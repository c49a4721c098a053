//! The rows: opening the one SQLite connection and upgrading it, and what touches every
//! table at once (emptying the write-ahead log, a dump for tests). One file per table:
//! `entries`, `settings`, `exchanges` (the history of swaps and the updates waiting to be
//! opened). Functions that write take a `&Transaction` and are called only by `Writer`; those
//! that only read take `Rows`, the read handle features hold.

mod entries;
mod exchanges;
mod settings;

use std::fmt::Write as _;
use std::path::Path;

use rusqlite::Connection;

use super::{Rows, schema};
use crate::error::Result;

pub(crate) use entries::*;
pub use exchanges::Direction;
pub(crate) use exchanges::*;
pub(crate) use settings::*;

/// Opens (creating if needed) and upgrades the database at `path`.
pub(crate) fn open(path: &Path) -> Result<Connection> {
    let mut conn = Connection::open(path)?;
    prepare(&mut conn)?;
    Ok(conn)
}

pub(crate) fn open_in_memory() -> Result<Connection> {
    let mut conn = Connection::open_in_memory()?;
    prepare(&mut conn)?;
    Ok(conn)
}

fn prepare(conn: &mut Connection) -> Result<()> {
    // WAL keeps readers off the writer's back and makes each commit a single append;
    // NORMAL sync in WAL mode cannot corrupt the database, only lose the last commit on
    // power loss, which the couple would simply redo.
    #[cfg(not(target_arch = "wasm32"))]
    {
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
    }
    // In the browser the database is mirrored into IndexedDB by the VFS, which has no shared
    // memory for WAL and writes back asynchronously (it supports only synchronous = OFF).
    #[cfg(target_arch = "wasm32")]
    {
        conn.pragma_update(None, "journal_mode", "DELETE")?;
        conn.pragma_update(None, "synchronous", "OFF")?;
    }
    conn.pragma_update(None, "foreign_keys", "ON")?;
    // A deleted row is overwritten, not left in a free page: what the person removes (an
    // entry, a partner they left) can't be read back from the file.
    conn.pragma_update(None, "secure_delete", "ON")?;
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    schema::upgrade(conn)?;
    Ok(())
}

/// Moves everything in the write-ahead log into the database and empties the log, so pages
/// from before a deletion are not left in it. Nothing to do where there is no log (browser).
#[cfg_attr(target_arch = "wasm32", allow(clippy::unnecessary_wraps))]
pub(crate) fn empty_write_ahead_log(db: Rows<'_>) -> Result<()> {
    let conn = db.0;
    #[cfg(not(target_arch = "wasm32"))]
    conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
    #[cfg(target_arch = "wasm32")]
    let _ = conn;
    Ok(())
}

/// Every row of every table as text, in a stable order: two dumps are equal exactly when the
/// databases hold the same data. Used to prove a failed import changed nothing.
pub(crate) fn dump(db: Rows<'_>) -> Result<Vec<String>> {
    let conn = db.0;
    let mut out = Vec::new();
    for table in ["entries", "settings", "exchanges", "waiting_updates"] {
        let mut stmt = conn.prepare(&format!("SELECT * FROM {table} ORDER BY 1"))?;
        let columns = stmt.column_count();
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let mut line = format!("{table}:");
            for i in 0..columns {
                let v: rusqlite::types::Value = row.get(i)?;
                let _ = write!(line, " {v:?}");
            }
            out.push(line);
        }
    }
    Ok(out)
}
