//! Time: the injectable wall clock the core reads, the local calendar day, and the hybrid
//! logical clock (`ChangeStamp`) that orders every change across both phones.
//!
//! The core never calls the system clock directly: a `Store` is given a `Clock`, so a test can
//! walk a couple through a month in milliseconds.

use std::cmp::Ordering;
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering as AtomicOrdering};

use chrono::{DateTime, Duration, FixedOffset, NaiveDate, TimeZone, Utc};
use serde::{Deserialize, Serialize};

use crate::ids::DeviceId;

/// The moment a user action happens: UTC milliseconds and the phone's offset from UTC, which
/// together say which calendar day the couple is living in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Now {
    pub unix_ms: i64,
    pub offset_minutes: i32,
}

/// How far ahead of this phone's clock a change stamp, an export time or an entry's day may
/// be. Two phones can disagree by a time zone (up to 26 hours between UTC-12 and UTC+14)
/// without either clock being wrong; anything further is a wrong clock or a forged file, and
/// accepting it would let that change win every later edit (see `docs/security.md`).
pub const MAX_AHEAD_MS: i64 = 36 * 60 * 60 * 1000;

impl Now {
    /// The latest moment a file may speak of, by this phone's clock.
    pub fn latest_believable_ms(&self) -> i64 {
        self.unix_ms.saturating_add(MAX_AHEAD_MS)
    }

    /// The latest calendar day a file's entry may belong to.
    pub fn latest_believable_day(&self) -> NaiveDate {
        Now { unix_ms: self.latest_believable_ms(), ..*self }.day()
    }

    /// The local calendar day of this moment.
    pub fn day(&self) -> NaiveDate {
        self.local().date_naive()
    }

    pub fn local(&self) -> DateTime<FixedOffset> {
        let offset = FixedOffset::east_opt(self.offset_minutes * 60)
            .unwrap_or_else(|| FixedOffset::east_opt(0).expect("zero offset is valid"));
        let utc = Utc.timestamp_millis_opt(self.unix_ms).single().unwrap_or_default();
        utc.with_timezone(&offset)
    }
}

/// Where the core gets the time from.
pub trait Clock: Send + Sync {
    fn now(&self) -> Now;

    /// Milliseconds on a clock that only moves forward, and only while Attune runs: nobody
    /// can set it. What waits must not be skipped by moving the phone's clock (the app lock)
    /// count on it, with the wall clock only as a floor.
    fn running_ms(&self) -> i64;
}

/// The phone's own clock and time zone.
#[derive(Clone, Copy, Debug, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> Now {
        let local = chrono::Local::now();
        Now { unix_ms: local.timestamp_millis(), offset_minutes: local.offset().local_minus_utc() / 60 }
    }

    /// The process's monotonic clock (in the browser, `performance.now()`: time with the page
    /// open).
    fn running_ms(&self) -> i64 {
        static START: std::sync::OnceLock<web_time::Instant> = std::sync::OnceLock::new();
        let start = START.get_or_init(web_time::Instant::now);
        i64::try_from(start.elapsed().as_millis()).unwrap_or(i64::MAX)
    }
}

/// A clock that only moves when told to: for tests, simulations and benchmarks.
#[derive(Clone, Debug)]
pub struct ManualClock {
    unix_ms: Arc<AtomicI64>,
    running_ms: Arc<AtomicI64>,
    offset_minutes: i32,
}

impl ManualClock {
    /// Starts at 08:00 local time on `day` (offset 0).
    pub fn at_morning_of(day: NaiveDate) -> Self {
        let ms = day.and_hms_opt(8, 0, 0).expect("08:00 exists").and_utc().timestamp_millis();
        Self { unix_ms: Arc::new(AtomicI64::new(ms)), running_ms: Arc::new(AtomicI64::new(0)), offset_minutes: 0 }
    }

    /// Time passes: the wall clock and the running clock move together.
    pub fn advance(&self, by: Duration) {
        self.unix_ms.fetch_add(by.num_milliseconds(), AtomicOrdering::SeqCst);
        if by > Duration::zero() {
            self.running_ms.fetch_add(by.num_milliseconds(), AtomicOrdering::SeqCst);
        }
    }

