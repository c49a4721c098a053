//! The bridge between screens and `attune-core`. The `Store` lives on its own thread (one
//! writer connection), so the UI thread never waits on SQLite: a screen hands it a closure and
//! awaits the answer. In the browser there are no threads; SQLite runs in memory over an
//! IndexedDB-backed VFS, so the closure runs in place.
//!
//! `use_view` loads a view model and reloads it after every successful intent sent through
//! `Actions::run`.

use std::sync::Arc;

use attune_core::{Error, Result, Store};
use dioxus::prelude::*;

#[cfg(not(target_arch = "wasm32"))]
type Job = Box<dyn FnOnce(&mut Option<Store>) + Send>;

/// A handle on the store. Cheap to clone; every clone talks to the same store.
#[derive(Clone)]
pub struct Core {
    inner: Arc<Inner>,
}

impl PartialEq for Core {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.inner, &other.inner)
    }
}

/// A store just opened, told the phone's language.
fn opened(mut store: Store) -> Result<Store> {
    store.set_phone_locale(attune_core::Locale::for_phone(&crate::i18n::phone_languages()))?;
    Ok(store)
}

fn not_open() -> Error {
    Error::storage(attune_core::StorageKind::Database, "the database is not open yet")
}

#[cfg(not(target_arch = "wasm32"))]
struct Inner {
    jobs: std::sync::mpsc::Sender<Job>,
}

#[cfg(not(target_arch = "wasm32"))]
impl Core {
    fn starting_with(initial: Option<Store>) -> Core {
        let (jobs, inbox) = std::sync::mpsc::channel::<Job>();
        std::thread::Builder::new()
            .name("attune-store".into())
            .spawn(move || {
                let mut store = initial;
                while let Ok(job) = inbox.recv() {
                    job(&mut store);
                }
            })
            .expect("the store thread starts");
        Core { inner: Arc::new(Inner { jobs }) }
    }

    async fn with_slot<T: Send + 'static>(
        &self,
        job: impl FnOnce(&mut Option<Store>) -> Result<T> + Send + 'static,
    ) -> Result<T> {
        let (reply, answer) = tokio::sync::oneshot::channel();
        let job: Job = Box::new(move |slot| {
            let _ = reply.send(job(slot));
        });
        self.inner
            .jobs
            .send(job)
            .map_err(|_| Error::storage(attune_core::StorageKind::Database, "the store thread stopped"))?;
        answer.await.map_err(|_| Error::storage(attune_core::StorageKind::Database, "the store thread stopped"))?
    }

    /// Opens the database in the platform's app-data directory.
    pub async fn open(&self) -> Result<()> {
        self.with_slot(|slot| {
            if slot.is_none() {
                let path = attune_core::paths::database_path().ok_or_else(|| {
                    Error::storage(attune_core::StorageKind::Database, "this platform gave no app-data directory")
                })?;
                *slot = Some(opened(Store::open(path, Arc::new(attune_core::SystemClock))?)?);
            }
            Ok(())
        })
        .await
    }
}

#[cfg(target_arch = "wasm32")]
struct Inner {
    store: std::sync::Mutex<Option<Store>>,
}

#[cfg(target_arch = "wasm32")]
impl Core {
    fn starting_with(initial: Option<Store>) -> Core {
        Core { inner: Arc::new(Inner { store: std::sync::Mutex::new(initial) }) }
    }

    #[allow(clippy::unused_async)] // the same signature as on native
    async fn with_slot<T: Send + 'static>(
        &self,
        job: impl FnOnce(&mut Option<Store>) -> Result<T> + Send + 'static,
    ) -> Result<T> {
        let mut slot = self
            .inner
            .store
            .lock()
            .map_err(|_| Error::storage(attune_core::StorageKind::Database, "the store is poisoned"))?;
        job(&mut slot)
    }

    /// Installs the browser's persistent SQLite storage, then opens the database in it.
    pub async fn open(&self) -> Result<()> {
        crate::web_storage::install().await?;
        self.with_slot(|slot| {
            if slot.is_none() {
                let path =
                    attune_core::paths::database_path().unwrap_or_else(|| attune_core::paths::DATABASE_FILE.into());
                *slot = Some(opened(Store::open(path, Arc::new(attune_core::SystemClock))?)?);
            }
            Ok(())
        })
        .await
    }
}

impl Default for Core {
    /// Starts with no database open yet; `open` opens the platform's.
    fn default() -> Core {
        Core::starting_with(None)
    }
}

impl Core {
    /// A handle on an already open store, e.g. one a test or a preview prepared.
    pub fn with_store(store: Store) -> Core {
        Core::starting_with(Some(store))
    }

    /// Runs `job` on the store and returns its answer.
    pub async fn call<T: Send + 'static>(
        &self,
        job: impl FnOnce(&mut Store) -> Result<T> + Send + 'static,
    ) -> Result<T> {
        self.with_slot(|slot| slot.as_mut().ok_or_else(not_open).and_then(job)).await
    }

    /// Deletes the database and every file Attune wrote, then opens a fresh, empty database.
    /// Returns how many files were removed.
    pub async fn delete_all_data(&self) -> Result<u32> {
        let removed = self
            .with_slot(|slot| match slot.take() {
                Some(store) => store.delete_all_data(),
                None => Ok(0),
            })
            .await?;
        #[cfg(target_arch = "wasm32")]
        crate::web_storage::forget_database().await?;
        crate::browser::forget_browser_traces(false).await;
        self.open().await?;
        Ok(removed)
    }
}

/// Bumped after every successful intent, so every view on screen reloads.
#[derive(Clone, Copy)]
pub struct Revision(pub Signal<u64>);

/// What a screen uses to send intents.
#[derive(Clone, Copy)]
pub struct Actions {
    revision: Signal<u64>,
}

impl Actions {
    /// Sends one intent; on success, every view reloads (in the couple's language, which the
    /// intent may have changed).
    pub async fn run<T: Send + 'static>(self, job: impl FnOnce(&mut Store) -> Result<T> + Send + 'static) -> Result<T> {
        let core = consume_context::<Core>();
        let result = core.call(move |s| job(s).map(|answer| (answer, s.locale()))).await.map(|(answer, locale)| {
            crate::i18n::show_language(locale);
            answer
        });
        // In the browser, the commit reaches IndexedDB after SQLite returns: wait for it, so
        // nothing shows as saved that a killed browser would lose.
        #[cfg(target_arch = "wasm32")]
        let result = match result {
            Ok(answer) => crate::web_storage::written().await.map(|()| answer),
            Err(e) => Err(e),
        };
        if result.is_ok() {
            let mut revision = self.revision;
            *revision.write() += 1;
        }
        result
    }

    /// Reloads every view without writing (e.g. after delete-all).
    pub fn refresh(self) {
        let mut revision = self.revision;
        *revision.write() += 1;
    }
}

pub fn use_actions() -> Actions {
    Actions { revision: use_context::<Revision>().0 }
}

/// Loads a view model from the store, and again after every intent.
pub fn use_view<T, F>(view: F) -> Resource<Result<T>>
where
    T: Send + 'static,
    F: Fn(&mut Store) -> Result<T> + Clone + Send + 'static,
{
    let core = use_context::<Core>();
    let revision = use_context::<Revision>().0;
    use_resource(move || {
        let core = core.clone();
        let view = view.clone();
        let _ = revision();
        async move { core.call(view).await }
    })
}
