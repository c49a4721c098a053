//! The core's own view models and enums, exported as they are (`uniffi::remote`): the field
//! lists below must match `attune-core`'s, and the compiler says so when they drift. Dates
//! travel as `YYYY-MM-DD` strings and entry ids as UUID strings.

use attune_core::text::TextProblem;
use attune_core::{
    About, CalendarDay, CheckKind, CommitmentKept, CommitmentView, Direction, EntryId, ExchangeRecord, ExchangeView,
    InsightsView, JourneyStep, JourneyView, KindCounts, LockAfter, PatternChange, SelfCheckChange, SelfCheckComparison,
    SelfCheckView, Series, Step, StepStatus, StorageKind, TextField, TextSize, Theme, Unlock, WaitReason,
    WaitingUpdate,
};
use attune_core::{
    AttuneError, ReflectionDraft, ReflectionPart, ReflectionView, ReminderDay, ReminderPlan, ReminderTime,
};
use chrono::NaiveDate;

uniffi::custom_type!(NaiveDate, String, {
    remote,
    lower: |day| day.to_string(),
    try_lift: |text| Ok(text.parse()?),
});

uniffi::custom_type!(EntryId, String, {
    remote,
    lower: |id| id.to_string(),
    try_lift: |text| Ok(text.parse()?),
});

#[uniffi::remote(Enum)]
pub enum Step {
    Awareness,
    Compassion,
    Accountability,
    Growth,
}

#[uniffi::remote(Enum)]
pub enum StepStatus {
    Current,
    Visited,
    Ahead,
}

#[uniffi::remote(Enum)]
pub enum About {
    Me,
    Partner,
}

#[uniffi::remote(Enum)]
pub enum CheckKind {
    Patterns,
    Beliefs,
}

#[uniffi::remote(Enum)]
pub enum Theme {
    System,
    Light,
    Dark,
}

#[uniffi::remote(Enum)]
pub enum TextSize {
    Normal,
    Large,
    Larger,
}

#[uniffi::remote(Enum)]
pub enum Direction {
    Sent,
    Received,
}

#[uniffi::remote(Record)]
pub struct CommitmentView {
    pub id: EntryId,
    pub quality: String,
    pub quality_name: String,
    pub action: String,
    pub since: NaiveDate,
    pub active: bool,
    pub shared: bool,
    pub kept_days: u32,
    pub logged_days: u32,
}

#[uniffi::remote(Record)]
pub struct SelfCheckView {
    pub id: EntryId,
    pub day: NaiveDate,
    pub answers: Vec<u8>,
    pub total: u32,
    pub shared: bool,
}

#[uniffi::remote(Record)]
pub struct PatternChange {
    pub id: String,
    pub name: String,
    pub before: u8,
    pub after: u8,
}

#[uniffi::remote(Record)]
pub struct SelfCheckComparison {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub total_before: u32,
    pub total_after: u32,
    pub changes: Vec<PatternChange>,
}

#[uniffi::remote(Record)]
pub struct JourneyStep {
    pub step: Step,
    pub title: String,
    pub tagline: String,
    pub status: StepStatus,
    pub partner_is_here: bool,
}

#[uniffi::remote(Record)]
pub struct JourneyView {
    pub steps: Vec<JourneyStep>,
    pub my_step: Step,
    pub my_step_since: NaiveDate,
    pub partner_name: Option<String>,
    pub partner_step: Option<Step>,
}

#[uniffi::remote(Record)]
pub struct ExchangeRecord {
    pub at_ms: i64,
    pub direction: Direction,
    pub summary: String,
}

#[uniffi::remote(Record)]
pub struct ExchangeView {
    pub paired: bool,
    pub couple_code: Option<String>,
    pub partner_name: Option<String>,
    pub last_sent_ms: Option<i64>,
    pub last_received_ms: Option<i64>,
    pub partner_has_mine_until_ms: Option<i64>,
    pub shared_entries: u32,
    pub history: Vec<ExchangeRecord>,
    pub waiting: Vec<WaitingUpdate>,
}

#[uniffi::remote(Record)]
pub struct WaitingUpdate {
    pub id: i64,
    pub received_ms: i64,
    pub reason: WaitReason,
}

#[uniffi::remote(Enum)]
pub enum WaitReason {
    NotPaired,
    NewerVersion,
}

#[uniffi::remote(Enum)]
pub enum LockAfter {
    Immediately,
    OneMinute,
    FiveMinutes,
}

