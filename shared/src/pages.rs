//! One view model for each screen that shows more than one feature's view: each page is one
//! query on the `Store`, so a screen never assembles its own data (the single-feature screens
//! read their feature's view directly, e.g. `today`, `journey`, `step_page`).

use chrono::NaiveDate;

use crate::{
    CheckInForm, ExchangeView, LeavingView, Locale, OwnQuestionView, PartnerView, PauseChoice, PauseView, QuestionView,
    Result, SettingsView, StateOfUsView, Store, TextSize, Theme,
};

/// Exchange: the swap's state, my name (for the file's name) and today (for "sent today").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExchangePage {
    pub exchange: ExchangeView,
    pub me: String,
    pub today: NaiveDate,
}

/// Partner: what my partner shared, and today (for how long ago).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PartnerPage {
    pub partner: PartnerView,
    pub today: NaiveDate,
}

/// The question of the day, my partner's name and the questions of our own.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuestionPage {
    pub question: QuestionView,
    pub partner: Option<String>,
    pub own_questions: Vec<OwnQuestionView>,
}

/// The check-in form, with the question of the day it can answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckInPage {
    pub form: CheckInForm,
    pub question: QuestionView,
}

/// State of us: the week, and my name (whose turn is whose).
#[derive(Clone, Debug, PartialEq)]
pub struct StateOfUsPage {
    pub week: StateOfUsView,
    pub me: String,
}

/// "I need a pause": the pause I am in, if any, and how long a new one may last.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PausePage {
    pub current: Option<PauseView>,
    pub choice: PauseChoice,
}

/// Settings, and how many entries my partner shared pairing again would remove (its dialog says so).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SettingsPage {
    pub settings: SettingsView,
    pub re_pair_removes: u32,
}

/// A guided conversation (repair, the stress talk): who talks, and whether its note is shared
/// by default.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConversationPage {
    pub me: String,
    pub partner: Option<String>,
    pub share_by_default: bool,
}

/// The frame around every screen: whether first run is done, and whether the app lock stands
/// in front (a PIN is set, or whether one is set can't be read: the lock fails closed).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FramePage {
    pub set_up: bool,
    pub lock_required: bool,
}

/// How every screen looks: the theme, the text size and the language (the defaults before
/// first run).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LookPage {
    pub theme: Theme,
    pub text_size: TextSize,
    pub locale: Locale,
}

/// The updates kept until they can be opened, and whether the couple has paired (then they are
/// tried again).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WaitingPage {
    pub paired: bool,
    pub waiting: Vec<i64>,
}

/// The quiet exit on the safety page: what leaving would remove, and whether the app lock stands
/// in front of it (read as locked when it can't be read).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuietExitPage {
    pub lock_required: bool,
    pub leaving: LeavingView,
}

impl Store {
    /// `None` before first run: there is nothing to leave.
    pub fn quiet_exit_page(&self) -> Result<Option<QuietExitPage>> {
        if !self.is_set_up()? {
            return Ok(None);
        }
        Ok(Some(QuietExitPage { lock_required: self.lock_required().unwrap_or(true), leaving: self.leaving()? }))
    }

    pub fn frame_page(&self) -> Result<FramePage> {
        Ok(FramePage { set_up: self.is_set_up()?, lock_required: self.lock_required().unwrap_or(true) })
    }

    pub fn look_page(&self) -> Result<LookPage> {
        let (theme, text_size) = if self.is_set_up()? {
            let settings = self.settings()?;
            (settings.theme, settings.text_size)
        } else {
            (Theme::System, TextSize::Normal)
        };
        Ok(LookPage { theme, text_size, locale: self.locale() })
    }

    pub fn waiting_page(&self) -> Result<WaitingPage> {
        Ok(WaitingPage {
            paired: self.exchange()?.paired,
            waiting: self.waiting_updates()?.iter().map(|w| w.id).collect(),
        })
    }

    pub fn exchange_page(&self) -> Result<ExchangePage> {
        Ok(ExchangePage { exchange: self.exchange()?, me: self.my_name()?, today: self.today_date() })
    }

    pub fn partner_page(&self) -> Result<PartnerPage> {
        Ok(PartnerPage { partner: self.partner()?, today: self.today_date() })
    }

    pub fn question_page(&self) -> Result<QuestionPage> {
        Ok(QuestionPage {
            question: self.question_of_the_day()?,
            partner: self.partner_name()?,
            own_questions: self.own_questions()?,
        })
    }

    pub fn check_in_page(&self) -> Result<CheckInPage> {
        Ok(CheckInPage { form: self.check_in_form()?, question: self.question_of_the_day()? })
    }

    pub fn state_of_us_page(&self) -> Result<StateOfUsPage> {
        Ok(StateOfUsPage { week: self.state_of_us()?, me: self.my_name()? })
    }

    pub fn pause_page(&self) -> Result<PausePage> {
        Ok(PausePage { current: self.pause()?, choice: self.pause_choice()? })
    }

    pub fn settings_page(&self) -> Result<SettingsPage> {
        Ok(SettingsPage { settings: self.settings()?, re_pair_removes: self.re_pair_consequence()? })
    }

    pub fn conversation_page(&self) -> Result<ConversationPage> {
        Ok(ConversationPage {
            me: self.my_name()?,
            partner: self.partner_name()?,
            share_by_default: self.share_by_default()?,
        })
    }
}
