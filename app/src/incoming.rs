//! Files the operating system hands to Attune: "Open with Attune" or "Share to Attune" on a
//! phone, a file opened with the app on a desktop (a path on its command line, or macOS's
//! open event), a file shared to or opened with the installed web app (its service worker's
//! inbox, the browser's launch queue). Each waits here until the shell can open it: Attune set up and unlocked. The
//! shell then imports it as one action and lands on Exchange with the summary, exactly as if
//! the person had picked the file there.
//!
//! Copies the platform made for Attune (Android's `inbox/`, filled by `MainActivity.kt`; the
//! `Documents/Inbox` iOS copies into) are deleted only once the core has the file's outcome:
//! imported, kept in the database to open later, or refused for a reason the file itself
//! carries. A failure to read or save leaves the copy for the next start. A person's own file
//! is never touched. A `.part` left by a copy that died is removed after ten minutes.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;
#[cfg(not(target_arch = "wasm32"))]
use std::sync::atomic::Ordering;
use std::sync::{Arc, LazyLock, Mutex, PoisonError};

use tokio::sync::Notify;

pub use attune_core::files::INBOX_DIR;
use attune_core::files::{PARTIAL_SUFFIX, STALE_PARTIAL_SECS};

/// A file handed to Attune.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Delivered {
    /// A file on disk.
    File {
        path: PathBuf,
        /// Whether the file is a copy made for Attune (deleted after reading) or the person's own.
        ours: bool,
    },
    /// A file the browser handed to the installed web app, already read (`None`: refused
    /// unread, larger than any Attune file). `inbox` names the service worker's copy of a
    /// shared file, removed once the outcome is kept; a file opened with the app has none.
    Browser { bytes: Option<Vec<u8>>, inbox: Option<String> },
}

/// A queue of handed-over files with a bell that rings when one arrives. The app uses the
/// one `Incoming::system()` the platform's events feed; a test makes its own.
#[derive(Clone, Default)]
pub struct Incoming {
    inner: Arc<Inner>,
}

#[derive(Default)]
struct Inner {
    waiting: Mutex<Vec<Delivered>>,
    arrived: Notify,
    /// Inbox files already handed over: each has a unique name and is opened once.
    inbox_seen: Mutex<HashSet<PathBuf>>,
    /// Whether a thread is waiting for half-copied inbox files to complete.
    #[cfg_attr(target_arch = "wasm32", allow(dead_code))]
    watching: AtomicBool,
}

impl PartialEq for Incoming {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.inner, &other.inner)
    }
}

static SYSTEM: LazyLock<Incoming> = LazyLock::new(Incoming::default);

impl Incoming {
    /// The queue the operating system's hand-overs go to.
    pub fn system() -> Incoming {
        SYSTEM.clone()
    }

    /// Hands a file to Attune; the shell opens it as soon as it can.
    pub fn deliver(&self, path: impl Into<PathBuf>, ours: bool) {
        self.hand_over(Delivered::File { path: path.into(), ours });
    }

    /// Hands over a file the browser gave the web app (see `Delivered::Browser`).
    pub fn deliver_from_browser(&self, bytes: Option<Vec<u8>>, inbox: Option<String>) {
        self.hand_over(Delivered::Browser { bytes, inbox });
    }

    fn hand_over(&self, file: Delivered) {
        let mut waiting = self.inner.waiting.lock().unwrap_or_else(PoisonError::into_inner);
        if !waiting.contains(&file) {
            waiting.push(file);
        }
        drop(waiting);
        self.inner.arrived.notify_one();
    }

    /// The oldest file handed over, taken off the queue.
    pub fn next(&self) -> Option<Delivered> {
        let mut waiting = self.inner.waiting.lock().unwrap_or_else(PoisonError::into_inner);
        (!waiting.is_empty()).then(|| waiting.remove(0))
    }

    /// Every file handed over so far, oldest first; the queue is empty afterwards.
    pub fn take(&self) -> Vec<Delivered> {
        std::mem::take(&mut *self.inner.waiting.lock().unwrap_or_else(PoisonError::into_inner))
    }

    /// Resolves when a file has been handed over since the last `take` (at once if one is waiting).
    pub async fn arrived(&self) {
        self.inner.arrived.notified().await;
    }

    /// Takes the first waiting file that is a backup (told from its header, no passphrase
    /// needed), read and removed from the queue; other files keep waiting. A new phone offers
    /// to restore it before anything else.
    pub fn take_backup(&self) -> Option<(Delivered, Result<Vec<u8>, String>)> {
        let mut waiting = self.inner.waiting.lock().unwrap_or_else(PoisonError::into_inner);
        let at = waiting.iter().position(Delivered::is_backup)?;
        let file = waiting.remove(at);
        drop(waiting);
        let bytes = file.read();
        Some((file, bytes))
    }

