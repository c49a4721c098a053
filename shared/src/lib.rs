//! attune-core: everything Attune knows and does, without any UI or platform code.
//!
//! A screen holds a [`Store`], sends it intents (`save_check_in`, `answer_question`,
//! `add_reflection`, `import_update`, …) and renders the plain view models it returns
//! (`today`, `journey`, `step_page`, `partner`, `insights`, `settings`). Each intent is one
//! SQLite transaction on the store's single connection. Time comes from an injected [`Clock`].

mod backup;
#[cfg(feature = "uniffi")]
mod bindings;
pub mod clock;
pub mod content;
pub mod entry;
mod error;
mod exchange;
pub mod help;
pub mod ids;
pub mod locale;
mod pages;
mod portability;
mod records;
mod said;
mod settings;
mod storage;
pub mod text;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::NaiveDate;
use rusqlite::Connection;

pub use attune_codes::{self as codes, Code, CodeReader, Fountain, Reading, Refusal, UpdateCodes};
pub use backup::{MIN_PASSPHRASE_CHARS, RestoreSummary};
pub use clock::{ChangeStamp, Clock, ManualClock, Now, SystemClock};
pub use content::Program;
pub use entry::{About, CheckKind, EntryKind, KindCounts, Markers, Step, UnknownStep};
pub use error::{AttuneError, Error, Result, StorageKind, TextField};
pub use exchange::couple_code::CoupleCode;
pub use exchange::crypto;
pub use exchange::format::FORMAT_VERSION;
pub use exchange::leaving::LeavingView;
pub use exchange::preview::{OutgoingItem, UpdatePreview};
pub use exchange::waiting::{Received, WaitReason, WaitingOutcome, WaitingUpdate};
pub use exchange::{ExchangeRecord, ExchangeView, ImportSummary, MAX_DOC_BYTES, MAX_FILE_BYTES, NextUpdate, Swapped};
pub use ids::{DeviceId, EntryId, PersonId, TimelineId};
pub use locale::{Locale, Words};
pub use pages::{
    CheckInPage, ConversationPage, ExchangePage, PartnerPage, PausePage, QuestionPage, SettingsPage, StateOfUsPage,
};
pub use records::checkin::{CheckInDraft, CheckInForm, CommitmentToKeep, KeptCommitment};
pub use records::commitment::{CommitmentView, MAX_ACTIVE_COMMITMENTS};
pub use records::insights::{
    CalendarDay, CommitmentKept, InsightsView, RepairNotes, SelfCheckChange, Series, WeekSummary,
};
pub use records::journey::{JourneyStep, JourneyView, Readiness, ReadinessItem, StepPage, StepStatus};
pub use records::own_question::{OWN_QUESTION_PREFIX, OWN_QUESTION_YEAR, OwnQuestionView};
pub use records::pact::{MAX_BACK_WITHIN_HOURS, PactDraft, PactSide, PactView, PauseBounds};
pub use records::partner::{PartnerAnswerView, PartnerSelfCheck, PartnerView, TOGETHER_DAYS, TogetherDay};
pub use records::pause::{DEFAULT_PAUSE_MINUTES, MAX_PAUSE_MINUTES, MIN_PAUSE_MINUTES, PauseChoice, PauseView};
pub use records::question::{PartnerAnswer, QuestionView};
pub use records::reflection::{ReflectionDraft, ReflectionPart, ReflectionView};
pub use records::reminder::{self, ComeBack, ReminderDay, ReminderPlan, ReminderTime};
pub use records::repair::{RECENT_REPAIR_NOTES, RepairNoteView};
pub use records::self_check::{PatternChange, SelfCheckComparison, SelfCheckView};
pub use records::spread::{Gap, GapDay, Spread, Steadiness};
pub use records::state_of_us::{DayFelt, KeptThisWeek, Said, StateOfUsView, WEEK_DAYS, Who};
pub use records::today::{CheckInSummary, Consistency, Nudge, TodayView};
pub use records::year::{HIGHLIGHTS, Highlight, LineOfTheYear, QUARTER_DAYS, YEAR_DAYS, YearInReview};
pub use settings::lock::{self, LockAfter, LockView, Unlock};
pub use settings::{SettingsChange, SettingsView, TextSize, Theme};
pub use storage::schema::SCHEMA_VERSION;
pub use storage::{Direction, files, paths};

use crate::storage::rows;

// The core's own types for Kotlin, Swift and Python (`bindings.rs`).
#[cfg(feature = "uniffi")]
uniffi::setup_scaffolding!("attune_core");
pub(crate) use crate::storage::{Setting, Writer};

/// One install's data: the couple's entries, settings and exchange history, behind exactly
/// one SQLite connection.
pub struct Store {
    conn: Connection,
    clock: Arc<dyn Clock>,
    program: &'static Program,
    /// The language the couple reads here: chosen in Settings, else the phone's.
    locale: Locale,
    /// What the phone asked for (`set_phone_locale`).
    phone_locale: Locale,
    path: Option<PathBuf>,
    me: PersonId,
    device: DeviceId,
    /// How many stored settings broke their rule at open and were reset.
    settings_reset: u32,
    /// The running clock when the app lock's waited time was last written down (or the store
    /// opened): what passed since counts toward the wait.
    lock_mark: i64,
    /// When Attune went away (backgrounded, its window hidden), on the wall clock and on the
    /// running clock; `None` while it is in front.
    away_since: Option<(i64, i64)>,
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
        let conn = rows::open(&path)?;
        Store::with_connection(conn, clock, Some(path))
    }

    /// A store that lives only in memory: for tests and previews.
    pub fn open_in_memory(clock: Arc<dyn Clock>) -> Result<Store> {
        Store::with_connection(rows::open_in_memory()?, clock, None)
    }

    fn with_connection(mut conn: Connection, clock: Arc<dyn Clock>, path: Option<PathBuf>) -> Result<Store> {
        let (me, device) = storage::identity(&mut conn)?;
        let mut store = Store {
            conn,
            clock,
            program: Program::builtin(),
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

    /// The program in the couple's language.
    pub fn program(&self) -> &'static Program {
        self.program
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
        let chosen: Option<Locale> = rows::setting(&self.conn, Setting::Language).ok().flatten();
        self.locale = chosen.unwrap_or(self.phone_locale);
        self.program = Program::for_locale(self.locale);
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
        rows::dump(&self.conn)
    }
}
