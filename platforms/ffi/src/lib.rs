//! attune-ffi: the core for Kotlin, Swift and Python, through uniffi. A thin layer: every
//! function forwards to `attune_core::Store` and converts view models into flat records.
//! Errors keep their kind (`WrongCode`, `FromNewerVersion`, `FromSomeoneElse`, …) so native
//! code can act on them. Export and import, the slow calls (key derivation), are async on a
//! tokio blocking thread; everything else is a quick synchronous call.
//!
//! Native pieces use it for what the Dioxus UI can't do alone: the reminder notification's
//! text, the share-into handler that opens a received `.attune` file, a home-screen widget.

use std::sync::{Arc, Mutex};

use attune_core::{CheckInDraft, Markers, Store, SystemClock};

uniffi::setup_scaffolding!();

/// What went wrong, in a form Kotlin and Swift can switch on.
#[derive(Debug, thiserror::Error, uniffi::Error)]
pub enum AttuneError {
    #[error("wrong couple code")]
    WrongCode,
    #[error("mistyped couple code")]
    MistypedCode,
    #[error("wrong backup passphrase")]
    WrongPassphrase,
    #[error("not an Attune file")]
    NotAnAttuneFile,
    #[error("damaged file")]
    Damaged,
    #[error("from a newer version of Attune")]
    FromNewerVersion,
    #[error("this is your own update")]
    OwnUpdate,
    #[error("from someone other than your partner")]
    FromSomeoneElse,
    #[error("file too large")]
    TooLarge,
    #[error("a backup, not an update")]
    IsBackup,
    #[error("an update, not a backup")]
    IsUpdate,
    #[error("not paired yet")]
    NotPaired,
    #[error("only your partner can change that")]
    NotYours,
    #[error("not found")]
    NotFound,
    #[error("{message}")]
    Invalid { message: String },
    #[error("{message}")]
    Storage { message: String },
}

impl From<attune_core::Error> for AttuneError {
    fn from(e: attune_core::Error) -> Self {
        use attune_core::Error as E;
        match e {
            E::WrongCode => Self::WrongCode,
            E::MistypedCode => Self::MistypedCode,
            E::WrongPassphrase => Self::WrongPassphrase,
            E::NotAnAttuneFile => Self::NotAnAttuneFile,
            E::Damaged => Self::Damaged,
            E::FromNewerVersion => Self::FromNewerVersion,
            E::OwnUpdate => Self::OwnUpdate,
            E::FromSomeoneElse => Self::FromSomeoneElse,
            E::TooLarge => Self::TooLarge,
            E::IsBackup => Self::IsBackup,
            E::IsUpdate => Self::IsUpdate,
            E::NotPaired => Self::NotPaired,
            E::NotYours => Self::NotYours,
            E::NotFound => Self::NotFound,
            E::Invalid(message) => Self::Invalid { message },
            E::Storage(message) => Self::Storage { message },
        }
    }
}

