//! A measuring harness, not part of the app: Attune's store in a dedicated worker on either
//! storage the web app could use, `opfs` (SQLite's opfs-sahpool VFS: the database is a file in
//! the origin's private file system, written in place) or `idb` (the relaxed-IndexedDB VFS the
//! app uses: the database in memory, each commit written back to IndexedDB). The page
//! (`page/`) starts a fresh worker for each call, so an open is a cold open.
//! `tests/web-storage/run.sh` builds it and runs the comparison in Chromium.
#![cfg(target_arch = "wasm32")]

use std::sync::Arc;

use attune_core::{CheckInDraft, Markers, Store, SystemClock};
use sqlite_wasm_vfs::{relaxed_idb, sahpool};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

const DATABASE: &str = "attune.sqlite3";

fn fail(e: impl std::fmt::Debug) -> JsValue {
    JsValue::from_str(&format!("{e:?}"))
}

/// Registers the storage's VFS as SQLite's default (the IndexedDB one also loads the database).
async fn install(storage: &str) -> Result<Option<relaxed_idb::RelaxedIdbUtil>, JsValue> {
    match storage {
        "opfs" => {
            sahpool::install::<sqlite_wasm_rs::WasmOsCallback>(&sahpool::OpfsSAHPoolCfg::default(), true)
                .await
                .map_err(fail)?;
            Ok(None)
        }
        "idb" => relaxed_idb::install::<sqlite_wasm_rs::WasmOsCallback>(&relaxed_idb::RelaxedIdbCfg::default(), true)
            .await
            .map(Some)
            .map_err(fail),
        other => Err(JsValue::from_str(&format!("no storage called {other}"))),
    }
}

/// Waits until IndexedDB has every commit (what the app does after each action); OPFS writes
/// in place, so there is nothing to wait for.
async fn written(util: Option<&relaxed_idb::RelaxedIdbUtil>) -> Result<(), JsValue> {
    match util {
        Some(util) => util.delete_db("attune-written-barrier").map_err(fail)?.await.map_err(fail),
        None => Ok(()),
    }
}

fn open() -> Result<Store, JsValue> {
    Store::open(DATABASE, Arc::new(SystemClock)).map_err(fail)
}

/// Restores a backup into the storage; returns the milliseconds it took.
#[wasm_bindgen]
pub async fn restore(storage: String, backup: Vec<u8>, passphrase: String) -> Result<f64, JsValue> {
    let util = install(&storage).await?;
    let started = js_sys::Date::now();
    let mut store = open()?;
    store.restore_backup(&backup, &passphrase).map_err(fail)?;
    drop(store);
    written(util.as_ref()).await?;
    Ok(js_sys::Date::now() - started)
}

/// A cold start: the storage installed, the database opened, Today's view read. Returns
/// `[milliseconds, wasm memory in bytes, today's appreciation or ""]`.
#[wasm_bindgen]
pub async fn open_today(storage: String) -> Result<js_sys::Array, JsValue> {
    let started = js_sys::Date::now();
    install(&storage).await?;
    let store = open()?;
    let today = store.today().map_err(fail)?;
    let took = js_sys::Date::now() - started;
    let memory: js_sys::WebAssembly::Memory = wasm_bindgen::memory().dyn_into()?;
    let bytes = memory.buffer().dyn_into::<js_sys::ArrayBuffer>()?.byte_length();
    let words = today.check_in.and_then(|c| c.appreciation).unwrap_or_default();
    Ok(js_sys::Array::of3(&took.into(), &f64::from(bytes).into(), &words.into()))
}

/// Saves today's check-in with `words` as its appreciation; resolves once it is stored.
#[wasm_bindgen]
pub async fn save(storage: String, words: String) -> Result<(), JsValue> {
    let util = install(&storage).await?;
    let mut store = open()?;
    let markers = Markers { safe: 4, seen: 4, trust: 4, repair: 4, rely: 4 };
    let draft = CheckInDraft {
        connection: 4,
        markers,
        appreciation: Some(words),
        need: None,
        good_news: None,
        kept: Vec::new(),
        answer: None,
        shared: true,
    };
    store.save_check_in(draft).map_err(fail)?;
    written(util.as_ref()).await
}
