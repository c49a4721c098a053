//! attune-core: everything Attune knows and does, without any UI or platform code.
//!
//! A screen holds a [`Store`], sends it intents (`save_check_in`, `answer_question`,
//! `add_reflection`, `import_update`, …) and renders the plain view models it returns
//! (`today`, `journey`, `step_page`, `partner`, `insights`, `settings`). Each intent is one
//! SQLite transaction on the store's single connection. Time comes from an injected [`Clock`].

mod backup;
mod checkin;
pub mod clock;
mod commitment;
pub mod content;
mod couple_code;
pub mod crypto;
mod db;
pub mod entry;
mod error;
mod exchange;
pub mod files;
pub mod ids;
mod insights;
mod journey;
pub mod lock;
mod partner;
pub mod paths;
mod portability;
mod profile;
mod question;
mod reflection;
pub mod reminder;
mod schema;
mod self_check;
mod settings;
pub mod text;
mod today;
mod waiting;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::NaiveDate;
use rusqlite::{Connection, Transaction, TransactionBehavior};

pub use backup::{MIN_PASSPHRASE_CHARS, RestoreSummary};
pub use checkin::{CheckInDraft, CheckInForm, CommitmentToKeep};
pub use clock::{ChangeStamp, Clock, ManualClock, Now, SystemClock};
pub use commitment::CommitmentView;
pub use content::Program;
pub use couple_code::CoupleCode;
pub use entry::{About, CheckKind, EntryKind, Markers, Step};
pub use error::{Error, Result};
pub use exchange::{Direction, ExchangeRecord, ExchangeView, ImportSummary, KindCounts, MAX_FILE_BYTES};
pub use ids::{DeviceId, EntryId, PersonId};
pub use insights::{CalendarDay, CommitmentKept, InsightsView, SelfCheckChange, Series};
pub use journey::{JourneyStep, JourneyView, ReadinessItem, StepPage, StepStatus};
pub use lock::{LockAfter, LockView, Unlock};
pub use partner::{PartnerAnswerView, PartnerSelfCheck, PartnerView, TogetherDay};
pub use question::{PartnerAnswer, QuestionView};
pub use reflection::{ReflectionDraft, ReflectionView};
pub use reminder::ReminderPlan;
pub use schema::SCHEMA_VERSION;
pub use self_check::{PatternChange, SelfCheckComparison, SelfCheckView};
pub use settings::{ReminderTime, SettingsChange, SettingsView, TextSize, Theme};
pub use today::{CheckInSummary, Consistency, TodayView};
pub use waiting::{Received, WaitReason, WaitingOutcome, WaitingUpdate};

use crate::clock::ChangeStamp as Stamp;
use crate::entry::{Entry, EntryBody};

/// One install's data: the couple's entries, settings and exchange history, behind exactly
/// one SQLite connection.
pub struct Store {
    conn: Connection,
    clock: Arc<dyn Clock>,
    program: &'static Program,
    path: Option<PathBuf>,
    me: PersonId,
    device: DeviceId,
}

const ME: &str = "me";
const DEVICE: &str = "device";
const LAST_STAMP: &str = "last_stamp";