/// The sentence a screen shows for an error (the same words as the app).
#[uniffi::export]
pub fn error_message(error: &AttuneError) -> String {
    let core = match error {
        AttuneError::WrongCode => attune_core::Error::WrongCode,
        AttuneError::MistypedCode => attune_core::Error::MistypedCode,
        AttuneError::WrongPassphrase => attune_core::Error::WrongPassphrase,
        AttuneError::NotAnAttuneFile => attune_core::Error::NotAnAttuneFile,
        AttuneError::Damaged => attune_core::Error::Damaged,
        AttuneError::FromNewerVersion => attune_core::Error::FromNewerVersion,
        AttuneError::OwnUpdate => attune_core::Error::OwnUpdate,
        AttuneError::FromSomeoneElse => attune_core::Error::FromSomeoneElse,
        AttuneError::TooLarge => attune_core::Error::TooLarge,
        AttuneError::IsBackup => attune_core::Error::IsBackup,
        AttuneError::IsUpdate => attune_core::Error::IsUpdate,
        AttuneError::NotPaired => attune_core::Error::NotPaired,
        AttuneError::NotYours => attune_core::Error::NotYours,
        AttuneError::NotFound => attune_core::Error::NotFound,
        AttuneError::Invalid { message } => attune_core::Error::Invalid(message.clone()),
        AttuneError::Storage { message } => attune_core::Error::Storage(message.clone()),
    };
    core.to_string()
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

/// A daily check-in, as a native widget or test sends it.
#[derive(uniffi::Record)]
pub struct CheckInInput {
    pub connection: u8,
    pub safe: u8,
    pub seen: u8,
    pub trust: u8,
    pub repair: u8,
    pub rely: u8,
    pub appreciation: Option<String>,
    pub need: Option<String>,
    pub answer: Option<String>,
    pub shared: bool,
}

#[derive(uniffi::Record)]
pub struct CheckInRecord {
    pub day: String,
    pub connection: u8,
    pub markers: Vec<u8>,
    pub appreciation: Option<String>,
    pub need: Option<String>,
    pub shared: bool,
}

impl From<attune_core::CheckInSummary> for CheckInRecord {
    fn from(c: attune_core::CheckInSummary) -> Self {
        Self {
            day: c.day.to_string(),
            connection: c.connection,
            markers: c.markers.as_array().to_vec(),
            appreciation: c.appreciation,
            need: c.need,
            shared: c.shared,
        }
    }
}

/// My partner's answer to a question, as far as I may see it.
#[derive(uniffi::Enum)]
pub enum PartnerAnswer {
    Revealed { text: String },
    Hidden,
    NotYet,
}

#[derive(uniffi::Record)]
pub struct ReminderPlanRecord {
    pub hour: u8,
    pub minute: u8,
    pub days: Vec<ReminderDayRecord>,
}

#[derive(uniffi::Record)]
pub struct ReminderDayRecord {
    /// `YYYY-MM-DD`, local.
    pub day: String,
    /// `None`: no reminder that day.
    pub text: Option<String>,
}

#[derive(uniffi::Record)]
pub struct QuestionRecord {
    pub id: String,
    pub day: String,
    pub text: String,
    pub my_answer: Option<String>,
    pub partner: PartnerAnswer,
}

#[derive(uniffi::Record)]
pub struct TodayRecord {
    pub day: String,
    pub my_name: String,
    pub partner_name: Option<String>,
    pub check_in: Option<CheckInRecord>,
    pub step: String,
    pub step_title: String,
    pub question: QuestionRecord,
    pub partner_check_in: Option<CheckInRecord>,
    pub consistency: String,
    pub exchange_nudge: Option<String>,
    pub paired: bool,
}

#[derive(uniffi::Record)]
pub struct ReflectionRecord {
    pub title: String,
    pub day: String,
    pub texts: Vec<String>,
}

#[derive(uniffi::Record)]
pub struct PartnerRecord {
    pub name: Option<String>,
    pub step: Option<String>,
    pub check_ins: Vec<CheckInRecord>,
    pub reflections: Vec<ReflectionRecord>,
    /// Answers to questions I have answered too.
    pub answers: Vec<String>,
}

#[derive(uniffi::Record)]
pub struct ImportSummaryRecord {
    pub partner_name: String,
    pub new_entries: u32,
    pub updated_entries: u32,
    pub removed_entries: u32,
    pub message: String,
}

fn question_record(q: attune_core::QuestionView) -> QuestionRecord {
    QuestionRecord {
        id: q.id,
        day: q.day.to_string(),
        text: q.text,
        my_answer: q.my_answer,
        partner: match q.partner {
            attune_core::PartnerAnswer::Revealed(text) => PartnerAnswer::Revealed { text },
            attune_core::PartnerAnswer::Hidden => PartnerAnswer::Hidden,
            attune_core::PartnerAnswer::NotYet => PartnerAnswer::NotYet,
        },
    }
}

/// One install's store. Calls are serialised on its one connection.
#[derive(uniffi::Object)]
pub struct AttuneStore {
    store: Arc<Mutex<Store>>,
}

impl AttuneStore {
    fn with<T>(&self, f: impl FnOnce(&mut Store) -> attune_core::Result<T>) -> Result<T> {
        let mut store = self.store.lock().map_err(|_| AttuneError::Storage { message: "store poisoned".into() })?;
        f(&mut store).map_err(AttuneError::from)
    }

    async fn blocking<T: Send + 'static>(
        &self,
        f: impl FnOnce(&mut Store) -> attune_core::Result<T> + Send + 'static,
    ) -> Result<T> {
        let store = Arc::clone(&self.store);
        tokio::task::spawn_blocking(move || {
            let mut store = store.lock().map_err(|_| AttuneError::Storage { message: "store poisoned".into() })?;
            f(&mut store).map_err(AttuneError::from)
        })
        .await
        .map_err(|e| AttuneError::Storage { message: e.to_string() })?
    }
}

#[uniffi::export(async_runtime = "tokio")]
impl AttuneStore {
    /// Opens (creating if needed) the database at `path`.
    #[uniffi::constructor]
    pub fn open(path: String) -> Result<Arc<Self>> {
        let store = Store::open(path, Arc::new(SystemClock))?;
        Ok(Arc::new(Self { store: Arc::new(Mutex::new(store)) }))
    }