#[uniffi::remote(Enum)]
pub enum Unlock {
    Unlocked,
    WrongPin { failures: u32, retry_at_ms: Option<i64> },
    Wait { retry_at_ms: i64 },
}

#[uniffi::remote(Record)]
pub struct KindCounts {
    pub check_ins: u32,
    pub answers: u32,
    pub reflections: u32,
    pub self_checks: u32,
    pub commitments: u32,
    pub commitment_logs: u32,
    pub profile: u32,
}

#[uniffi::remote(Record)]
pub struct Series {
    pub label: String,
    pub me: Vec<Option<u8>>,
    pub partner: Vec<Option<u8>>,
}

#[uniffi::remote(Record)]
pub struct CalendarDay {
    pub day: NaiveDate,
    pub me: bool,
    pub partner: bool,
}

#[uniffi::remote(Record)]
pub struct CommitmentKept {
    pub action: String,
    pub quality_name: String,
    pub active: bool,
    pub kept_days: u32,
    pub logged_days: u32,
}

#[uniffi::remote(Record)]
pub struct SelfCheckChange {
    pub day: NaiveDate,
    pub total: u32,
    pub out_of: u32,
}

#[uniffi::remote(Record)]
pub struct InsightsView {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub days: Vec<NaiveDate>,
    pub partner_name: Option<String>,
    pub connection: Series,
    pub markers: Vec<Series>,
    pub calendar: Vec<CalendarDay>,
    pub commitments: Vec<CommitmentKept>,
    pub self_checks: Vec<SelfCheckChange>,
    pub self_check_comparison: Option<SelfCheckComparison>,
    pub my_average_connection: Option<f32>,
    pub partner_average_connection: Option<f32>,
}

#[uniffi::remote(Error)]
pub enum AttuneError {
    WrongCode,
    MistypedCode,
    CodeLength { expected: u32, got: u32 },
    WrongPassphrase,
    NotAnAttuneFile,
    Damaged,
    FromNewerVersion,
    OwnUpdate,
    FromSomeoneElse,
    TooLarge,
    IsBackup,
    IsUpdate,
    PlainUpdate,
    ClockAhead,
    BackupOfSomeoneElse,
    BackupPairedElsewhere,
    BackupTooLarge,
    PassphraseTooShort { min_chars: u32 },
    NotPaired,
    AlreadyPaired,
    NotYours,
    NotFound,
    NotSetUp,
    RatingOutOfRange,
    Text { field: TextField, problem: TextProblem },
    NothingWritten,
    WrongNumberOfTexts { expected: u32 },
    PickPattern,
    UnknownContent,
    IncompleteSelfCheck,
    TooManyCommitments { max: u32 },
    PinFormat { min_digits: u32, max_digits: u32 },
    BadReminderTime,
    Storage { kind: StorageKind, message: String },
}

#[uniffi::remote(Enum)]
pub enum TextField {
    MyName,
    PartnerName,
    Appreciation,
    Need,
    Answer,
    Reflection,
    Action,
}

#[uniffi::remote(Enum)]
pub enum TextProblem {
    Empty,
    TooLong { max_chars: u32 },
    ControlCharacter,
    DirectionControl,
    NotTidy,
}

#[uniffi::remote(Enum)]
pub enum StorageKind {
    Database,
    SchemaUpgrade,
    StoredEntry,
    File,
    Crypto,
}

#[uniffi::remote(Record)]
pub struct ReflectionView {
    pub id: EntryId,
    pub day: NaiveDate,
    pub exercise: String,
    pub title: String,
    pub step: Step,
    pub about: About,
    pub pattern: Option<String>,
    pub pattern_name: Option<String>,
    pub parts: Vec<ReflectionPart>,
    pub shared: bool,
}

#[uniffi::remote(Record)]
pub struct ReflectionPart {
    pub prompt: String,
    pub text: String,
}

/// A reflection I write: the exercise it answers, the pattern it is about (compassion
/// exercises), one text per prompt.
#[uniffi::remote(Record)]
pub struct ReflectionDraft {
    pub exercise: String,
    pub pattern: Option<String>,
    pub texts: Vec<String>,
    pub shared: bool,
}

#[uniffi::remote(Record)]
pub struct ReminderPlan {
    pub time: ReminderTime,
    pub days: Vec<ReminderDay>,
}

#[uniffi::remote(Record)]
pub struct ReminderDay {
    pub day: NaiveDate,
    pub text: Option<String>,
}

#[uniffi::remote(Record)]
pub struct ReminderTime {
    pub hour: u8,
    pub minute: u8,
}
