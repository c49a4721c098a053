//! The browser's persistent SQLite storage: the relaxed-IndexedDB VFS keeps the database in
//! memory while the app runs and writes each committed page back to IndexedDB, so a reload
//! finds everything where it was. Real SQLite, the same schema and code as on the phones.
//! The write-back runs after SQLite's commit; `written` waits for it, so an action is on disk
//! before the screen says it is saved.

use attune_core::{Error, Result};
use sqlite_wasm_vfs::relaxed_idb::{RelaxedIdbCfg, RelaxedIdbUtil, install as install_vfs};

async fn util() -> Result<RelaxedIdbUtil> {
    install_vfs::<sqlite_wasm_rs::WasmOsCallback>(&RelaxedIdbCfg::default(), true)
        .await
        .map_err(|e| Error::storage(attune_core::StorageKind::Database, format!("browser storage: {e:?}")))
}

/// Registers the IndexedDB VFS as SQLite's default and preloads the stored database.
pub async fn install() -> Result<()> {
    util().await.map(|_| ())
}

/// Resolves once everything committed so far is in IndexedDB. The VFS writes back one commit
/// at a time, in order; the removal of a database that doesn't exist queues behind them, and
/// its completion is the barrier.
pub async fn written() -> Result<()> {
    let fail = |e| Error::storage(attune_core::StorageKind::Database, format!("browser storage: {e:?}"));
    util().await?.delete_db(WRITTEN_BARRIER).map_err(fail)?.await.map_err(fail)
}

/// The name `written` removes: never a database's.
const WRITTEN_BARRIER: &str = "attune-written-barrier";

/// Removes the (closed) database and its journal from IndexedDB and waits until it is gone.
pub async fn forget_database() -> Result<()> {
    let util = util().await?;
    for name in util.list().into_iter().filter(|n| n != WRITTEN_BARRIER) {
        util.delete_db(&name)
            .map_err(|e| Error::storage(attune_core::StorageKind::Database, format!("browser storage: {e:?}")))?
            .await
            .map_err(|e| Error::storage(attune_core::StorageKind::Database, format!("browser storage: {e:?}")))?;
    }
    Ok(())
}