    pub fn is_set_up(&self) -> Result<bool> {
        self.with(|s| s.is_set_up())
    }

    pub fn set_up(&self, my_name: String, partner_name: Option<String>) -> Result<()> {
        self.with(|s| s.set_up(&my_name, partner_name.as_deref(), None))
    }

    /// Sets the daily reminder to `HH:MM` local time, or turns it off with `None`.
    pub fn set_reminder(&self, time: Option<String>) -> Result<()> {
        let time = time.map(|t| t.parse::<attune_core::ReminderTime>()).transpose()?;
        self.with(|s| s.change_setting(attune_core::SettingsChange::Reminder(time)))
    }

    pub fn save_check_in(&self, input: CheckInInput) -> Result<()> {
        let draft = CheckInDraft {
            connection: input.connection,
            markers: Markers {
                safe: input.safe,
                seen: input.seen,
                trust: input.trust,
                repair: input.repair,
                rely: input.rely,
            },
            appreciation: input.appreciation,
            need: input.need,
            kept: vec![],
            answer: input.answer,
            shared: input.shared,
        };
        self.with(|s| s.save_check_in(draft))
    }

    pub fn answer_question(&self, text: String, shared: bool) -> Result<()> {
        self.with(|s| s.answer_question(&text, shared))
    }

    pub fn question_of_the_day(&self) -> Result<QuestionRecord> {
        self.with(|s| s.question_of_the_day()).map(question_record)
    }

    /// The reminder notification's text: today's question, so the nudge is worth opening.
    pub fn reminder_text(&self) -> Result<String> {
        self.with(|s| s.question_of_the_day()).map(|q| attune_core::reminder::reminder_text(&q.text))
    }

    /// The daily reminder for the next `days` days, or none if no reminder is chosen: what a
    /// native scheduler needs (time, and each day's text; a day already checked in has none).
    pub fn reminder_plan(&self, days: u32) -> Result<Option<ReminderPlanRecord>> {
        let plan = self.with(|s| s.reminder_plan(days))?;
        Ok(plan.map(|p| ReminderPlanRecord {
            hour: p.time.hour,
            minute: p.time.minute,
            days: p.days.into_iter().map(|(day, text)| ReminderDayRecord { day: day.to_string(), text }).collect(),
        }))
    }

    pub fn today(&self) -> Result<TodayRecord> {
        let t = self.with(|s| s.today())?;
        Ok(TodayRecord {
            day: t.day.to_string(),
            my_name: t.my_name,
            partner_name: t.partner_name,
            check_in: t.check_in.map(Into::into),
            step: t.step.id().to_owned(),
            step_title: t.step_title,
            question: question_record(t.question),
            partner_check_in: t.partner_check_in.map(Into::into),
            consistency: t.consistency.message,
            exchange_nudge: t.exchange_nudge,
            paired: t.paired,
        })
    }

    pub fn partner(&self) -> Result<PartnerRecord> {
        let p = self.with(|s| s.partner())?;
        Ok(PartnerRecord {
            name: p.name,
            step: p.step.map(|s| s.id().to_owned()),
            check_ins: p.check_ins.into_iter().map(Into::into).collect(),
            reflections: p
                .reflections
                .into_iter()
                .map(|r| ReflectionRecord {
                    title: r.title,
                    day: r.day.to_string(),
                    texts: r.parts.into_iter().map(|(_, t)| t).collect(),
                })
                .collect(),
            answers: p.answers.into_iter().filter_map(|a| a.answer).collect(),
        })
    }

    /// Creates the couple code (or returns the one already made), shown as `ABCD-EFGH-JKMN-PQ`.
    pub fn create_couple_code(&self) -> Result<String> {
        self.with(|s| s.create_couple_code().map(|c| c.to_string()))
    }

    pub fn enter_couple_code(&self, code: String) -> Result<()> {
        self.with(|s| s.enter_couple_code(&code))
    }

    /// My sealed update: the bytes of a `.attune` file for the share sheet.
    pub async fn export_update(&self) -> Result<Vec<u8>> {
        self.blocking(Store::export_update).await
    }

    /// Opens my partner's update (e.g. a file shared into the app).
    pub async fn import_update(&self, bytes: Vec<u8>) -> Result<ImportSummaryRecord> {
        let summary = self.blocking(move |s| s.import_update(&bytes)).await?;
        Ok(ImportSummaryRecord {
            message: summary.message(),
            partner_name: summary.partner_name,
            new_entries: summary.new.total(),
            updated_entries: summary.updated.total(),
            removed_entries: summary.removed.total(),
        })
    }
}
