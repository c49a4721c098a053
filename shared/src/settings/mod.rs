//! Settings that stay on this phone: reminder time, default sharing, app lock, theme and text
//! size, plus deleting everything. My name lives in my profile entry (it travels); the rest
//! never leaves the phone.

pub mod lock;
pub(crate) mod rules;

use serde::{Deserialize, Serialize};

use crate::error::{Result, TextField};
use crate::records::profile::{clean_name, clean_partner_name, set_partner_name};
use crate::records::reminder::ReminderTime;
use crate::settings::lock::LockAfter;
use crate::storage::rows;
use crate::{Setting, Store, Writer};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum Theme {
    #[default]
    System,
    Light,
    Dark,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum TextSize {
    #[default]
    Normal,
    Large,
    Larger,
}

#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
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
    /// The day of the week we hold our State of us.
    pub state_of_us_day: Option<chrono::Weekday>,
    /// The language chosen here; `None`: the phone's.
    pub language: Option<crate::Locale>,
    /// The language shown now.
    pub locale: crate::Locale,
    /// How many stored settings could not be read when Attune opened and were reset.
    pub settings_reset_at_open: u32,
}

/// One change a person makes on the settings screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SettingsChange {
    MyName(String),
    PartnerName(Option<String>),
    Reminder(Option<ReminderTime>),
    ShareByDefault(bool),
    Theme(Theme),
    TextSize(TextSize),
    /// My name and the name I give my partner, saved together.
    Names {
        mine: String,
        partner: Option<String>,
    },
    /// Hide the grid of days we both checked in (Partner screen), on both phones: it travels
    /// in my profile.
    HideTogether(bool),
    /// The day of the week for our State of us (`None`: no day; its reminder goes).
    StateOfUsDay(Option<chrono::Weekday>),
    /// The language to read Attune in; `None`: the phone's.
    Language(Option<crate::Locale>),
    /// A 4–8 digit PIN for the app lock.
    SetPin(String),
    RemovePin,
    LockAfter(LockAfter),
}

fn set_reminder(w: &Writer<'_>, reminder: Option<ReminderTime>) -> Result<()> {
    match reminder {
        Some(r) => w.set(Setting::Reminder, &r),
        None => w.unset(Setting::Reminder),
    }
}

impl Store {
    pub fn settings(&self) -> Result<SettingsView> {
        Ok(SettingsView {
            my_name: self.my_name()?,
            partner_name: self.partner_name()?,
            reminder: rows::setting(self.rows(), Setting::Reminder)?,
            share_by_default: self.share_by_default()?,
            theme: rows::setting(self.rows(), Setting::Theme)?.unwrap_or_default(),
            text_size: rows::setting(self.rows(), Setting::TextSize)?.unwrap_or_default(),
            has_pin: self.lock_required()?,
            lock_after: rows::setting(self.rows(), Setting::LockAfter)?.unwrap_or_default(),
            paired: self.couple_code()?.is_some(),
            schema_version: u32::try_from(crate::SCHEMA_VERSION).unwrap_or(u32::MAX),
            state_of_us_day: self.state_of_us_day()?,
            language: rows::setting(self.rows(), Setting::Language)?,
            locale: self.locale,
            settings_reset_at_open: self.settings_reset,
        })
    }

    /// Whether new entries start out shared. On by default: the app is for two.
    pub fn share_by_default(&self) -> Result<bool> {
        Ok(rows::setting(self.rows(), Setting::ShareByDefault)?.unwrap_or(true))
    }

    pub fn change_setting(&mut self, change: SettingsChange) -> Result<()> {
        match change {
            SettingsChange::MyName(name) => {
                let name = clean_name(&name, TextField::MyName)?;
                let mut profile = self.my_profile()?;
                profile.name = name;
                self.write(|w| w.save_my_profile(profile))
            }
            SettingsChange::PartnerName(name) => {
                let name = clean_partner_name(name.as_deref())?;
                self.write(|w| set_partner_name(w, name.as_deref()))
            }
            SettingsChange::Reminder(r) => self.write(|w| set_reminder(w, r)),
            SettingsChange::ShareByDefault(on) => self.write(|w| w.set(Setting::ShareByDefault, &on)),
            SettingsChange::Theme(t) => self.write(|w| w.set(Setting::Theme, &t)),
            SettingsChange::TextSize(s) => self.write(|w| w.set(Setting::TextSize, &s)),
            SettingsChange::StateOfUsDay(day) => self.set_state_of_us_day(day),
            SettingsChange::Language(language) => {
                self.write(|w| match language {
                    Some(l) => w.set(Setting::Language, &l),
                    None => w.unset(Setting::Language),
                })?;
                self.refresh_locale();
                Ok(())
            }
            SettingsChange::HideTogether(hide) => {
                let mut profile = self.my_profile()?;
                if profile.hides_together == hide {
                    return Ok(());
                }
                profile.hides_together = hide;
                self.write(|w| w.save_my_profile(profile))
            }
            SettingsChange::Names { mine, partner } => {
                let mine = clean_name(&mine, TextField::MyName)?;
                let partner = clean_partner_name(partner.as_deref())?;
                let mut profile = self.my_profile()?;
                profile.name = mine;
                self.write(|w| {
                    w.save_my_profile(profile)?;
                    set_partner_name(w, partner.as_deref())
                })
            }
            SettingsChange::SetPin(pin) => {
                let pin = crate::settings::lock::checked_pin(&pin)?;
                self.write(|w| w.set_pin(&pin))
            }
            SettingsChange::RemovePin => self.write(|w| w.remove_pin()),
            SettingsChange::LockAfter(after) => self.write(|w| w.set(Setting::LockAfter, &after)),
        }
    }

    /// Deletes everything: the database file and its `-wal` and `-shm` companions, and every
    /// file Attune wrote beside it (received files, the outbox, the reminder plan). The store
    /// is consumed; the app starts over at first run. Returns how many files were removed.
    /// (In the browser the files live in the VFS's store, which the web layer clears once the
    /// connection is closed.) Files the person saved elsewhere are theirs and stay.
    pub fn delete_all_data(self) -> Result<u32> {
        let path = self.close()?;
        #[cfg(not(target_arch = "wasm32"))]
        if let Some(path) = path {
            return Ok(crate::files::remove_everything(&path)?);
        }
        #[cfg(target_arch = "wasm32")]
        let _ = path;
        Ok(0)
    }
}