    /// Hands over every complete file in `app_data/inbox` (Android's received files) not
    /// handed over before. Returns whether a file is still being copied in (`*.part`).
    pub fn collect_inbox(&self, app_data: &Path) -> bool {
        let Ok(entries) = std::fs::read_dir(app_data.join(INBOX_DIR)) else { return false };
        let (partial, mut complete): (Vec<PathBuf>, Vec<PathBuf>) = entries
            .filter_map(|entry| entry.ok().map(|e| e.path()))
            .filter(|path| path.is_file())
            .partition(|path| path.extension().is_some_and(|ext| ext == PARTIAL_SUFFIX));
        let partial: Vec<PathBuf> = partial.into_iter().filter(|path| !remove_if_stale(path)).collect();
        complete.sort();
        let mut seen = self.inner.inbox_seen.lock().unwrap_or_else(PoisonError::into_inner);
        let new: Vec<PathBuf> = complete.into_iter().filter(|path| seen.insert(path.clone())).collect();
        drop(seen);
        for path in new {
            self.deliver(path, true);
        }
        !partial.is_empty()
    }

    /// Collects the inbox now and, while a file is still being copied in (the Android activity
    /// copies on a background thread, so a large file from a cloud drive can't freeze the
    /// screen), again every 300 ms for up to two minutes. Native platforms only.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn watch_inbox(&self, app_data: PathBuf) {
        if !self.collect_inbox(&app_data) || self.inner.watching.swap(true, Ordering::AcqRel) {
            return;
        }
        let incoming = self.clone();
        std::thread::spawn(move || {
            for _ in 0..400 {
                std::thread::sleep(std::time::Duration::from_millis(300));
                if !incoming.collect_inbox(&app_data) {
                    break;
                }
            }
            incoming.inner.watching.store(false, Ordering::Release);
        });
    }

    /// Hands over the files named on the command line ("Open with Attune" on a desktop).
    pub fn collect_arguments(&self, arguments: impl IntoIterator<Item = std::ffi::OsString>) {
        for path in arguments.into_iter().map(PathBuf::from).filter(|p| p.is_file()) {
            self.deliver(path, false);
        }
    }
}

/// Removes a `.part` file whose copy stopped long ago (the activity died mid-copy). Returns
/// whether it was removed.
fn remove_if_stale(path: &Path) -> bool {
    let age = std::fs::metadata(path).and_then(|m| m.modified()).ok().and_then(|t| t.elapsed().ok());
    age.is_some_and(|age| age.as_secs() > STALE_PARTIAL_SECS) && std::fs::remove_file(path).is_ok()
}

impl Delivered {
    /// Whether the file is an Attune backup, from its first kilobyte.
    pub fn is_backup(&self) -> bool {
        use std::io::Read;
        let mut head = Vec::with_capacity(1024);
        let read = match self {
            Delivered::File { path, .. } => {
                std::fs::File::open(path).and_then(|f| f.take(1024).read_to_end(&mut head)).is_ok()
            }
            Delivered::Browser { bytes: Some(bytes), .. } => {
                head.extend_from_slice(&bytes[..bytes.len().min(1024)]);
                true
            }
            Delivered::Browser { bytes: None, .. } => false,
        };
        read && attune_core::crypto::sealed_kind(&head) == Some(attune_core::crypto::SealedKind::Backup)
    }

    /// Reads the file, refusing one too large to be an Attune file before reading it. The
    /// error is the sentence shown to the person. Attune's own copy stays until `done`.
    pub fn read(&self) -> Result<Vec<u8>, String> {
        let too_large = || crate::i18n::error(&attune_core::Error::TooLarge);
        match self {
            Delivered::File { path, .. } => match std::fs::metadata(path) {
                Ok(meta) if meta.len() > attune_core::MAX_FILE_BYTES as u64 => Err(too_large()),
                Ok(_) => std::fs::read(path).map_err(|e| t!("incoming-could-not-read", cause = e.to_string())),
                Err(e) => Err(t!("incoming-could-not-read", cause = e.to_string())),
            },
            Delivered::Browser { bytes: Some(bytes), .. } if bytes.len() <= attune_core::MAX_FILE_BYTES => {
                Ok(bytes.clone())
            }
            Delivered::Browser { .. } => Err(too_large()),
        }
    }

