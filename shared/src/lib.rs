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
mod store;
pub mod text;

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
    CheckInPage, ConversationPage, ExchangePage, FramePage, LookPage, PartnerPage, PausePage, QuestionPage,
    QuietExitPage, SettingsPage, StateOfUsPage, WaitingPage,
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
pub use store::Store;

// The core's own types for Kotlin, Swift and Python (`bindings.rs`).
#[cfg(feature = "uniffi")]
uniffi::setup_scaffolding!("attune_core");
pub(crate) use crate::storage::{Setting, Writer};
