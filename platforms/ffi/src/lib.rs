//! attune-ffi: the core for Kotlin, Swift and Python, through uniffi. A thin layer: every
//! method of `AttuneStore` forwards to one `attune_core::Store` call (every user action of the
//! app: set-up, check-in, question, reflections, self-checks, commitments, journey, insights,
//! settings and the lock, pairing, export/import, backup/restore, portability, delete-all).
//! The core's view models, enums and errors go out as they are, with the core's own uniffi
//! derives (its `uniffi` feature: Kotlin, Swift and Python see them in the `attune_core`
//! module); the few made here are marked as such.
//! Errors keep their kind (`WrongCode`, `FromNewerVersion`, `FromSomeoneElse`, …) so native
//! code can act on them. Export and import, the slow calls (key derivation), are async on a
//! tokio blocking thread; everything else is a quick synchronous call.
//!
//! Native pieces use it for what the Dioxus UI can't do alone: the reminder notification's
//! text, the share-into handler that opens a received `.attune` file, a home-screen widget.

use std::sync::{Arc, Mutex};

use attune_core::{AttuneError, Locale, StorageKind, Store, SystemClock};
use chrono::{NaiveDate, Weekday};

uniffi::setup_scaffolding!();

// Days and weekdays cross as the core's component carries them (`attune_core`'s `bindings.rs`).
uniffi::use_remote_type!(attune_core::NaiveDate);
uniffi::use_remote_type!(attune_core::Weekday);

/// The sentence a screen shows for an error, in English (`say_error` for another language).
#[uniffi::export]
pub fn error_message(error: &AttuneError) -> String {
    error.to_string()
}

// The couple's words: the core hands out data, these say it in a language, exactly as the app
// does (one catalogue, `shared/locales`).

/// The best of Attune's languages for what the phone asks, most wanted first ("es-MX", …).
#[uniffi::export]
pub fn locale_for_phone(tags: Vec<String>) -> Locale {
    Locale::for_phone(&tags)
}

/// Who to call for the region a phone is set to (its language tags, most wanted first), as the
/// safety page shows it: `None` when Attune has no checked numbers for that region, and the
/// page then gives the advice to call the local emergency number, never a number.
#[derive(uniffi::Record)]
pub struct HelpNumbers {
    /// ISO 3166 ("MX").
    pub region: String,
    /// The region's name in `locale`.
    pub country: String,
    pub emergency: String,
    pub lines: Vec<attune_core::help::Helpline>,
    /// When the numbers were checked against their sources.
    pub checked: chrono::NaiveDate,
}

#[uniffi::export]
pub fn help_for_phone(locale: Locale, tags: Vec<String>) -> Option<HelpNumbers> {
    let region = attune_core::help::region_for_phone(&tags)?;
    let help = attune_core::help::Helplines::builtin();
    let numbers = help.for_region(Some(&region))?;
    Some(HelpNumbers {
        country: locale.words().text("region-name", &[("region", region.as_str().into())]),
        region,
        emergency: numbers.emergency.clone(),
        lines: numbers.lines.clone(),
        checked: help.checked,
    })
}

/// An error, as one sentence in `locale`.
#[uniffi::export]
pub fn say_error(locale: Locale, error: &AttuneError) -> String {
    locale.words().error(error)
}

/// What opening an update did, in one line in `locale`.
#[uniffi::export]
pub fn say_import_summary(locale: Locale, summary: &attune_core::ImportSummary) -> String {
    locale.words().import_summary(summary)
}

/// What a restore brought back, in `locale`.
#[uniffi::export]
pub fn say_restore_summary(locale: Locale, summary: &attune_core::RestoreSummary) -> String {
    locale.words().restore_summary(summary)
}

/// The line about showing up, in `locale`.
#[uniffi::export]
pub fn say_consistency(locale: Locale, consistency: &attune_core::Consistency) -> String {
    locale.words().consistency(consistency)
}

/// Today's nudge toward the exchange, in `locale` (`partner`: the name, or none).
#[uniffi::export]
pub fn say_nudge(locale: Locale, nudge: attune_core::Nudge, partner: Option<String>) -> String {
    let words = locale.words();
    words.nudge(&nudge, &words.partner(partner.as_deref()))
}

/// One line of the exchange history, in `locale`.
#[uniffi::export]
pub fn say_swap(locale: Locale, record: &attune_core::ExchangeRecord) -> String {
    locale.words().swap_line(record)
}

