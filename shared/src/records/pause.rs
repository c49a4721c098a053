//! "I need a pause": when one of us is flooded in an argument, a break of at least twenty
//! minutes with a set time to come back, within a day. The pause is private: it lives on this
//! phone only (never in an update; not in a backup, as it is over within a day). The person
//! shows the card to their partner; Attune sends nothing.

use serde::{Deserialize, Serialize};

use crate::Store;
use crate::error::{Error, Result};
use crate::storage::rows;
use crate::storage::setting::Setting;

/// The shortest pause that lets a flooded body settle.
pub const MIN_PAUSE_MINUTES: u32 = 20;
/// The longest: coming back within a day.
pub const MAX_PAUSE_MINUTES: u32 = 24 * 60;
/// What the pause screen offers first.
pub const DEFAULT_PAUSE_MINUTES: u32 = 30;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
struct Pause {
    started_ms: i64,
    back_ms: i64,
}

/// The pause I am on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PauseView {
    pub started_ms: i64,
    /// When I said I would come back (unix ms).
    pub back_ms: i64,
    /// The time to come back has come.
    pub over: bool,
}

impl Store {
    /// Starts a pause of `minutes` (at least 20, at most 24 hours), replacing any other.
    pub fn start_pause(&mut self, minutes: u32) -> Result<PauseView> {
        if !(MIN_PAUSE_MINUTES..=MAX_PAUSE_MINUTES).contains(&minutes) {
            return Err(Error::PauseLength { min_minutes: MIN_PAUSE_MINUTES, max_hours: MAX_PAUSE_MINUTES / 60 });
        }
        let now = self.clock.now().unix_ms;
        let pause = Pause { started_ms: now, back_ms: now + i64::from(minutes) * 60_000 };
        self.write(|w| w.set(Setting::Pause, &pause))?;
        Ok(view(pause, now))
    }

    /// The pause I am on: until I say I'm back, and at most a day after the time to come back.
    pub fn pause(&self) -> Result<Option<PauseView>> {
        let now = self.clock.now().unix_ms;
        let pause: Option<Pause> = rows::setting(&self.conn, Setting::Pause)?;
        Ok(pause.filter(|p| now < p.back_ms + i64::from(MAX_PAUSE_MINUTES) * 60_000).map(|p| view(p, now)))
    }

    /// I'm back: the pause is over.
    pub fn end_pause(&mut self) -> Result<()> {
        self.write(|w| w.unset(Setting::Pause))
    }
}

fn view(pause: Pause, now: i64) -> PauseView {
    PauseView { started_ms: pause.started_ms, back_ms: pause.back_ms, over: now >= pause.back_ms }
}
