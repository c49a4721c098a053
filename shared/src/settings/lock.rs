//! The app lock: a PIN kept only as a slow scrypt hash, growing waits after wrong PINs that
//! survive a restart, locking again after the app was in the background, and failing closed.
//!
//! A wait is counted on the running clock (`Clock::running_ms`: monotonic, only while Attune
//! runs), with the wall clock as a floor: setting the phone's clock forward skips nothing, and
//! setting it back never makes a wait longer. Progress is written down at each try, so a
//! restart keeps what had passed.
//!
//! What it protects is the screen, against a person holding the unlocked phone; the data
//! itself rests on the phone's own encryption (see `docs/security.md`).

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::error::{Error, Result, StorageKind};
use crate::ids::hex;
use crate::storage::rows;
use crate::{Setting, Store, Writer};

/// Shortest and longest PIN, in digits.
pub const PIN_DIGITS: std::ops::RangeInclusive<usize> = 4..=8;
/// Wrong PINs allowed before the first wait.
pub const FREE_TRIES: u32 = 4;
/// scrypt cost for the PIN hash: N = 2^15, about 0.1 s on a laptop and under a second on a
/// phone. Against a copied database this only slows guessing: every 4-digit PIN is tried in
/// about a quarter of an hour on one laptop core (measured in `BENCHMARKS.md`), every 6-digit
/// one in about a day. The lock guards the screen; the data rests on the phone's encryption.
const PIN_WORK_FACTOR: u8 = 15;

/// How soon the app locks again once it has left the screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum LockAfter {
    #[default]
    Immediately,
    OneMinute,
    FiveMinutes,
}

impl LockAfter {
    pub const ALL: [LockAfter; 3] = [LockAfter::Immediately, LockAfter::OneMinute, LockAfter::FiveMinutes];

    /// How long the app may be away before it locks again.
    pub fn grace_ms(self) -> i64 {
        match self {
            LockAfter::Immediately => 0,
            LockAfter::OneMinute => 60_000,
            LockAfter::FiveMinutes => 5 * 60_000,
        }
    }
}

/// What typing a PIN did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum Unlock {
    Unlocked,
    /// The PIN was wrong. `retry_at_ms`: when the next try is allowed, if there is a wait.
    WrongPin {
        failures: u32,
        retry_at_ms: Option<i64>,
    },
    /// Too many wrong PINs: no PIN is checked before `retry_at_ms`.
    Wait {
        retry_at_ms: i64,
    },
}

/// The lock screen's state.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct LockView {
    pub has_pin: bool,
    /// While a wait after wrong PINs lasts: when it ends.
    pub retry_at_ms: Option<i64>,
}

/// The wait after the `failures`-th wrong PIN in a row: none for the first few, then 30
/// seconds, a minute, five, fifteen, and an hour from then on.
pub fn wait_after(failures: u32) -> i64 {
    const SECOND: i64 = 1000;
    match failures.saturating_sub(FREE_TRIES) {
        0 => 0,
        1 => 30 * SECOND,
        2 => 60 * SECOND,
        3 => 5 * 60 * SECOND,
        4 => 15 * 60 * SECOND,
        _ => 60 * 60 * SECOND,
    }
}

#[derive(Serialize, Deserialize)]
struct StoredPin {
    salt: String,
    hash: String,
    /// `None`: a PIN set by version 1, hashed once with SHA-256; rehashed with scrypt at the
    /// next unlock.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    scrypt_log_n: Option<u8>,
}

/// Wrong PINs in a row, when the last was typed (wall clock), and how much of the wait since
/// has passed on the running clock, as last written down.
#[derive(Clone, Copy, Default, Serialize, Deserialize)]
pub(crate) struct Failures {
    count: u32,
    last_ms: i64,
    #[serde(default)]
    waited_ms: i64,
}

fn scrypt_hash(salt: &str, pin: &str, log_n: u8) -> Result<String> {
    let params = scrypt::Params::new(log_n, 8, 1, 32)
        .map_err(|e| Error::storage(StorageKind::Crypto, format!("PIN hash: {e}")))?;
    let mut out = [0u8; 32];
    scrypt::scrypt(pin.as_bytes(), salt.as_bytes(), &params, &mut out)
        .map_err(|e| Error::storage(StorageKind::Crypto, format!("PIN hash: {e}")))?;
    Ok(hex(&out))
}

