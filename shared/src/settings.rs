//! Settings that stay on this phone: reminder time, default sharing, app lock, theme and text
//! size, plus deleting everything. My name lives in my profile entry (it travels); the rest
//! never leaves the phone.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::db;
use crate::error::{Error, Result};
use crate::lock::{LOCK_AFTER, LockAfter};
use crate::profile::PARTNER_NAME;
use crate::{Store, Writer};

const REMINDER: &str = "reminder";
const SHARE_BY_DEFAULT: &str = "share_by_default";
const THEME: &str = "theme";
const TEXT_SIZE: &str = "text_size";

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Theme {
    #[default]
    System,
    Light,
    Dark,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TextSize {
    #[default]
    Normal,
    Large,
    Larger,
}

/// The daily reminder's local time of day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReminderTime {
    pub hour: u8,
    pub minute: u8,
}

impl ReminderTime {
    pub fn new(hour: u8, minute: u8) -> Result<Self> {
        if hour < 24 && minute < 60 {
            Ok(Self { hour, minute })
        } else {
            Err(Error::invalid("Pick a time between 00:00 and 23:59."))
        }
    }
}

impl fmt::Display for ReminderTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.hour, self.minute)
    }
}

impl FromStr for ReminderTime {
    type Err = Error;
    /// Reads `HH:MM`, as a time input gives it.
    fn from_str(s: &str) -> Result<Self> {
        let bad = || Error::invalid("Pick a time between 00:00 and 23:59.");
        let (h, m) = s.trim().split_once(':').ok_or_else(bad)?;
        ReminderTime::new(h.parse().map_err(|_| bad())?, m.parse().map_err(|_| bad())?)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
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
    pub schema_version: usize,
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
    /// A 4–8 digit PIN for the app lock.
    SetPin(String),
    RemovePin,
    LockAfter(LockAfter),
}

/// The name I give my partner, tidied; empty means "use the name they gave themselves".
pub(crate) fn clean_partner_name(typed: Option<&str>) -> Result<Option<String>> {
    typed.filter(|n| !n.trim().is_empty()).map(|n| crate::text::clean_name(n, "your partner's name")).transpose()
}

pub(crate) fn set_partner_name(w: &Writer<'_>, name: Option<&str>) -> Result<()> {
    match name {
        Some(n) => db::set_setting(&w.tx, PARTNER_NAME, &n),
        None => db::remove_setting(&w.tx, PARTNER_NAME),
    }
}

pub(crate) fn set_reminder(w: &Writer<'_>, reminder: Option<ReminderTime>) -> Result<()> {
    match reminder {
        Some(r) => db::set_setting(&w.tx, REMINDER, &r),
        None => db::remove_setting(&w.tx, REMINDER),
    }
}

impl Store {
    pub fn settings(&self) -> Result<SettingsView> {
        Ok(SettingsView {
            my_name: self.my_name()?,
            partner_name: self.partner_name()?,
            reminder: db::setting(&self.conn, REMINDER)?,
            share_by_default: self.share_by_default()?,
            theme: db::setting(&self.conn, THEME)?.unwrap_or_default(),
            text_size: db::setting(&self.conn, TEXT_SIZE)?.unwrap_or_default(),
            has_pin: self.lock_required()?,
            lock_after: db::setting(&self.conn, LOCK_AFTER)?.unwrap_or_default(),
            paired: self.couple_code()?.is_some(),
            schema_version: crate::SCHEMA_VERSION,
        })
    }

    /// Whether new entries start out shared. On by default: the app is for two.
    pub fn share_by_default(&self) -> Result<bool> {
        Ok(db::setting(&self.conn, SHARE_BY_DEFAULT)?.unwrap_or(true))
    }

    pub fn change_setting(&mut self, change: SettingsChange) -> Result<()> {
        match change {
            SettingsChange::MyName(name) => {
                let name = crate::text::clean_name(&name, "your name")?;
                let mut profile = self.my_profile()?;
                profile.name = name;
                self.write(|w| w.save_my_profile(profile))
            }
            SettingsChange::PartnerName(name) => {
                let name = clean_partner_name(name.as_deref())?;
                self.write(|w| set_partner_name(w, name.as_deref()))
            }
            SettingsChange::Reminder(r) => self.write(|w| set_reminder(w, r)),
            SettingsChange::ShareByDefault(on) => self.write(|w| db::set_setting(&w.tx, SHARE_BY_DEFAULT, &on)),
            SettingsChange::Theme(t) => self.write(|w| db::set_setting(&w.tx, THEME, &t)),
            SettingsChange::TextSize(s) => self.write(|w| db::set_setting(&w.tx, TEXT_SIZE, &s)),
            SettingsChange::Names { mine, partner } => {
                let mine = crate::text::clean_name(&mine, "your name")?;
                let partner = clean_partner_name(partner.as_deref())?;
                let mut profile = self.my_profile()?;
                profile.name = mine;
                self.write(|w| {
                    w.save_my_profile(profile)?;
                    set_partner_name(w, partner.as_deref())
                })
            }
            SettingsChange::SetPin(pin) => {
                let pin = crate::lock::checked_pin(&pin)?;
                self.write(|w| w.set_pin(&pin))
            }
            SettingsChange::RemovePin => self.write(|w| w.remove_pin()),
            SettingsChange::LockAfter(after) => self.write(|w| db::set_setting(&w.tx, LOCK_AFTER, &after)),
        }
    }

    /// Deletes everything: the database file and its `-wal` and `-shm` companions, and every
    /// file Attune wrote beside it (received files, the outbox, the reminder plan). The store
    /// is consumed; the app starts over at first run. Returns how many files were removed.
    /// (In the browser the files live in the VFS's store, which the web layer clears once the
    /// connection is closed.) Files the person saved elsewhere are theirs and stay.
    pub fn delete_all_data(self) -> Result<u32> {
        let Store { conn, path, .. } = self;
        conn.close().map_err(|(_, e)| Error::from(e))?;
        #[cfg(not(target_arch = "wasm32"))]
        if let Some(path) = path {
            return Ok(crate::files::remove_everything(&path)?);
        }
        #[cfg(target_arch = "wasm32")]
        let _ = path;
        Ok(0)
    }
}
