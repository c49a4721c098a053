//! The core's own view models and enums, exported as they are (`uniffi::remote`): the field
//! lists below must match `attune-core`'s, and the compiler says so when they drift. Dates
//! travel as `YYYY-MM-DD` strings and entry and device ids as UUID strings.

use attune_core::content::Exercise;
use attune_core::entry::CheckIn;
use attune_core::help::{Helpline, Serves};
use attune_core::text::TextProblem;
use attune_core::{
    About, CalendarDay, CheckKind, CommitmentKept, CommitmentView, Direction, EntryId, EntryKind, ExchangeRecord,
    ExchangeView, InsightsView, JourneyStep, JourneyView, KindCounts, LeavingView, LockAfter, NextUpdate, OutgoingItem,
    PatternChange, PauseView, SelfCheckChange, SelfCheckComparison, SelfCheckView, Series, Step, StepStatus,
    StorageKind, TextField, TextSize, Theme, Unlock, UpdatePreview, WaitReason, WaitingUpdate,
};
use attune_core::{
    AttuneError, ChangeStamp, CheckInDraft, CheckInForm, CheckInSummary, CommitmentToKeep, Consistency, DeviceId,
    ImportSummary, KeptCommitment, LockView, Markers, PartnerAnswer, PartnerAnswerView, PartnerSelfCheck, PartnerView,
    QuestionView, ReadinessItem, ReflectionDraft, ReflectionPart, ReflectionView, ReminderDay, ReminderPlan,
    ReminderTime, RestoreSummary, SettingsView, StepPage, TodayView, TogetherDay,
};
use attune_core::{ComeBack, PactDraft, PactSide, PactView, PauseBounds, PauseChoice, RepairNoteView, RepairNotes};
use attune_core::{DayFelt, Gap, GapDay, KeptThisWeek, Said, Spread, StateOfUsView, Steadiness, WeekSummary, Who};
use attune_core::{Highlight, LineOfTheYear, OwnQuestionView, YearInReview};
use attune_core::{Locale, Nudge, Readiness, Swapped};
use chrono::{NaiveDate, Weekday};

uniffi::custom_type!(NaiveDate, String, {
    remote,
    lower: |day| day.to_string(),
    try_lift: |text| Ok(text.parse()?),
});