/// One thing a step asks before moving on, in `locale`.
#[uniffi::export]
pub fn say_readiness(locale: Locale, need: attune_core::Readiness) -> String {
    locale.words().readiness(need)
}

/// A day, in full, in `locale` ("viernes, 20 de noviembre").
#[uniffi::export]
pub fn say_day(locale: Locale, day: chrono::NaiveDate) -> String {
    locale.words().dates().long(day)
}

/// The program as the app shows it, in `locale`: the welcome, the four steps, the check-in's
/// markers, the patterns the self-check asks about, qualities, beliefs, exercises, the
/// questions, the safety page, the pause and its pact, State of us's parts, the stress talk and
/// the repair conversation's turns. A native screen shows these words; it never writes its own.
#[uniffi::export]
pub fn program(locale: Locale) -> attune_core::Program {
    attune_core::Program::for_locale(locale).clone()
}

type Result<T> = std::result::Result<T, AttuneError>;

/// Tells the core where the platform keeps app data (Android: `Context.getFilesDir()`).
#[uniffi::export]
pub fn set_app_data_dir(path: String) {
    attune_core::paths::set_app_data_dir(path.into());
}

/// The database file on this platform, once the app-data directory is known.
#[uniffi::export]
pub fn database_path() -> Option<String> {
    attune_core::paths::database_path().map(|p| p.display().to_string())
}

/// The one line a screen shows for what opening an update did, in English
/// (`say_import_summary` for another language).
#[uniffi::export]
pub fn import_message(summary: &attune_core::ImportSummary) -> String {
    Locale::English.words().import_summary(summary)
}

#[derive(uniffi::Object)]
pub struct AttuneStore {
    store: Arc<Mutex<Option<Store>>>,
}

fn gone() -> AttuneError {
    AttuneError::Storage { kind: StorageKind::Database, detail: "this store's data was deleted; open it again".into() }
}

fn run<T>(slot: &Mutex<Option<Store>>, f: impl FnOnce(&mut Store) -> attune_core::Result<T>) -> Result<T> {
    let mut slot = slot
        .lock()
        .map_err(|_| AttuneError::Storage { kind: StorageKind::Database, detail: "store poisoned".into() })?;
    f(slot.as_mut().ok_or_else(gone)?)
}

impl AttuneStore {
    fn with<T>(&self, f: impl FnOnce(&mut Store) -> attune_core::Result<T>) -> Result<T> {
        run(&self.store, f)
    }

    async fn blocking<T: Send + 'static>(
        &self,
        f: impl FnOnce(&mut Store) -> attune_core::Result<T> + Send + 'static,
    ) -> Result<T> {
        let store = Arc::clone(&self.store);
        tokio::task::spawn_blocking(move || run(&store, f))
            .await
            .map_err(|e| AttuneError::Storage { kind: StorageKind::Database, detail: e.to_string() })?
    }
}

#[uniffi::export(async_runtime = "tokio")]
impl AttuneStore {
    /// Opens (creating if needed) the database at `path`.
    #[uniffi::constructor]
    pub fn open(path: String) -> Result<Arc<Self>> {
        let store = Store::open(path, Arc::new(SystemClock))?;
        Ok(Arc::new(Self { store: Arc::new(Mutex::new(Some(store))) }))
    }

    pub fn is_set_up(&self) -> Result<bool> {
        self.with(|s| s.is_set_up())
    }

    /// First run: my name, optionally my partner's and a daily reminder time.
    #[uniffi::method(default(reminder = None))]
    pub fn set_up(
        &self,
        my_name: String,
        partner_name: Option<String>,
        reminder: Option<attune_core::ReminderTime>,
    ) -> Result<()> {
        self.with(|s| s.set_up(&my_name, partner_name.as_deref(), reminder))
    }

    /// Sets the daily reminder to `HH:MM` local time, or turns it off with `None`.
    pub fn set_reminder(&self, time: Option<String>) -> Result<()> {
        let time = time.map(|t| t.parse::<attune_core::ReminderTime>()).transpose()?;
        self.with(|s| s.change_setting(attune_core::SettingsChange::Reminder(time)))
    }

    pub fn save_check_in(&self, draft: attune_core::CheckInDraft) -> Result<()> {
        self.with(|s| s.save_check_in(draft))
    }

