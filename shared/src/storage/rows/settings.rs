//! The `settings` table: one JSON value for each key of the settings registry.

use rusqlite::{OptionalExtension, Transaction, params};
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::error::Result;
use crate::storage::Rows;
use crate::storage::setting::Setting;

pub(crate) fn setting<T: DeserializeOwned>(db: Rows<'_>, key: Setting) -> Result<Option<T>> {
    let conn = db.0;
    let value: Option<String> = conn
        .prepare_cached("SELECT value FROM settings WHERE key = ?1")?
        .query_row([key.key()], |r| r.get(0))
        .optional()?;
    match value {
        Some(v) => Ok(Some(serde_json::from_str(&v)?)),
        None => Ok(None),
    }
}

/// Every stored setting: its key and the text stored for it.
pub(crate) fn all_settings(db: Rows<'_>) -> Result<Vec<(String, String)>> {
    let conn = db.0;
    let mut stmt = conn.prepare("SELECT key, value FROM settings ORDER BY key")?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

pub(crate) fn set_setting<T: Serialize>(tx: &Transaction<'_>, key: Setting, value: &T) -> Result<()> {
    let json = serde_json::to_string(value)?;
    tx.prepare_cached(
        "INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
    )?
    .execute(params![key.key(), json])?;
    Ok(())
}

pub(crate) fn remove_setting(tx: &Transaction<'_>, key: Setting) -> Result<()> {
    tx.execute("DELETE FROM settings WHERE key = ?1", [key.key()])?;
    Ok(())
}