    /// The file's outcome is known and kept (imported, waiting in the database, or refused for
    /// what it is): Attune's own copy is removed. The person's own file stays.
    pub fn done(&self) {
        match self {
            Delivered::File { path, ours: true } => {
                let _ = std::fs::remove_file(path);
            }
            Delivered::Browser { inbox: Some(key), .. } => crate::browser::forget_received(key),
            Delivered::File { ours: false, .. } | Delivered::Browser { inbox: None, .. } => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inbox_hands_over_complete_files_and_only_done_removes_our_copy() {
        let dir = std::env::temp_dir().join(format!("attune-inbox-{}", std::process::id()));
        let inbox = dir.join(INBOX_DIR);
        std::fs::create_dir_all(&inbox).unwrap();
        std::fs::write(inbox.join("1.attune"), b"sealed").unwrap();
        std::fs::write(inbox.join("2.attune.part"), b"half").unwrap();
        let incoming = Incoming::default();
        assert!(incoming.collect_inbox(&dir), "a file is still being copied in");
        let files = incoming.take();
        assert_eq!(files, vec![Delivered::File { path: inbox.join("1.attune"), ours: true }]);
        assert_eq!(files[0].read().unwrap(), b"sealed");
        assert!(inbox.join("1.attune").exists(), "our copy stays until its outcome is known");
        files[0].done();
        assert!(!inbox.join("1.attune").exists(), "our copy is gone once done");
        assert!(inbox.join("2.attune.part").exists(), "a half-written file is left for later");
        std::fs::write(inbox.join("1.attune"), b"a second copy under the same name").unwrap();
        incoming.collect_inbox(&dir);
        assert!(incoming.take().is_empty(), "an inbox file is handed over once");
        std::fs::remove_file(inbox.join("1.attune")).unwrap();

        let own = dir.join("mine.attune");
        std::fs::write(&own, b"mine").unwrap();
        incoming.collect_arguments([own.clone().into_os_string(), dir.join("missing.attune").into_os_string()]);
        incoming.collect_arguments([own.clone().into_os_string()]);
        let files = incoming.take();
        assert_eq!(
            files,
            vec![Delivered::File { path: own.clone(), ours: false }],
            "missing paths and repeats are dropped"
        );
        assert_eq!(files[0].read().unwrap(), b"mine");
        files[0].done();
        assert!(own.exists(), "the person's own file is never deleted");

        let huge = dir.join("huge.attune");
        std::fs::File::create(&huge).unwrap().set_len(attune_core::MAX_FILE_BYTES as u64 + 1).unwrap();
        let error = Delivered::File { path: huge, ours: false }.read().unwrap_err();
        assert_eq!(error, attune_core::Error::TooLarge.to_string());
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn files_from_the_browser_are_read_as_handed_over_and_refused_unread_when_too_large() {
        let incoming = Incoming::default();
        incoming.deliver_from_browser(Some(b"sealed".to_vec()), Some("/inbox/1-0".into()));
        incoming.deliver_from_browser(Some(b"sealed".to_vec()), Some("/inbox/1-0".into()));
        incoming.deliver_from_browser(None, None);
        incoming.deliver_from_browser(Some(vec![0; attune_core::MAX_FILE_BYTES + 1]), None);
        let files = incoming.take();
        assert_eq!(files.len(), 3, "the same inbox copy is handed over once");
        assert_eq!(files[0].read().unwrap(), b"sealed");
        let too_large = attune_core::Error::TooLarge.to_string();
        assert_eq!(files[1].read().unwrap_err(), too_large, "refused unread by the page");
        assert_eq!(files[2].read().unwrap_err(), too_large);
        assert!(!files[0].is_backup());

        let mut store = attune_core::Store::open_in_memory(std::sync::Arc::new(attune_core::SystemClock)).unwrap();
        store.set_up("Alex", Some("Sam"), None).unwrap();
        let backup = store.backup("a long passphrase").unwrap();
        incoming.deliver_from_browser(Some(backup.clone()), None);
        incoming.deliver_from_browser(Some(b"sealed".to_vec()), None);
        let (file, bytes) = incoming.take_backup().expect("a backup is told from its header");
        assert_eq!(bytes.unwrap(), backup);
        assert!(file.is_backup());
        assert_eq!(incoming.take().len(), 1, "the update keeps waiting");
    }

    #[test]
    fn a_half_copied_file_left_by_a_copy_that_died_is_cleaned_up() {
        let dir = std::env::temp_dir().join(format!("attune-inbox-stale-{}", std::process::id()));
        let inbox = dir.join(INBOX_DIR);
        std::fs::create_dir_all(&inbox).unwrap();
        let stale = inbox.join("old.attune.part");
        let fresh = inbox.join("new.attune.part");
        std::fs::write(&stale, b"half").unwrap();
        std::fs::write(&fresh, b"half").unwrap();
        let long_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(STALE_PARTIAL_SECS + 60);
        std::fs::File::options().write(true).open(&stale).unwrap().set_modified(long_ago).unwrap();
        assert!(Incoming::default().collect_inbox(&dir), "the fresh one is still being copied");
        assert!(!stale.exists(), "the stale one is gone");
        assert!(fresh.exists());
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[tokio::test]
    async fn a_file_still_being_copied_in_is_handed_over_when_complete() {
        let dir = std::env::temp_dir().join(format!("attune-inbox-watch-{}", std::process::id()));
        let inbox = dir.join(INBOX_DIR);
        std::fs::create_dir_all(&inbox).unwrap();
        std::fs::write(inbox.join("big.attune.part"), b"half").unwrap();
        let incoming = Incoming::default();
        incoming.watch_inbox(dir.clone());
        assert!(incoming.take().is_empty());

        // What MainActivity.kt does when the copy completes.
        std::fs::rename(inbox.join("big.attune.part"), inbox.join("big.attune")).unwrap();
        tokio::time::timeout(std::time::Duration::from_secs(5), incoming.arrived()).await.expect("handed over");
        assert_eq!(incoming.take(), vec![Delivered::File { path: inbox.join("big.attune"), ours: true }]);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