impl Store {
    /// Opens the store in the database file at `path`, creating and upgrading it as needed.
    pub fn open(path: impl AsRef<Path>, clock: Arc<dyn Clock>) -> Result<Store> {
        let path = path.as_ref().to_path_buf();
        // In the browser the VFS keys files by name; there are no directories to make.
        #[cfg(not(target_arch = "wasm32"))]
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)?;
        }
        let conn = db::open(&path)?;
        Store::with_connection(conn, clock, Some(path))
    }

    /// A store that lives only in memory: for tests and previews.
    pub fn open_in_memory(clock: Arc<dyn Clock>) -> Result<Store> {
        Store::with_connection(db::open_in_memory()?, clock, None)
    }

    fn with_connection(mut conn: Connection, clock: Arc<dyn Clock>, path: Option<PathBuf>) -> Result<Store> {
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let me = if let Some(me) = db::setting::<PersonId>(&tx, ME)? {
            me
        } else {
            let me = PersonId::random();
            db::set_setting(&tx, ME, &me)?;
            me
        };
        let device = if let Some(device) = db::setting::<DeviceId>(&tx, DEVICE)? {
            device
        } else {
            let device = DeviceId::random();
            db::set_setting(&tx, DEVICE, &device)?;
            device
        };
        tx.commit()?;
        Ok(Store { conn, clock, program: Program::builtin(), path, me, device })
    }

    /// The person using this phone.
    pub fn me(&self) -> PersonId {
        self.me
    }

    pub fn device(&self) -> DeviceId {
        self.device
    }

    pub fn program(&self) -> &'static Program {
        self.program
    }

    /// Today's date on this phone.
    pub fn today_date(&self) -> NaiveDate {
        self.clock.now().day()
    }

    /// Where the database lives, when it is a file.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Every row of the database, for tests that prove a failed action changed nothing.
    pub fn dump(&self) -> Result<Vec<String>> {
        db::dump(&self.conn)
    }

    /// Runs one user action as one transaction: it commits only if `action` returns `Ok`.
    fn write<T>(&mut self, action: impl FnOnce(&mut Writer<'_>) -> Result<T>) -> Result<T> {
        let now = self.clock.now();
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let last_stamp = db::setting::<Stamp>(&tx, LAST_STAMP)?;
        let mut writer = Writer { tx, now, me: self.me, device: self.device, last_stamp, stamp_moved: false };
        let value = action(&mut writer)?;
        writer.finish()?;
        Ok(value)
    }
}

/// The open transaction of one user action, with the moment it happens and a source of
/// change stamps.
pub(crate) struct Writer<'conn> {
    tx: Transaction<'conn>,
    now: Now,
    me: PersonId,
    device: DeviceId,
    last_stamp: Option<Stamp>,
    stamp_moved: bool,
}

impl Writer<'_> {
    pub(crate) fn today(&self) -> NaiveDate {
        self.now.day()
    }

    /// A fresh stamp, later than anything this phone has made or imported.
    pub(crate) fn stamp(&mut self) -> Stamp {
        let stamp = Stamp::tick(self.last_stamp, self.now.unix_ms, self.device);
        self.last_stamp = Some(stamp);
        self.stamp_moved = true;
        stamp
    }

    /// Lets the clock know about a stamp seen in a partner's update, so my next edit sorts
    /// after it even if their phone's clock runs ahead of mine.
    pub(crate) fn observe(&mut self, seen: Stamp) {
        if self.last_stamp.is_none_or(|last| seen > last) {
            self.last_stamp = Some(seen);
            self.stamp_moved = true;
        }
    }

    /// Creates or updates one of my own entries. Refuses to touch anyone else's.
    pub(crate) fn save_mine(&mut self, id: EntryId, body: EntryBody, shared: bool) -> Result<Entry> {
        let body = body.tidied();
        body.validate()?;
        let created_ms = match db::get_entry(&self.tx, id)? {
            Some(existing) if existing.author != self.me => return Err(Error::NotYours),
            Some(existing) => existing.created_ms,
            None => self.now.unix_ms,
        };
        let entry = Entry {
            id,
            kind: body.kind(),
            author: self.me,
            created_ms,
            stamp: self.stamp(),
            shared,
            deleted: false,
            body: Some(body),
        };
        db::put_entry(&self.tx, &entry)?;
        Ok(entry)
    }

    /// Deletes one of my entries, leaving a tombstone so the deletion reaches my partner.
    pub(crate) fn delete_mine(&mut self, id: EntryId) -> Result<()> {
        let existing = db::get_entry(&self.tx, id)?.ok_or(Error::NotFound)?;
        if existing.author != self.me {
            return Err(Error::NotYours);
        }
        if existing.deleted {
            return Ok(());
        }
        let tombstone = Entry { stamp: self.stamp(), deleted: true, body: None, ..existing };
        db::put_entry(&self.tx, &tombstone)
    }

    fn finish(self) -> Result<()> {
        if self.stamp_moved
            && let Some(stamp) = self.last_stamp
        {
            db::set_setting(&self.tx, LAST_STAMP, &stamp)?;
        }
        self.tx.commit()?;
        Ok(())
    }
}

impl std::ops::Deref for Writer<'_> {
    type Target = Connection;
    fn deref(&self) -> &Connection {
        &self.tx
    }
}