    /// The check-in screen: today's saved values, my active commitments, the sharing default.
    pub fn check_in_form(&self) -> Result<attune_core::CheckInForm> {
        self.with(|s| s.check_in_form())
    }

    pub fn answer_question(&self, text: String, shared: bool) -> Result<()> {
        self.with(|s| s.answer_question(&text, shared))
    }

    pub fn question_of_the_day(&self) -> Result<attune_core::QuestionView> {
        self.with(|s| s.question_of_the_day())
    }

    /// The reminder notification's text: today's question, so the nudge is worth opening.
    pub fn reminder_text(&self) -> Result<String> {
        self.with(|s| Ok(attune_core::reminder::reminder_text(s.words(), &s.question_of_the_day()?.text)))
    }

    /// The daily reminder for the next `days` days, or none if no reminder is chosen: what a
    /// native scheduler needs (time, and each day's text; a day already checked in has none).
    pub fn reminder_plan(&self, days: u32) -> Result<Option<attune_core::ReminderPlan>> {
        self.with(|s| s.reminder_plan(days))
    }

    /// The daily reminder as a calendar event (`.ics` text), for a calendar to remind where
    /// the app can't; none if no reminder is chosen. Only a neutral title, nothing private.
    pub fn reminder_calendar(&self) -> Result<Option<String>> {
        self.with(|s| s.reminder_calendar())
    }

    pub fn today(&self) -> Result<attune_core::TodayView> {
        self.with(|s| s.today())
    }

    /// What my partner shared: check-ins, answers (hidden until I answered the same question),
    /// reflections, self-checks, commitments, and the days we both checked in.
    pub fn partner(&self) -> Result<attune_core::PartnerView> {
        self.with(|s| s.partner())
    }

    /// Creates the couple code (or returns the one already made), shown as `ABCD-EFGH-JKMN-PQ`.
    pub fn create_couple_code(&self) -> Result<String> {
        self.with(|s| s.create_couple_code().map(|c| c.to_string()))
    }

    pub fn enter_couple_code(&self, code: String) -> Result<()> {
        self.with(|s| s.enter_couple_code(&code))
    }

    /// My sealed update: the bytes of a `.attune` file for the share sheet. Call
    /// `record_update_sent` once the file has been handed over.
    pub async fn export_update(&self) -> Result<Vec<u8>> {
        self.blocking(|s| s.export_update()).await
    }

    /// A whole update, everything I share, for when my partner asks for it again.
    pub async fn export_whole_update(&self) -> Result<Vec<u8>> {
        self.blocking(|s| s.export_whole_update()).await
    }

    /// Records in the history that my update was handed over.
    pub fn record_update_sent(&self) -> Result<()> {
        self.with(Store::record_update_sent)
    }

    /// Opens my partner's update (e.g. a file shared into the app). Only a file sealed with
    /// our couple code opens; a plain copy is `PlainUpdate`.
    pub async fn import_update(&self, bytes: Vec<u8>) -> Result<attune_core::ImportSummary> {
        self.blocking(move |s| s.import_update(&bytes)).await
    }

    /// Receives a file handed to the app: opens it, or keeps it in the database when it can
    /// only be opened later (before pairing, or from a newer Attune). `None`: kept.
    pub async fn receive_update(&self, bytes: Vec<u8>) -> Result<Option<attune_core::ImportSummary>> {
        let received = self.blocking(move |s| s.receive_update(&bytes)).await?;
        Ok(match received {
            attune_core::Received::Opened(summary) => Some(summary),
            attune_core::Received::Waiting(_) => None,
        })
    }

    /// Tries the kept updates again; returns the summaries of those that opened.
    pub async fn open_waiting_updates(&self) -> Result<Vec<attune_core::ImportSummary>> {
        let outcomes = self.blocking(Store::open_waiting_updates).await?;
        Ok(outcomes.into_iter().filter_map(|o| o.result.ok()).collect())
    }

    pub fn dismiss_waiting_update(&self, id: i64) -> Result<()> {
        self.with(|s| s.dismiss_waiting_update(id))
    }

    /// The safety number of my phone and my partner's, once their phone's key is bound: the
    /// same on both phones when each holds the other's real key.
    pub fn safety_number(&self) -> Result<Option<String>> {
        self.with(|s| s.safety_number())
    }

    /// The safety number a waiting `NewPhone` update's phone would have with mine.
    pub async fn new_phone_safety_number(&self, id: i64) -> Result<Option<String>> {
        self.blocking(move |s| s.new_phone_safety_number(id)).await
    }

