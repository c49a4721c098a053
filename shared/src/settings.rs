//! Settings that stay on this phone: reminder time, default sharing, app lock, theme and text
//! size, plus deleting everything. My name lives in my profile entry (it travels); the rest
//! never leaves the phone.

use std::fmt::{self, Write as _};
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::db;
use crate::error::{Error, Result};
use crate::profile::{self, PARTNER_NAME};
use crate::{Store, Writer};

const REMINDER: &str = "reminder";
const SHARE_BY_DEFAULT: &str = "share_by_default";
const THEME: &str = "theme";
const TEXT_SIZE: &str = "text_size";
const PIN: &str = "pin";

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
    /// A 4–8 digit PIN for the app lock.
    SetPin(String),
    RemovePin,
}

pub(crate) fn set_reminder(w: &Writer<'_>, reminder: Option<ReminderTime>) -> Result<()> {
    match reminder {
        Some(r) => db::set_setting(&w.tx, REMINDER, &r),
        None => db::remove_setting(&w.tx, REMINDER),
    }
}

fn pin_hash(salt: &str, pin: &str) -> String {
    let digest = Sha256::digest(format!("attune-pin:{salt}:{pin}").as_bytes());
    digest.iter().fold(String::with_capacity(64), |mut hex, b| {
        let _ = write!(hex, "{b:02x}");
        hex
    })
}

#[derive(Serialize, Deserialize)]
struct StoredPin {
    salt: String,
    hash: String,
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
            has_pin: db::setting::<StoredPin>(&self.conn, PIN)?.is_some(),
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
                let name = profile::clean_name(&name, "your name")?;
                let mut profile = self.my_profile()?;
                profile.name = name;
                self.write(|w| w.save_my_profile(profile))
            }
            SettingsChange::PartnerName(name) => {
                let name = name
                    .as_deref()
                    .map(str::trim)
                    .filter(|n| !n.is_empty())
                    .map(|n| profile::clean_name(n, "your partner's name"))
                    .transpose()?;
                self.write(|w| match name {
                    Some(n) => db::set_setting(&w.tx, PARTNER_NAME, &n),
                    None => db::remove_setting(&w.tx, PARTNER_NAME),
                })
            }
            SettingsChange::Reminder(r) => self.write(|w| set_reminder(w, r)),
            SettingsChange::ShareByDefault(on) => self.write(|w| db::set_setting(&w.tx, SHARE_BY_DEFAULT, &on)),
            SettingsChange::Theme(t) => self.write(|w| db::set_setting(&w.tx, THEME, &t)),
            SettingsChange::TextSize(s) => self.write(|w| db::set_setting(&w.tx, TEXT_SIZE, &s)),
            SettingsChange::SetPin(pin) => {
                let pin = pin.trim().to_owned();
                if !(4..=8).contains(&pin.len()) || !pin.chars().all(|c| c.is_ascii_digit()) {
                    return Err(Error::invalid("A PIN is 4 to 8 digits."));
                }
                let salt = crate::ids::EntryId::random().to_string();
                let stored = StoredPin { hash: pin_hash(&salt, &pin), salt };
                self.write(|w| db::set_setting(&w.tx, PIN, &stored))
            }
            SettingsChange::RemovePin => self.write(|w| db::remove_setting(&w.tx, PIN)),
        }
    }

    /// Whether `pin` unlocks the app. Always true when no PIN is set.
    pub fn unlock(&self, pin: &str) -> Result<bool> {
        Ok(match db::setting::<StoredPin>(&self.conn, PIN)? {
            Some(stored) => pin_hash(&stored.salt, pin.trim()) == stored.hash,
            None => true,
        })
    }

    /// Deletes everything: the database file and its `-wal` and `-shm` companions. The store
    /// is consumed; the app starts over at first run. (In the browser the files live in the
    /// VFS's IndexedDB store, which the web layer clears once the connection is closed.)
    pub fn delete_all_data(self) -> Result<()> {
        let Store { conn, path, .. } = self;
        conn.close().map_err(|(_, e)| Error::from(e))?;
        #[cfg(not(target_arch = "wasm32"))]
        if let Some(path) = path {
            for suffix in ["", "-wal", "-shm", "-journal"] {
                let mut file = path.clone().into_os_string();
                file.push(suffix);
                match std::fs::remove_file(&file) {
                    Ok(()) => {}
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                    Err(e) => return Err(e.into()),
                }
            }
        }
        #[cfg(target_arch = "wasm32")]
        let _ = path;
        Ok(())
    }
}