    /// Someone sets the phone's clock (forward or back); no time passes.
    pub fn set_wall_clock_by(&self, by: Duration) {
        self.unix_ms.fetch_add(by.num_milliseconds(), AtomicOrdering::SeqCst);
    }

    /// The clock of a process started later: the running clock starts from zero, as it does
    /// when the app is opened again.
    pub fn restarted(&self) -> Self {
        Self {
            unix_ms: Arc::new(AtomicI64::new(self.unix_ms.load(AtomicOrdering::SeqCst))),
            running_ms: Arc::new(AtomicI64::new(0)),
            offset_minutes: self.offset_minutes,
        }
    }

    /// Moves to 08:00 the next day.
    pub fn next_morning(&self) {
        let today = self.now().day();
        let next = today.succ_opt().expect("calendar continues");
        let ms = next.and_hms_opt(8, 0, 0).expect("08:00 exists").and_utc().timestamp_millis();
        let passed = ms - self.unix_ms.swap(ms, AtomicOrdering::SeqCst);
        self.running_ms.fetch_add(passed.max(0), AtomicOrdering::SeqCst);
    }
}

impl Clock for ManualClock {
    fn now(&self) -> Now {
        Now { unix_ms: self.unix_ms.load(AtomicOrdering::SeqCst), offset_minutes: self.offset_minutes }
    }

    fn running_ms(&self) -> i64 {
        self.running_ms.load(AtomicOrdering::SeqCst)
    }
}

/// A hybrid-logical-clock stamp: wall-clock milliseconds, a counter for changes within the same
/// millisecond (or when a phone's clock runs behind), and the device that made the change.
/// Stamps order totally, so last-writer-wins picks the same winner on both phones.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ChangeStamp {
    pub ms: i64,
    pub counter: u32,
    pub device: DeviceId,
}

impl Ord for ChangeStamp {
    fn cmp(&self, other: &Self) -> Ordering {
        (self.ms, self.counter, self.device).cmp(&(other.ms, other.counter, other.device))
    }
}

impl PartialOrd for ChangeStamp {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl ChangeStamp {
    /// The stamp for a local change made at `now_ms`, after `last` (the newest stamp this
    /// phone has made or seen).
    pub fn tick(last: Option<ChangeStamp>, now_ms: i64, device: DeviceId) -> ChangeStamp {
        match last {
            Some(last) if last.ms >= now_ms => {
                ChangeStamp { ms: last.ms, counter: last.counter.saturating_add(1), device }
            }
            _ => ChangeStamp { ms: now_ms, counter: 0, device },
        }
    }
}

/// The number of days from `from` to `to` (negative when `to` is earlier).
pub fn days_between(from: NaiveDate, to: NaiveDate) -> i64 {
    (to - from).num_days()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_phone_whose_clock_runs_behind_still_moves_forward() {
        let device = DeviceId::random();
        let seen = ChangeStamp { ms: 5_000, counter: 3, device: DeviceId::random() };
        let next = ChangeStamp::tick(Some(seen), 1_000, device);
        assert!(next > seen);
        assert_eq!(next.ms, 5_000);
        assert_eq!(next.counter, 4);
    }

    #[test]
    fn a_later_wall_clock_resets_the_counter() {
        let device = DeviceId::random();
        let seen = ChangeStamp { ms: 5_000, counter: 3, device };
        let next = ChangeStamp::tick(Some(seen), 6_000, device);
        assert_eq!((next.ms, next.counter), (6_000, 0));
    }

    #[test]
    fn the_local_day_follows_the_offset() {
        let late_evening_utc = NaiveDate::from_ymd_opt(2026, 3, 1)
            .and_then(|d| d.and_hms_opt(23, 30, 0))
            .map(|t| t.and_utc().timestamp_millis())
            .expect("valid time");
        let in_berlin = Now { unix_ms: late_evening_utc, offset_minutes: 60 };
        assert_eq!(in_berlin.day(), NaiveDate::from_ymd_opt(2026, 3, 2).expect("valid"));
    }
}