    /// Accepts my partner's new phone (a waiting `NewPhone` update) and opens its update.
    pub async fn accept_new_phone(&self, id: i64) -> Result<attune_core::ImportSummary> {
        self.blocking(move |s| s.accept_new_phone(id)).await
    }

    /// How many stored settings could not be used at open and were reset.
    pub fn settings_reset_at_open(&self) -> Result<u32> {
        self.with(|s| Ok(s.settings_reset_at_open()))
    }

    /// My update as plain, unencrypted JSON, to read: only when the person asks for it. It
    /// can never be imported as an update.
    pub fn export_update_plain(&self) -> Result<Vec<u8>> {
        self.with(|s| s.export_update_plain())
    }

    /// Pairing, the couple code, and the history of swaps.
    pub fn exchange(&self) -> Result<attune_core::ExchangeView> {
        self.with(|s| s.exchange())
    }

    /// What re-pairing would do, in one sentence, before the person confirms.
    /// How many entries my partner shared would leave this phone with a re-pair.
    pub fn re_pair_consequence(&self) -> Result<u32> {
        self.with(|s| s.re_pair_consequence())
    }

    pub fn re_pair(&self) -> Result<()> {
        self.with(Store::re_pair)
    }

    /// "I need a pause": `minutes` within what our pause pact allows (20 minutes to 24 hours
    /// without one). Nothing is sent.
    pub fn start_pause(&self, minutes: u32) -> Result<attune_core::PauseView> {
        self.with(|s| s.start_pause(minutes))
    }

    /// The lengths a pause may have now, from our pause pact.
    pub fn pause_choice(&self) -> Result<attune_core::PauseChoice> {
        self.with(|s| s.pause_choice())
    }

    /// Both sides of our pause pact and the pause they allow.
    pub fn pact(&self) -> Result<attune_core::PactView> {
        self.with(|s| s.pact())
    }

    /// Writes my side of the pause pact; it travels with my next update.
    pub fn save_pact(&self, draft: attune_core::PactDraft) -> Result<attune_core::PactView> {
        self.with(|s| s.save_pact(draft))
    }

    /// Keeps the note that ends a repair conversation (`shared`: it travels).
    pub fn save_repair_note(&self, text: String, shared: bool) -> Result<attune_core::RepairNoteView> {
        self.with(|s| s.save_repair_note(&text, shared))
    }

    /// The last seven days filled in for our weekly State of us.
    pub fn state_of_us(&self) -> Result<attune_core::StateOfUsView> {
        self.with(|s| s.state_of_us())
    }

    /// The day of the week for our State of us (`None`: none); the reminder invites on it.
    pub fn set_state_of_us_day(&self, day: Option<chrono::Weekday>) -> Result<()> {
        self.change(attune_core::SettingsChange::StateOfUsDay(day))
    }

    /// Writes a question of our own: it travels and joins the question of the day on both
    /// phones, first asked on the first free day from tomorrow.
    pub fn add_own_question(&self, text: String) -> Result<attune_core::OwnQuestionView> {
        self.with(|s| s.add_own_question(&text))
    }

    /// Our own questions, both of ours, in the order they are first asked.
    pub fn own_questions(&self) -> Result<Vec<attune_core::OwnQuestionView>> {
        self.with(|s| s.own_questions())
    }

    /// The last 365 days on one page, for the year in review (native code prints it).
    pub fn year_in_review(&self) -> Result<attune_core::YearInReview> {
        self.with(|s| s.year_in_review())
    }

    /// My newest repair notes, newest first.
    pub fn my_repair_notes(&self) -> Result<Vec<attune_core::RepairNoteView>> {
        self.with(|s| s.my_repair_notes())
    }

    /// The pause I am on, if any.
    pub fn pause(&self) -> Result<Option<attune_core::PauseView>> {
        self.with(|s| s.pause())
    }

    /// I'm back.
    pub fn end_pause(&self) -> Result<()> {
        self.with(Store::end_pause)
    }

    /// Makes today a quiet day: private, and never counted as missed.
    pub fn take_quiet_day(&self) -> Result<()> {
        self.with(Store::take_quiet_day)
    }

    /// Today is an ordinary day again.
    pub fn end_quiet_day(&self) -> Result<()> {
        self.with(Store::end_quiet_day)
    }

