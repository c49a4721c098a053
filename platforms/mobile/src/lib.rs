//! attune-platform: the few things Attune needs from the phone itself.
//!
//! - `app_data_dir`: where the database lives (Android's `Context.getFilesDir()`, iOS's
//!   `Library/Application Support`), handed to the core at start-up.
//! - `share_file`: the system share sheet for a written `.attune` file (Android
//!   `ACTION_SEND` with a content URI from the app's `FileProvider`).
//!
//! The daily reminder is scheduled by the small native helpers next to this crate
//! (`platforms/android/`, `platforms/ios/`), which take their text from the core through the
//! uniffi bindings. On desktop and web every function here is a no-op returning `None`/`false`.

#[cfg(target_os = "android")]
mod android;

use std::path::{Path, PathBuf};

/// The platform's private app-data directory, where the database belongs.
pub fn app_data_dir() -> Option<PathBuf> {
    #[cfg(target_os = "android")]
    {
        android::files_dir()
    }
    #[cfg(target_os = "ios")]
    {
        std::env::var_os("HOME").map(|home| PathBuf::from(home).join("Library").join("Application Support"))
    }
    #[cfg(not(any(target_os = "android", target_os = "ios")))]
    {
        None
    }
}

/// Opens the system share sheet for `file` (AirDrop, Messages, email, a chat app). Returns
/// whether a share sheet was shown; `false` where the platform has none.
pub fn share_file(file: &Path, title: &str) -> bool {
    #[cfg(target_os = "android")]
    {
        android::share(file, title).is_ok()
    }
    #[cfg(not(target_os = "android"))]
    {
        let _ = (file, title);
        false
    }
}