// A day of the week as 0 (Monday) to 6 (Sunday).
uniffi::custom_type!(Weekday, u8, {
    remote,
    lower: |day| u8::try_from(day.num_days_from_monday()).unwrap_or(0),
    try_lift: |n| Ok(Weekday::try_from(n)?),
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
pub enum EntryKind {
    CheckIn,
    Answer,
    Reflection,
    SelfCheck,
    Commitment,
    CommitmentLog,
    Profile,
    Pact,
    RepairNote,
    OwnQuestion,
}

#[uniffi::remote(Record)]
pub struct OutgoingItem {
    pub id: EntryId,
    pub kind: EntryKind,
    pub shared: bool,
    pub day: Option<NaiveDate>,
    pub words: Option<String>,
}

#[uniffi::remote(Record)]
pub struct UpdatePreview {
    pub whole: bool,
    pub items: Vec<OutgoingItem>,
    pub sender_name: String,
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
    pub partner_name: Option<String>,
    pub swap: Option<Swapped>,
    pub legacy: Option<String>,
}

#[uniffi::remote(Enum)]
pub enum Swapped {
    Sent { entries: u32 },
    SentChanges { changes: u32 },
    Received { new: KindCounts, updated: KindCounts, removed: KindCounts },
}

#[uniffi::remote(Enum)]
pub enum Locale {
    English,
    Spanish,
    Pseudo,
}

#[uniffi::remote(Enum)]
pub enum Nudge {
    Pair,
    NoUpdateYet,
    UpdateOld { days: i64 },
}

#[uniffi::remote(Enum)]
pub enum Readiness {
    DaysInStep { days: i64 },
    PatternCheck,
    RootsMe,
    RootsPartner,
    CompassionMe,
    CompassionPartner,
    Commitment,
    KeptThreeDays,
    NeedShared,
    BeliefCheck,
    WhatChanged,
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
    pub next_update: NextUpdate,
    pub history: Vec<ExchangeRecord>,
    pub waiting: Vec<WaitingUpdate>,
}

#[uniffi::remote(Record)]
pub struct LeavingView {
    pub paired: bool,
    pub partner_name: Option<String>,
    pub partner_entries: u32,
    pub waiting_updates: u32,
    pub swaps: u32,
}

#[uniffi::remote(Record)]
pub struct NextUpdate {
    pub whole: bool,
    pub entries: u32,
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
    NewPhone,
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
    pub pacts: u32,
    pub repair_notes: u32,
    pub own_questions: u32,
}

#[uniffi::remote(Record)]
pub struct Series {
    pub id: String,
    pub label: String,
    pub me: Vec<Option<u8>>,
    pub partner: Vec<Option<u8>>,
}

#[uniffi::remote(Record)]
pub struct CalendarDay {
    pub day: NaiveDate,
    pub me: bool,
    pub partner: bool,
    pub quiet: bool,
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
pub struct Spread {
    pub days: u32,
    pub mean: f32,
    pub spread: f32,
    pub low: f32,
    pub high: f32,
}

#[uniffi::remote(Record)]
pub struct Steadiness {
    pub id: String,
    pub label: String,
    pub me: Option<Spread>,
    pub partner: Option<Spread>,
}

#[uniffi::remote(Record)]
pub struct Gap {
    pub id: String,
    pub label: String,
    pub me: u8,
    pub partner: u8,
}

#[uniffi::remote(Record)]
pub struct GapDay {
    pub day: NaiveDate,
    pub gaps: Vec<Gap>,
}

#[uniffi::remote(Record)]
pub struct WeekSummary {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub my_check_ins: u32,
    pub partner_check_ins: u32,
    pub both_days: u32,
    pub my_average_connection: Option<f32>,
    pub partner_average_connection: Option<f32>,
    pub gap_days: u32,
}

#[uniffi::remote(Enum)]
pub enum Who {
    Me,
    Partner,
}

#[uniffi::remote(Record)]
pub struct Said {
    pub who: Who,
    pub day: NaiveDate,
    pub text: String,
}

#[uniffi::remote(Record)]
pub struct DayFelt {
    pub day: NaiveDate,
    pub average: f32,
}

#[uniffi::remote(Record)]
pub struct KeptThisWeek {
    pub who: Who,
    pub action: String,
    pub kept_days: u32,
    pub logged_days: u32,
}

#[uniffi::remote(Record)]
pub struct StateOfUsView {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub partner_name: Option<String>,
    pub appreciations: Vec<Said>,
    pub best_day: Option<DayFelt>,
    pub hardest_day: Option<DayFelt>,
    pub needs: Vec<Said>,
    pub kept: Vec<KeptThisWeek>,
    pub day: Option<Weekday>,
}

#[uniffi::remote(Record)]
pub struct OwnQuestionView {
    pub id: EntryId,
    pub text: String,
    pub written_by: Who,
    pub first_day: Option<NaiveDate>,
}

#[uniffi::remote(Record)]
pub struct LineOfTheYear {
    pub id: String,
    pub label: String,
    pub my_average: Option<f32>,
    pub partner_average: Option<f32>,
    pub my_start: Option<f32>,
    pub my_end: Option<f32>,
    pub partner_start: Option<f32>,
    pub partner_end: Option<f32>,
}

#[uniffi::remote(Record)]
pub struct Highlight {
    pub day: NaiveDate,
    pub average: f32,
    pub appreciations: Vec<Said>,
}

#[uniffi::remote(Record)]
pub struct YearInReview {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub my_name: String,
    pub partner_name: Option<String>,
    pub my_check_ins: u32,
    pub partner_check_ins: u32,
    pub both_days: u32,
    pub lines: Vec<LineOfTheYear>,
    pub self_check_first: Option<SelfCheckChange>,
    pub self_check_last: Option<SelfCheckChange>,
    pub commitments: Vec<CommitmentKept>,
    pub repair_notes: RepairNotes,
    pub highlights: Vec<Highlight>,
}

#[uniffi::remote(Record)]
pub struct RepairNotes {
    pub me: u32,
    pub partner: u32,
}

#[uniffi::remote(Record)]
pub struct RepairNoteView {
    pub id: EntryId,
    pub day: NaiveDate,
    pub text: String,
    pub shared: bool,
}

#[uniffi::remote(Record)]
pub struct PactDraft {
    pub signal: String,
    pub shortest_minutes: u32,
    pub back_within_hours: u32,
    pub calming: String,
    pub to_hear: String,
}

#[uniffi::remote(Record)]
pub struct PactSide {
    pub signal: String,
    pub shortest_minutes: u32,
    pub back_within_hours: u32,
    pub calming: String,
    pub to_hear: String,
    pub day: NaiveDate,
}

#[uniffi::remote(Record)]
pub struct PactView {
    pub mine: Option<PactSide>,
    pub partner: Option<PactSide>,
    pub partner_name: Option<String>,
    pub pause: PauseBounds,
}

#[uniffi::remote(Record)]
pub struct PauseBounds {
    pub shortest_minutes: u32,
    pub longest_minutes: u32,
    pub from_pact: bool,
}

#[uniffi::remote(Record)]
pub struct PauseChoice {
    pub bounds: PauseBounds,
    pub offered: Vec<u32>,
    pub suggested: u32,
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
    pub steadiness: Vec<Steadiness>,
    pub gap_days: Vec<GapDay>,
    pub week: WeekSummary,
    pub repair_notes: RepairNotes,
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
    PauseLength { min_minutes: u32, max_hours: u32 },
    PactBackTooSoon,
    Storage { kind: StorageKind, detail: String },
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
    GoodNews,
    PactSignal,
    PactCalming,
    PactToHear,
    RepairNote,
    OwnQuestion,
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
    pub time: Option<ReminderTime>,
    pub days: Vec<ReminderDay>,
    pub come_back: Option<ComeBack>,
    pub fallback: String,
}

#[uniffi::remote(Record)]
pub struct ComeBack {
    pub at_ms: i64,
    pub text: String,
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

uniffi::custom_type!(DeviceId, String, {
    remote,
    lower: |id| id.to_string(),
    try_lift: |text| Ok(text.parse()?),
});

#[uniffi::remote(Record)]
pub struct ChangeStamp {
    pub ms: i64,
    pub counter: u32,
    pub device: DeviceId,
}

#[uniffi::remote(Record)]
pub struct ImportSummary {
    pub partner_name: String,
    pub new: KindCounts,
    pub updated: KindCounts,
    pub removed: KindCounts,
    pub exported_ms: i64,
    pub ack: Option<ChangeStamp>,
}

#[uniffi::remote(Record)]
pub struct RestoreSummary {
    pub restored: KindCounts,
    pub updated: KindCounts,
    pub settings_left_out: u32,
}

#[uniffi::remote(Record)]
pub struct Markers {
    pub safe: u8,
    pub seen: u8,
    pub trust: u8,
    pub repair: u8,
    pub rely: u8,
}

/// A daily check-in, as a screen, a widget or a test sends it.
#[uniffi::remote(Record)]
pub struct CheckInDraft {
    pub connection: u8,
    pub markers: Markers,
    pub appreciation: Option<String>,
    pub need: Option<String>,
    pub good_news: Option<String>,
    pub kept: Vec<KeptCommitment>,
    pub answer: Option<String>,
    pub shared: bool,
}

#[uniffi::remote(Record)]
pub struct KeptCommitment {
    pub commitment: EntryId,
    pub kept: bool,
}

#[uniffi::remote(Record)]
pub struct CheckIn {
    pub day: NaiveDate,
    pub connection: u8,
    pub markers: Markers,
    pub appreciation: Option<String>,
    pub need: Option<String>,
    pub good_news: Option<String>,
}

#[uniffi::remote(Record)]
pub struct CheckInForm {
    pub day: NaiveDate,
    pub saved: Option<CheckIn>,
    pub shared: bool,
    pub commitments: Vec<CommitmentToKeep>,
}

#[uniffi::remote(Record)]
pub struct CommitmentToKeep {
    pub id: EntryId,
    pub quality: String,
    pub action: String,
    pub kept_today: Option<bool>,
}

#[uniffi::remote(Record)]
pub struct CheckInSummary {
    pub day: NaiveDate,
    pub connection: u8,
    pub markers: Markers,
    pub appreciation: Option<String>,
    pub need: Option<String>,
    pub good_news: Option<String>,
    pub shared: bool,
}

#[uniffi::remote(Enum)]
pub enum PartnerAnswer {
    Revealed { text: String },
    Hidden,
    NotYet,
}

#[uniffi::remote(Record)]
pub struct QuestionView {
    pub id: String,
    pub day: NaiveDate,
    pub step: Step,
    pub text: String,
    pub my_answer: Option<String>,
    pub my_answer_shared: bool,
    pub partner: PartnerAnswer,
    pub written_by: Option<Who>,
}

#[uniffi::remote(Record)]
pub struct Consistency {
    pub last_7: u32,
    pub last_30: u32,
    pub quiet_7: u32,
}

#[uniffi::remote(Record)]
pub struct TodayView {
    pub day: NaiveDate,
    pub my_name: String,
    pub partner_name: Option<String>,
    pub check_in: Option<CheckInSummary>,
    pub step: Step,
    pub step_title: String,
    pub days_in_step: i64,
    pub question: QuestionView,
    pub partner_check_in: Option<CheckInSummary>,
    pub consistency: Consistency,
    pub exchange_nudge: Option<Nudge>,
    pub paired: bool,
    pub quiet: bool,
    pub pause: Option<PauseView>,
    pub state_of_us_today: bool,
}

#[uniffi::remote(Record)]
pub struct PauseView {
    pub started_ms: i64,
    pub back_ms: i64,
    pub over: bool,
    pub my_calming: Option<String>,
    pub partner_needs_to_hear: Option<String>,
}

#[uniffi::remote(Record)]
pub struct PartnerAnswerView {
    pub day: NaiveDate,
    pub question: String,
    pub answer: Option<String>,
}

#[uniffi::remote(Record)]
pub struct PartnerSelfCheck {
    pub day: NaiveDate,
    pub check: CheckKind,
    pub total: u32,
    pub out_of: u32,
}

#[uniffi::remote(Record)]
pub struct TogetherDay {
    pub day: NaiveDate,
    pub me: bool,
    pub partner: bool,
    pub quiet: bool,
}

#[uniffi::remote(Record)]
pub struct PartnerView {
    pub paired: bool,
    pub name: Option<String>,
    pub step: Option<Step>,
    pub step_title: Option<String>,
    pub last_received_ms: Option<i64>,
    pub check_ins: Vec<CheckInSummary>,
    pub answers: Vec<PartnerAnswerView>,
    pub reflections: Vec<ReflectionView>,
    pub self_checks: Vec<PartnerSelfCheck>,
    pub commitments: Vec<CommitmentView>,
    pub together: Vec<TogetherDay>,
    pub together_hidden: bool,
    pub together_hidden_by_partner: bool,
    pub pact: Option<PactSide>,
    pub repair_notes: Vec<RepairNoteView>,
    pub safety_number: Option<String>,
}

#[uniffi::remote(Record)]
pub struct SettingsView {
    pub my_name: String,
    pub partner_name: Option<String>,
    pub reminder: Option<ReminderTime>,
    pub share_by_default: bool,
    pub theme: Theme,
    pub text_size: TextSize,
    pub has_pin: bool,
    pub lock_after: LockAfter,
    pub paired: bool,
    pub schema_version: u32,
    pub state_of_us_day: Option<Weekday>,
    pub language: Option<Locale>,
    pub locale: Locale,
    pub settings_reset_at_open: u32,
}

#[uniffi::remote(Record)]
pub struct Exercise {
    pub id: String,
    pub step: Step,
    pub about: About,
    pub title: String,
    pub prompts: Vec<String>,
    pub uses_pattern: bool,
}

#[uniffi::remote(Record)]
pub struct ReadinessItem {
    pub need: Readiness,
    pub done: bool,
}

#[uniffi::remote(Record)]
pub struct StepPage {
    pub step: Step,
    pub title: String,
    pub tagline: String,
    pub intro: Vec<String>,
    pub is_current: bool,
    pub days_in_step: i64,
    pub exercises: Vec<Exercise>,
    pub reflections: Vec<ReflectionView>,
    pub readiness: Vec<ReadinessItem>,
    pub ready_to_move_on: bool,
    pub next_step: Step,
    pub self_checks: Vec<SelfCheckView>,
    pub comparison: Option<SelfCheckComparison>,
    pub commitments: Vec<CommitmentView>,
}

#[uniffi::remote(Record)]
pub struct LockView {
    pub has_pin: bool,
    pub retry_at_ms: Option<i64>,
}

#[uniffi::remote(Enum)]
pub enum Serves {
    Women,
    WomenLgbti,
    Men,
    Everyone,
}

#[uniffi::remote(Record)]
pub struct Helpline {
    pub name: String,
    pub number: String,
    pub text: Option<String>,
    pub serves: Serves,
    pub always_open: bool,
    pub source: String,
}