    /// Exactly what my next update (`whole`: a whole update) carries, entry by entry.
    pub fn preview_update(&self, whole: bool) -> Result<attune_core::UpdatePreview> {
        self.with(|s| s.preview_update(whole))
    }

    /// What the quiet exit would remove, for the page to say before the person confirms.
    pub fn leaving(&self) -> Result<attune_core::LeavingView> {
        self.with(|s| s.leaving())
    }

    /// The quiet exit: forgets my partner on this phone and sends nothing. Returns how many
    /// exchange files beside the database were removed.
    pub fn leave_quietly(&self) -> Result<u32> {
        self.with(Store::leave_quietly)
    }

    // Reflections (every step's exercises).

    pub fn my_reflections(&self) -> Result<Vec<attune_core::ReflectionView>> {
        self.with(|s| s.my_reflections())
    }

    pub fn add_reflection(&self, reflection: attune_core::ReflectionDraft) -> Result<attune_core::EntryId> {
        self.with(|s| s.add_reflection(reflection))
    }

    pub fn edit_reflection(&self, id: attune_core::EntryId, reflection: attune_core::ReflectionDraft) -> Result<()> {
        self.with(|s| s.edit_reflection(id, reflection))
    }

    /// Deletes one of my entries (a tombstone travels to my partner if it was shared).
    pub fn delete_entry(&self, id: attune_core::EntryId) -> Result<()> {
        self.with(|s| s.delete_entry(id))
    }

    pub fn set_shared(&self, id: attune_core::EntryId, shared: bool) -> Result<()> {
        self.with(|s| s.set_shared(id, shared))
    }

    // Self-checks (awareness patterns, growth beliefs).

    /// `answers`: one per pattern or belief, 0–2.
    pub fn take_self_check(
        &self,
        check: attune_core::CheckKind,
        answers: Vec<u8>,
        shared: bool,
    ) -> Result<attune_core::EntryId> {
        self.with(|s| s.take_self_check(check, answers, shared))
    }

    pub fn my_self_checks(&self, check: attune_core::CheckKind) -> Result<Vec<attune_core::SelfCheckView>> {
        self.with(|s| s.my_self_checks(check))
    }

    /// The latest take against the one before it, if there are two.
    pub fn compare_self_checks(
        &self,
        check: attune_core::CheckKind,
    ) -> Result<Option<attune_core::SelfCheckComparison>> {
        self.with(|s| s.compare_self_checks(check))
    }

    // Commitments (accountability).

    pub fn my_commitments(&self) -> Result<Vec<attune_core::CommitmentView>> {
        self.with(|s| s.my_commitments())
    }

    /// `quality`: one of the safe-person qualities' ids; `action`: what I will do.
    pub fn add_commitment(&self, quality: String, action: String, shared: bool) -> Result<attune_core::EntryId> {
        self.with(|s| s.add_commitment(&quality, &action, shared))
    }

    pub fn finish_commitment(&self, id: attune_core::EntryId) -> Result<()> {
        self.with(|s| s.finish_commitment(id))
    }

    // The journey and insights.

    pub fn journey(&self) -> Result<attune_core::JourneyView> {
        self.with(|s| s.journey())
    }

    /// One step's page: introduction, exercises, my reflections, readiness, self-checks and
    /// commitments.
    pub fn step_page(&self, step: attune_core::Step) -> Result<attune_core::StepPage> {
        self.with(|s| s.step_page(step))
    }

    pub fn move_to_step(&self, step: attune_core::Step) -> Result<()> {
        self.with(|s| s.move_to_step(step))
    }

    /// Charts' data for the last `days` days (connection, markers, calendar, commitments).
    pub fn insights(&self, days: u32) -> Result<attune_core::InsightsView> {
        self.with(|s| s.insights(days))
    }

    // Settings.

    pub fn settings(&self) -> Result<attune_core::SettingsView> {
        self.with(|s| s.settings())
    }

    /// Tells the store the phone's language (`locale_for_phone`); a chosen one comes first.
    pub fn set_phone_locale(&self, locale: Locale) -> Result<()> {
        self.with(|s| s.set_phone_locale(locale))
    }

    /// The language chosen in Settings (`None`: the phone's).
    pub fn set_language(&self, language: Option<Locale>) -> Result<()> {
        self.with(|s| s.change_setting(attune_core::SettingsChange::Language(language)))
    }

