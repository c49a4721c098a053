//! `Store`: one install's data behind its one database, with the clock, the person and the
//! language every feature's methods use. Features add their methods in their own modules
//! (`impl Store` in `records/`, `exchange/`, `settings/`, …); this file opens a store and
//! hands features their two ways in: `rows()` to read and `write()` for one user action.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::NaiveDate;

use crate::clock::Clock;
use crate::content::Program;
use crate::error::Result;
use crate::ids::{DeviceId, PersonId};
use crate::locale::{Locale, Words};
use crate::storage::{self, Database, Rows, Setting, Writer, rows};

/// One install's data: the couple's entries, settings and exchange history, behind exactly
/// one SQLite connection.
pub struct Store {
    db: Database,
    pub(crate) clock: Arc<dyn Clock>,
    /// The language the couple reads here: chosen in Settings, else the phone's.
    pub(crate) locale: Locale,
    /// What the phone asked for (`set_phone_locale`).
    pub(crate) phone_locale: Locale,
    pub(crate) path: Option<PathBuf>,
    pub(crate) me: PersonId,
    pub(crate) device: DeviceId,
    /// How many stored settings broke their rule at open and were reset.
    pub(crate) settings_reset: u32,
    /// The running clock when the app lock's waited time was last written down (or the store
    /// opened): what passed since counts toward the wait.
    pub(crate) lock_mark: i64,
    /// When Attune went away (backgrounded, its window hidden), on the wall clock and on the
    /// running clock; `None` while it is in front.
    pub(crate) away_since: Option<(i64, i64)>,
}

impl Store {
    /// Opens the store in the database file at `path`, creating and upgrading it as needed.
    pub fn open(path: impl AsRef<Path>, clock: Arc<dyn Clock>) -> Result<Store> {
        let path = path.as_ref().to_path_buf();
        // In the browser the VFS keys files by name; there are no directories to make.
        #[cfg(not(target_arch = "wasm32"))]
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)?;
        }
        Store::with_database(Database::open(&path)?, clock, Some(path))
    }

    /// A store that lives only in memory: for tests and previews.
    pub fn open_in_memory(clock: Arc<dyn Clock>) -> Result<Store> {
        Store::with_database(Database::open_in_memory()?, clock, None)
    }

    fn with_database(mut db: Database, clock: Arc<dyn Clock>, path: Option<PathBuf>) -> Result<Store> {
        let (me, device) = storage::identity(&mut db)?;
        let mut store = Store {
            db,
            clock,
            locale: Locale::English,
            phone_locale: Locale::English,
            path,
            me,
            device,
            settings_reset: 0,
            lock_mark: 0,
            away_since: None,
        };
        store.lock_mark = store.clock.running_ms();
        store.settings_reset = store.repair_settings()?;
        store.ensure_signing_key()?;
        store.refresh_locale();
        Ok(store)
    }

    /// How many stored settings could not be used when the store opened and were reset to
    /// their defaults (Settings says so).
    pub fn settings_reset_at_open(&self) -> u32 {
        self.settings_reset
    }

    /// The person using this phone.
    pub fn me(&self) -> PersonId {
        self.me
    }

    pub fn device(&self) -> DeviceId {
        self.device
    }

    /// The program in the couple's language, read the first time it is asked for (a first
    /// start shows only the welcome, `Welcome::for_locale`).
    pub fn program(&self) -> &'static Program {
        Program::for_locale(self.locale)
    }

    /// The language the couple reads here.
    pub fn locale(&self) -> Locale {
        self.locale
    }

    /// The catalogue of the couple's language.
    pub fn words(&self) -> &'static Words {
        self.locale.words()
    }

    /// Tells the store which language the phone is set to (the app does at start, the
    /// bindings may). A language chosen in Settings still comes first.
    pub fn set_phone_locale(&mut self, locale: Locale) -> Result<()> {
        self.phone_locale = locale;
        self.refresh_locale();
        Ok(())
    }

    /// Re-reads the chosen language (after a change in Settings or a restore). A language
    /// that can't be read is the phone's: a setting never stops Attune from opening.
    pub(crate) fn refresh_locale(&mut self) {
        let chosen: Option<Locale> = rows::setting(self.rows(), Setting::Language).ok().flatten();
        self.locale = chosen.unwrap_or(self.phone_locale);
    }

    /// Today's date on this phone.
    pub fn today_date(&self) -> NaiveDate {
        self.clock.now().day()
    }

    /// Where the database lives, when it is a file.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// What features read through.
    pub(crate) fn rows(&self) -> Rows<'_> {
        self.db.rows()
    }

    /// Runs one user action as one transaction: it commits only if `action` returns `Ok`.
    pub(crate) fn write<T>(&mut self, action: impl FnOnce(&mut Writer<'_>) -> Result<T>) -> Result<T> {
        let (value, me) = self.db.write(self.clock.now(), self.me, self.device, action)?;
        self.me = me;
        Ok(value)
    }

    /// Closes the database (delete everything removes its files next) and says where it was.
    pub(crate) fn close(self) -> Result<Option<PathBuf>> {
        self.db.close()?;
        Ok(self.path)
    }

    /// Every row of the database, for tests that prove a failed action changed nothing.
    pub fn dump(&self) -> Result<Vec<String>> {
        rows::dump(self.rows())
    }
}