fn legacy_hash(salt: &str, pin: &str) -> String {
    hex(&Sha256::digest(format!("attune-pin:{salt}:{pin}").as_bytes()))
}

fn same(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.bytes().zip(b.bytes()).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

impl StoredPin {
    fn new(pin: &str) -> Result<StoredPin> {
        let mut salt = [0u8; 16];
        getrandom::fill(&mut salt).map_err(|e| Error::storage(StorageKind::Crypto, format!("randomness: {e}")))?;
        let salt = hex(&salt);
        Ok(StoredPin { hash: scrypt_hash(&salt, pin, PIN_WORK_FACTOR)?, salt, scrypt_log_n: Some(PIN_WORK_FACTOR) })
    }

    fn matches(&self, pin: &str) -> Result<bool> {
        let hash = match self.scrypt_log_n {
            Some(log_n) => scrypt_hash(&self.salt, pin, log_n)?,
            None => legacy_hash(&self.salt, pin),
        };
        Ok(same(&hash, &self.hash))
    }
}

/// A PIN as typed, checked: 4 to 8 digits.
pub(crate) fn checked_pin(typed: &str) -> Result<String> {
    let pin = typed.trim();
    if !PIN_DIGITS.contains(&pin.len()) || !pin.chars().all(|c| c.is_ascii_digit()) {
        return Err(Error::PinFormat {
            min_digits: u32::try_from(*PIN_DIGITS.start()).unwrap_or(0),
            max_digits: u32::try_from(*PIN_DIGITS.end()).unwrap_or(u32::MAX),
        });
    }
    Ok(pin.to_owned())
}

impl Writer<'_> {
    pub(crate) fn set_pin(&self, pin: &str) -> Result<()> {
        self.set(Setting::Pin, &StoredPin::new(&checked_pin(pin)?)?)?;
        self.unset(Setting::PinFailures)
    }

    pub(crate) fn remove_pin(&self) -> Result<()> {
        self.unset(Setting::Pin)?;
        self.unset(Setting::PinFailures)
    }
}

impl Store {
    /// When the wait after `failures` ends, if one lasts: once its length has passed on the
    /// running clock (what was written down, plus what passed since this store last wrote it)
    /// and on the wall clock.
    fn retry_at(&self, failures: Failures) -> Option<i64> {
        let wait = wait_after(failures.count);
        if wait == 0 {
            return None;
        }
        let now = self.clock.now().unix_ms;
        let waited = failures.waited_ms.saturating_add(self.running_since_lock_mark());
        let running_left = wait.saturating_sub(waited);
        // A clock set back must not make the wait longer than it was meant to be.
        let wall_left = failures.last_ms.min(now).saturating_add(wait).saturating_sub(now);
        let left = running_left.max(wall_left);
        (left > 0).then(|| now.saturating_add(left))
    }

    fn running_since_lock_mark(&self) -> i64 {
        self.clock.running_ms().saturating_sub(self.lock_mark).max(0)
    }

    /// Whether the app must ask for the PIN before showing anything. An error here means the
    /// lock can't be read: the app stays locked.
    pub fn lock_required(&self) -> Result<bool> {
        Ok(rows::setting::<StoredPin>(self.rows(), Setting::Pin)?.is_some())
    }

    /// The lock screen: whether there is a PIN, and the wait after wrong PINs if one lasts.
    pub fn lock_view(&self) -> Result<LockView> {
        let failures = rows::setting::<Failures>(self.rows(), Setting::PinFailures)?.unwrap_or_default();
        Ok(LockView { has_pin: self.lock_required()?, retry_at_ms: self.retry_at(failures) })
    }

