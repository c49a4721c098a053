//! Where the database lives on each platform. This is the only place that knows.
//!
//! - Android: the app's files dir (`Context.getFilesDir()`), handed over by the platform layer
//!   through [`set_app_data_dir`] at start-up, because no Rust crate can find it on its own.
//! - iOS: `Library/Application Support` inside the app's container (backed up, not user visible).
//! - Desktop: the user's data directory (`~/.local/share/Attune` on Linux).
//! - Web: a name inside the browser's persistent SQLite storage (see the app's web storage).

use std::path::PathBuf;
use std::sync::OnceLock;

/// The database file's name inside the app-data directory.
pub const DATABASE_FILE: &str = "attune.sqlite3";

static APP_DATA_DIR: OnceLock<PathBuf> = OnceLock::new();

/// Tells the core which directory the platform gives this app (Android must call this; the
/// other platforms may, e.g. tests and a desktop `--data-dir`). The first call wins.
pub fn set_app_data_dir(dir: PathBuf) {
    let _ = APP_DATA_DIR.set(dir);
}

/// The directory for Attune's database on this platform, if it can be known.
pub fn app_data_dir() -> Option<PathBuf> {
    if let Some(dir) = APP_DATA_DIR.get() {
        return Some(dir.clone());
    }
    platform_default()
}

/// The full path of the database file on this platform.
pub fn database_path() -> Option<PathBuf> {
    app_data_dir().map(|d| d.join(DATABASE_FILE))
}

#[cfg(target_os = "android")]
fn platform_default() -> Option<PathBuf> {
    // Only the platform layer knows the files dir; see `set_app_data_dir`.
    None
}

#[cfg(target_os = "ios")]
fn platform_default() -> Option<PathBuf> {
    std::env::var_os("HOME").map(|home| PathBuf::from(home).join("Library").join("Application Support"))
}

#[cfg(target_arch = "wasm32")]
#[allow(clippy::unnecessary_wraps)] // the same signature as the platforms that may have no folder
fn platform_default() -> Option<PathBuf> {
    // The browser VFS keys files by name; the directory is only a namespace.
    Some(PathBuf::from("/attune"))
}

#[cfg(not(any(target_os = "android", target_os = "ios", target_arch = "wasm32")))]
fn platform_default() -> Option<PathBuf> {
    std::env::var_os("XDG_DATA_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local").join("share")))
        .or_else(|| std::env::var_os("APPDATA").map(PathBuf::from))
        .map(|d| d.join("Attune"))
}