    /// The language the couple reads now.
    pub fn locale(&self) -> Result<Locale> {
        self.with(|s| Ok(s.locale()))
    }

    /// My name and the name I give my partner, in one action.
    pub fn set_names(&self, mine: String, partner: Option<String>) -> Result<()> {
        self.change(attune_core::SettingsChange::Names { mine, partner })
    }

    pub fn set_my_name(&self, name: String) -> Result<()> {
        self.change(attune_core::SettingsChange::MyName(name))
    }

    pub fn set_partner_name(&self, name: Option<String>) -> Result<()> {
        self.change(attune_core::SettingsChange::PartnerName(name))
    }

    /// Hides (or shows again) the grid of days we both checked in, on this phone.
    pub fn set_together_hidden(&self, hidden: bool) -> Result<()> {
        self.change(attune_core::SettingsChange::HideTogether(hidden))
    }

    pub fn set_share_by_default(&self, shared: bool) -> Result<()> {
        self.change(attune_core::SettingsChange::ShareByDefault(shared))
    }

    pub fn set_theme(&self, theme: attune_core::Theme) -> Result<()> {
        self.change(attune_core::SettingsChange::Theme(theme))
    }

    pub fn set_text_size(&self, size: attune_core::TextSize) -> Result<()> {
        self.change(attune_core::SettingsChange::TextSize(size))
    }

    /// A 4–8 digit PIN for the app lock, or `None` to remove it.
    pub fn set_pin(&self, pin: Option<String>) -> Result<()> {
        self.change(pin.map_or(attune_core::SettingsChange::RemovePin, attune_core::SettingsChange::SetPin))
    }

    /// Tries `pin` on the app lock: unlocked, wrong (with a wait from the fifth wrong PIN on,
    /// kept across restarts), or a wait still running (no PIN is checked then).
    pub fn unlock(&self, pin: String) -> Result<attune_core::Unlock> {
        self.with(|s| s.unlock(&pin))
    }

    /// The lock screen: whether there is a PIN, and until when a wait after wrong PINs lasts.
    pub fn lock_view(&self) -> Result<attune_core::LockView> {
        self.with(|s| s.lock_view())
    }

    /// Whether the lock screen must show first. An error means: stay locked.
    pub fn lock_required(&self) -> Result<bool> {
        self.with(|s| s.lock_required())
    }

    /// Whether the app must lock again after having been away for `away_ms`.
    pub fn lock_again_after(&self, away_ms: i64) -> Result<bool> {
        self.with(|s| s.lock_again_after(away_ms))
    }

    /// Attune went to the background: the core notes the moment on both of its clocks.
    pub fn went_away(&self) -> Result<()> {
        self.with(|s| {
            s.went_away();
            Ok(())
        })
    }

    /// Attune is in front again: whether the lock must show first (the longer of the wall
    /// clock's and the running clock's count of the time away).
    pub fn came_back(&self) -> Result<bool> {
        self.with(attune_core::Store::came_back)
    }

    pub fn set_lock_after(&self, after: attune_core::LockAfter) -> Result<()> {
        self.change(attune_core::SettingsChange::LockAfter(after))
    }

    // Backups, portability, deleting everything.

    /// An encrypted backup of everything of mine, private entries too.
    pub async fn backup(&self, passphrase: String) -> Result<Vec<u8>> {
        self.blocking(move |s| s.backup(&passphrase)).await
    }

    /// Restores a backup (onto a new phone, or merged into this one).
    pub async fn restore_backup(&self, bytes: Vec<u8>, passphrase: String) -> Result<attune_core::RestoreSummary> {
        self.blocking(move |s| s.restore_backup(&bytes, &passphrase)).await
    }

    /// Everything I wrote, as plain documented JSON (`docs/export-format.md`).
    pub fn export_everything_json(&self) -> Result<String> {
        self.with(|s| s.export_everything_json())
    }

    /// Deletes the database and every file Attune wrote beside it; returns how many files
    /// were removed. This object is empty afterwards.
    pub fn delete_all_data(&self) -> Result<u32> {
        let mut slot = self
            .store
            .lock()
            .map_err(|_| AttuneError::Storage { kind: StorageKind::Database, detail: "store poisoned".into() })?;
        slot.take().ok_or_else(gone)?.delete_all_data()
    }
}

impl AttuneStore {
    fn change(&self, change: attune_core::SettingsChange) -> Result<()> {
        self.with(|s| s.change_setting(change))
    }
}