    /// Tries `pin`. Wrong PINs are counted on disk, so a restart doesn't reset the waits;
    /// during a wait no PIN is checked at all.
    pub fn unlock(&mut self, pin: &str) -> Result<Unlock> {
        let Some(stored) = rows::setting::<StoredPin>(self.rows(), Setting::Pin)? else { return Ok(Unlock::Unlocked) };
        let failures = rows::setting::<Failures>(self.rows(), Setting::PinFailures)?.unwrap_or_default();
        if let Some(retry_at_ms) = self.retry_at(failures) {
            // Write down how much of the wait has passed, so a restart keeps it.
            let waited =
                Failures { waited_ms: failures.waited_ms.saturating_add(self.running_since_lock_mark()), ..failures };
            self.write(|w| w.set(Setting::PinFailures, &waited))?;
            self.lock_mark = self.clock.running_ms();
            return Ok(Unlock::Wait { retry_at_ms });
        }
        let typed = pin.trim();
        if stored.matches(typed)? {
            let upgrade = stored.scrypt_log_n.is_none();
            self.write(|w| {
                if upgrade {
                    w.set_pin(typed)?;
                }
                w.unset(Setting::PinFailures)
            })?;
            return Ok(Unlock::Unlocked);
        }
        let failed =
            Failures { count: failures.count.saturating_add(1), last_ms: self.clock.now().unix_ms, waited_ms: 0 };
        self.write(|w| w.set(Setting::PinFailures, &failed))?;
        self.lock_mark = self.clock.running_ms();
        Ok(Unlock::WrongPin { failures: failed.count, retry_at_ms: self.retry_at(failed) })
    }

    /// Whether the app must lock again after being away (in the background, or its window
    /// hidden) for `away_ms`.
    pub fn lock_again_after(&self, away_ms: i64) -> Result<bool> {
        let after: LockAfter = rows::setting(self.rows(), Setting::LockAfter)?.unwrap_or_default();
        Ok(self.lock_required()? && away_ms >= after.grace_ms())
    }

    /// Attune went to the background or its window was hidden: the moment is kept on both
    /// clocks (a second call while still away keeps the first).
    pub fn went_away(&mut self) {
        if self.away_since.is_none() {
            self.away_since = Some((self.clock.now().unix_ms, self.clock.running_ms()));
        }
    }

