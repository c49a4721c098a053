//! "I need a pause": when one of us is flooded in an argument, a break of at least twenty
//! minutes with a set time to come back, within a day. The pause is private: it lives on this
//! phone only (never in an update; not in a backup, as it is over within a day). The person
//! shows the card to their partner; Attune sends nothing. Its length comes from the pause
//! pact (`records::pact`) when there is one; at the time to come back, the reminder plan
//! holds a notification.

use serde::{Deserialize, Serialize};

use crate::Store;
use crate::error::Result;
use crate::records::pact::PauseBounds;
use crate::storage::rows;
use crate::storage::setting::Setting;

pub use crate::entry::{MAX_PAUSE_MINUTES, MIN_PAUSE_MINUTES};
/// What the pause screen offers first without a pact.
pub const DEFAULT_PAUSE_MINUTES: u32 = 30;
/// The lengths a pause screen offers, in minutes, where the pact allows them.
const OFFERED_MINUTES: [u32; 7] = [20, 30, 60, 120, 240, 720, 1440];

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Pause {
    started_ms: i64,
    back_ms: i64,
}

impl Pause {
    /// A pause this phone could have started: not in the future, and at most a day long.
    pub(crate) fn is_believable(&self, now: crate::clock::Now) -> bool {
        let longest = i64::from(MAX_PAUSE_MINUTES) * 60_000;
        (0..=now.latest_believable_ms()).contains(&self.started_ms)
            && (self.started_ms..=self.started_ms.saturating_add(longest)).contains(&self.back_ms)
    }
}

/// The pause I am on.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct PauseView {
    pub started_ms: i64,
    /// When I said I would come back (unix ms).
    pub back_ms: i64,
    /// The time to come back has come.
    pub over: bool,
    /// What I said in our pact I would do to calm down.
    pub my_calming: Option<String>,
    /// What my partner said in our pact they need to hear when I leave.
    pub partner_needs_to_hear: Option<String>,
}

/// How long the pause I am about to take may last.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct PauseChoice {
    pub bounds: PauseBounds,
    /// The lengths to offer, shortest first, in minutes.
    pub offered: Vec<u32>,
    /// The one chosen at first: the pact's shortest break, or half an hour without a pact.
    pub suggested: u32,
}

impl PauseBounds {
    fn choice(self) -> PauseChoice {
        let mut offered: Vec<u32> = OFFERED_MINUTES.into_iter().filter(|m| self.allows(*m)).collect();
        offered.extend([self.shortest_minutes, self.longest_minutes]);
        offered.sort_unstable();
        offered.dedup();
        let suggested = if self.from_pact { self.shortest_minutes } else { DEFAULT_PAUSE_MINUTES };
        PauseChoice { bounds: self, offered, suggested }
    }
}

impl Store {
    /// The lengths a pause may have now: what our pact allows (twenty minutes to a day
    /// without one).
    pub fn pause_choice(&self) -> Result<PauseChoice> {
        Ok(self.pact()?.pause.choice())
    }

    /// Starts a pause of `minutes`, within what our pact allows (at least 20, at most 24
    /// hours), replacing any other.
    pub fn start_pause(&mut self, minutes: u32) -> Result<PauseView> {
        let bounds = self.pact()?.pause;
        if !bounds.allows(minutes) {
            return Err(bounds.refusal());
        }
        let now = self.clock.now().unix_ms;
        let pause = Pause { started_ms: now, back_ms: now + i64::from(minutes) * 60_000 };
        self.write(|w| w.set(Setting::Pause, &pause))?;
        self.view(pause, now)
    }

    /// The pause I am on: until I say I'm back, and at most a day after the time to come back.
    pub fn pause(&self) -> Result<Option<PauseView>> {
        let now = self.clock.now().unix_ms;
        match self.pause_setting()? {
            Some(p) if now < p.back_ms + i64::from(MAX_PAUSE_MINUTES) * 60_000 => self.view(p, now).map(Some),
            _ => Ok(None),
        }
    }

    /// When I come back from the pause I am on, while that time is still ahead (unix ms).
    pub(crate) fn pause_back_ms(&self) -> Result<Option<i64>> {
        let now = self.clock.now().unix_ms;
        Ok(self.pause_setting()?.map(|p| p.back_ms).filter(|back| *back > now))
    }

    fn pause_setting(&self) -> Result<Option<Pause>> {
        rows::setting(self.rows(), Setting::Pause)
    }

    fn view(&self, pause: Pause, now: i64) -> Result<PauseView> {
        let pact = self.pact()?;
        Ok(PauseView {
            started_ms: pause.started_ms,
            back_ms: pause.back_ms,
            over: now >= pause.back_ms,
            my_calming: pact.mine.map(|s| s.calming),
            partner_needs_to_hear: pact.partner.map(|s| s.to_hear),
        })
    }

    /// I'm back: the pause is over.
    pub fn end_pause(&mut self) -> Result<()> {
        self.write(|w| w.unset(Setting::Pause))
    }
}
