//! Every file Attune writes outside its database, in one place: their names in the app-data
//! folder, writing a file so that a failure (a full disk, a crash) never leaves half of it or
//! destroys the file it replaces, and removing them all when the person deletes everything.

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::Path;

/// Where the Android activity leaves received files (`*.part` while copying).
pub const INBOX_DIR: &str = "inbox";
/// Where a phone keeps the update or backup it is handing to the share sheet.
pub const OUTBOX_DIR: &str = "outbox";
/// The reminder plan the Android receiver reads.
pub const REMINDER_FILE: &str = "reminder.json";
/// The words the Android side shows on its own (notification channel, launcher shortcut,
/// a file it couldn't copy), in the couple's language, written by the app.
pub const PHONE_WORDS_FILE: &str = "words.json";
/// Present while the app lock is on: the Android activity then keeps the screen out of the
/// app switcher and screenshots (`FLAG_SECURE`).
pub const LOCK_MARKER: &str = "app-lock";
/// Left by the Android activity when the person picks "I need a pause" from the launcher; the
/// app removes it and opens the pause.
pub const PAUSE_REQUEST: &str = "open-pause";
/// The ending of a file still being written: it is renamed when complete.
pub const PARTIAL_SUFFIX: &str = "part";
/// A `.part` file older than this was left by a copy that died; it is removed.
pub const STALE_PARTIAL_SECS: u64 = 10 * 60;

/// What Attune keeps next to its database, besides the database's own files.
#[cfg(not(target_arch = "wasm32"))]
const BESIDE_DATABASE: [&str; 6] = [INBOX_DIR, OUTBOX_DIR, REMINDER_FILE, PHONE_WORDS_FILE, LOCK_MARKER, PAUSE_REQUEST];

/// Writes `bytes` to `path` as a whole or not at all: into a temporary file beside it,
/// flushed to disk, then renamed over the old one. If anything fails, the old file is intact
/// and the temporary one is gone.
pub fn write_whole(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_whole_with(path, |file| file.write_all(bytes))
}

/// `write_whole` with the writing done by `write` (tests use it to run out of disk).
pub fn write_whole_with(path: &Path, write: impl FnOnce(&mut File) -> io::Result<()>) -> io::Result<()> {
    let name = path.file_name().ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "no file name"))?;
    let mut temporary = name.to_os_string();
    temporary.push(format!(".{}.{PARTIAL_SUFFIX}", std::process::id()));
    let temporary = path.with_file_name(temporary);
    let result = File::create(&temporary)
        .and_then(|mut file| {
            write(&mut file)?;
            file.sync_all()
        })
        .and_then(|()| fs::rename(&temporary, path));
    if result.is_err() {
        let _ = fs::remove_file(&temporary);
    }
    result?;
    // The rename itself reaches the disk when the folder is flushed (not possible on Windows).
    #[cfg(unix)]
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        File::open(dir)?.sync_all()?;
    }
    Ok(())
}

/// Removes the database at `database` with its companions, every file Attune wrote beside it
/// and, on iOS, the copies the system made of files opened with Attune. Returns how many
/// files were removed.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn remove_everything(database: &Path) -> io::Result<u32> {
    let mut removed = 0;
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let mut file = database.as_os_str().to_owned();
        file.push(suffix);
        removed += remove(Path::new(&file))?;
    }
    if let Some(dir) = database.parent().filter(|d| !d.as_os_str().is_empty()) {
        for name in BESIDE_DATABASE {
            removed += remove(&dir.join(name))?;
        }
        removed += remove(&dir.join(format!("{REMINDER_FILE}.{PARTIAL_SUFFIX}")))?;
    }
    // iOS copies a file opened with Attune into Documents/Inbox, outside the app-data folder.
    #[cfg(target_os = "ios")]
    if let Some(home) = std::env::var_os("HOME") {
        removed += remove(&Path::new(&home).join("Documents").join("Inbox"))?;
    }
    Ok(removed)
}

/// Removes the exchange's files beside the database at `database`: files received and not yet
/// opened (and, on iOS, the copies the system made of them) and an update waiting for the share
/// sheet. Returns how many files were removed.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn remove_exchange_files(database: &Path) -> io::Result<u32> {
    let mut removed = 0;
    if let Some(dir) = database.parent().filter(|d| !d.as_os_str().is_empty()) {
        for name in [INBOX_DIR, OUTBOX_DIR] {
            removed += remove(&dir.join(name))?;
        }
    }
    #[cfg(target_os = "ios")]
    if let Some(home) = std::env::var_os("HOME") {
        removed += remove(&Path::new(&home).join("Documents").join("Inbox"))?;
    }
    Ok(removed)
}

/// Removes a file or a folder with everything in it; counts the files removed.
#[cfg(not(target_arch = "wasm32"))]
fn remove(path: &Path) -> io::Result<u32> {
    let meta = match fs::symlink_metadata(path) {
        Ok(meta) => meta,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(0),
        Err(e) => return Err(e),
    };
    if !meta.is_dir() {
        fs::remove_file(path)?;
        return Ok(1);
    }
    let mut removed = 0;
    for entry in fs::read_dir(path)? {
        removed += remove(&entry?.path())?;
    }
    fs::remove_dir(path)?;
    Ok(removed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_full_disk_during_a_save_leaves_the_old_file_intact() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("attune-backup.attune");
        write_whole(&path, b"last week's backup").unwrap();
        let full = write_whole_with(&path, |file| {
            file.write_all(b"half of the new ")?;
            Err(io::Error::new(io::ErrorKind::StorageFull, "No space left on device"))
        });
        assert_eq!(full.unwrap_err().kind(), io::ErrorKind::StorageFull);
        assert_eq!(fs::read(&path).unwrap(), b"last week's backup");
        let left: Vec<_> = fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(left.len(), 1, "no temporary file is left behind: {left:?}");
        write_whole(&path, b"this week's backup").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"this week's backup");
    }
}