    /// Attune is in front again: whether the lock must show first. The time away is the longer
    /// of the two clocks' counts, so neither setting the phone's clock back nor a running clock
    /// that stood still while the phone slept lets Attune open without its PIN. Back without
    /// having gone away: no lock (nothing was hidden).
    pub fn came_back(&mut self) -> Result<bool> {
        let Some((wall, running)) = self.away_since.take() else { return Ok(false) };
        let away_ms = (self.clock.now().unix_ms - wall).max(self.clock.running_ms() - running).max(0);
        self.lock_again_after(away_ms)
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::{Clock, ManualClock, SettingsChange};

    fn locked_store() -> (Store, ManualClock) {
        let clock = ManualClock::at_morning_of(chrono::NaiveDate::from_ymd_opt(2026, 11, 28).unwrap());
        let mut store = Store::open_in_memory(Arc::new(clock.clone())).unwrap();
        store.set_up("Alex", None, None).unwrap();
        store.change_setting(SettingsChange::SetPin("2468".into())).unwrap();
        (store, clock)
    }

    #[test]
    fn coming_back_locks_by_the_longer_of_the_two_clocks() {
        let (mut store, clock) = locked_store();
        store.change_setting(SettingsChange::LockAfter(LockAfter::OneMinute)).unwrap();
        let seconds = chrono::Duration::seconds;
        assert!(!store.came_back().unwrap(), "never away: nothing to lock");
        store.went_away();
        clock.advance(seconds(30));
        assert!(!store.came_back().unwrap(), "half a minute is within the grace");
        // Away a minute, and the phone's clock set back an hour meanwhile: the running clock counts.
        store.went_away();
        clock.advance(seconds(61));
        clock.set_wall_clock_by(-chrono::Duration::hours(1));
        assert!(store.came_back().unwrap(), "setting the clock back does not skip the lock");
        // The phone slept: its running clock stood still while the wall clock went on.
        store.went_away();
        clock.set_wall_clock_by(seconds(120));
        assert!(store.came_back().unwrap(), "a sleeping phone's two minutes count");
        // Hidden again while already away: the first moment stands.
        store.went_away();
        clock.advance(seconds(40));
        store.went_away();
        clock.advance(seconds(40));
        assert!(store.came_back().unwrap(), "80 seconds away in all");
    }

    #[test]
    fn the_pin_is_kept_only_as_a_slow_salted_hash() {
        let (store, _) = locked_store();
        let stored: StoredPin = rows::setting(store.rows(), Setting::Pin).unwrap().unwrap();
        assert_eq!(stored.scrypt_log_n, Some(PIN_WORK_FACTOR));
        assert!(!stored.hash.contains("2468") && stored.hash.len() == 64);
        assert!(store.dump().unwrap().iter().all(|row| !row.contains("2468")));
    }

    #[test]
    fn wrong_pins_bring_growing_waits_and_the_right_one_then_waits_too() {
        let (mut store, clock) = locked_store();
        for n in 1..=FREE_TRIES {
            assert_eq!(store.unlock("0000").unwrap(), Unlock::WrongPin { failures: n, retry_at_ms: None });
        }
        let Unlock::WrongPin { failures: 5, retry_at_ms: Some(at) } = store.unlock("0000").unwrap() else {
            panic!("the fifth wrong PIN brings a wait")
        };
        assert_eq!(at - clock.now().unix_ms, 30_000);
        assert_eq!(store.unlock("2468").unwrap(), Unlock::Wait { retry_at_ms: at }, "no PIN is checked during a wait");
        clock.advance(chrono::Duration::seconds(30));
        let Unlock::WrongPin { failures: 6, retry_at_ms: Some(at) } = store.unlock("1111").unwrap() else {
            panic!("a longer wait")
        };
        assert_eq!(at - clock.now().unix_ms, 60_000);
        clock.advance(chrono::Duration::seconds(60));
        assert_eq!(store.unlock("2468").unwrap(), Unlock::Unlocked);
        assert_eq!(
            store.lock_view().unwrap(),
            LockView { has_pin: true, retry_at_ms: None },
            "a right PIN clears the count"
        );
    }

    #[test]
    fn a_pin_from_version_one_still_unlocks_and_is_rehashed() {
        let (mut store, _) = locked_store();
        let legacy = StoredPin { salt: "s".into(), hash: legacy_hash("s", "1357"), scrypt_log_n: None };
        store.write(|w| w.set(Setting::Pin, &legacy)).unwrap();
        assert_eq!(store.unlock("1357").unwrap(), Unlock::Unlocked);
        let stored: StoredPin = rows::setting(store.rows(), Setting::Pin).unwrap().unwrap();
        assert_eq!(stored.scrypt_log_n, Some(PIN_WORK_FACTOR));
        assert_eq!(store.unlock("1357").unwrap(), Unlock::Unlocked);
    }

    #[test]
    fn the_app_locks_again_after_the_chosen_time_away() {
        let (mut store, _) = locked_store();
        assert!(store.lock_again_after(0).unwrap(), "immediately by default");
        store.change_setting(SettingsChange::LockAfter(LockAfter::OneMinute)).unwrap();
        assert!(!store.lock_again_after(59_000).unwrap());
        assert!(store.lock_again_after(60_000).unwrap());
        store.change_setting(SettingsChange::RemovePin).unwrap();
        assert!(!store.lock_again_after(3_600_000).unwrap(), "no PIN, no lock");
    }

    #[test]
    fn moving_the_clock_forward_skips_no_wait_and_a_restart_keeps_what_passed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("attune.db");
        let clock = ManualClock::at_morning_of(chrono::NaiveDate::from_ymd_opt(2026, 11, 28).unwrap());
        let mut store = Store::open(&path, Arc::new(clock.clone())).unwrap();
        store.set_up("Alex", None, None).unwrap();
        store.change_setting(SettingsChange::SetPin("2468".into())).unwrap();
        for _ in 0..=FREE_TRIES {
            store.unlock("0000").unwrap();
        }
        // Whoever holds the phone sets its clock two hours ahead and opens Attune again.
        drop(store);
        let later = clock.restarted();
        later.set_wall_clock_by(chrono::Duration::hours(2));
        let mut store = Store::open(&path, Arc::new(later.clone())).unwrap();
        assert!(store.lock_view().unwrap().retry_at_ms.is_some(), "the wait still lasts");
        assert!(matches!(store.unlock("2468").unwrap(), Unlock::Wait { .. }), "no PIN is checked");
        // Twenty seconds pass with Attune open; it is closed and opened again.
        later.advance(chrono::Duration::seconds(20));
        assert!(matches!(store.unlock("2468").unwrap(), Unlock::Wait { .. }));
        drop(store);
        let again = later.restarted();
        let mut store = Store::open(&path, Arc::new(again.clone())).unwrap();
        let Unlock::Wait { retry_at_ms } = store.unlock("2468").unwrap() else { panic!("still waiting") };
        assert_eq!(retry_at_ms - again.now().unix_ms, 10_000, "the twenty seconds that passed are kept");
        again.advance(chrono::Duration::seconds(10));
        assert_eq!(store.unlock("2468").unwrap(), Unlock::Unlocked);
    }
}
