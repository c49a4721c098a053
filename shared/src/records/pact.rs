//! The pause pact: agreed while calm, before it is needed. Each partner writes their own side
//! (the signal words, the shortest break they need, when they come back at the latest, what
//! they will do to calm down and what they need to hear when the other leaves); a side is an
//! entry of its own that always travels, so both phones show both sides. A pause then takes
//! its length from what the two sides allow together.

use crate::entry::pact_id;

use crate::Store;
pub use crate::entry::MAX_BACK_WITHIN_HOURS;
pub use crate::entry::PactSide;
use crate::entry::{EntryBody, MAX_PAUSE_MINUTES, MIN_PAUSE_MINUTES};
use crate::error::{Error, Result};
use crate::ids::PersonId;
use crate::storage::rows;

/// What the pact screen sends: my side.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct PactDraft {
    pub signal: String,
    pub shortest_minutes: u32,
    pub back_within_hours: u32,
    pub calming: String,
    pub to_hear: String,
}

/// Both sides, and the pause they allow together.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct PactView {
    pub mine: Option<PactSide>,
    pub partner: Option<PactSide>,
    pub partner_name: Option<String>,
    /// The pause the sides allow: from the longest of the shortest breaks to the soonest of
    /// the latest returns (never shorter than the shortest break).
    pub pause: PauseBounds,
}

/// How long a pause may last, in minutes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct PauseBounds {
    pub shortest_minutes: u32,
    pub longest_minutes: u32,
    /// Whether a pact (either side) set these bounds.
    pub from_pact: bool,
}

impl PauseBounds {
    /// Without a pact: twenty minutes to a day.
    pub const OPEN: PauseBounds =
        PauseBounds { shortest_minutes: MIN_PAUSE_MINUTES, longest_minutes: MAX_PAUSE_MINUTES, from_pact: false };

    fn of(sides: &[&PactSide]) -> PauseBounds {
        if sides.is_empty() {
            return PauseBounds::OPEN;
        }
        let shortest = sides.iter().map(|s| s.shortest_minutes).max().unwrap_or(MIN_PAUSE_MINUTES);
        let latest = sides.iter().map(|s| s.back_within_hours * 60).min().unwrap_or(MAX_PAUSE_MINUTES);
        PauseBounds { shortest_minutes: shortest, longest_minutes: latest.max(shortest), from_pact: true }
    }

    pub fn allows(&self, minutes: u32) -> bool {
        (self.shortest_minutes..=self.longest_minutes).contains(&minutes)
    }

    /// The error for a length outside these bounds.
    pub(crate) fn refusal(&self) -> Error {
        Error::PauseLength { min_minutes: self.shortest_minutes, max_hours: self.longest_minutes.div_ceil(60) }
    }
}

impl Store {
    fn pact_of(&self, person: PersonId) -> Result<Option<PactSide>> {
        Ok(rows::get_entry(self.rows(), pact_id(person))?.and_then(|e| match e.body {
            Some(EntryBody::Pact(p)) if !e.deleted && e.author == person => Some(p),
            _ => None,
        }))
    }

    /// Both sides of our pause pact.
    pub fn pact(&self) -> Result<PactView> {
        let mine = self.pact_of(self.me)?;
        let partner = match self.partner_id()? {
            Some(p) => self.pact_of(p)?,
            None => None,
        };
        let pause = PauseBounds::of(&mine.iter().chain(partner.iter()).collect::<Vec<_>>());
        Ok(PactView { mine, partner, partner_name: self.partner_name()?, pause })
    }

    /// Writes (or rewrites) my side of the pact. It always travels: a pact is for both.
    pub fn save_pact(&mut self, draft: PactDraft) -> Result<PactView> {
        let day = self.today_date();
        let body = EntryBody::Pact(PactSide {
            signal: draft.signal,
            shortest_minutes: draft.shortest_minutes,
            back_within_hours: draft.back_within_hours,
            calming: draft.calming,
            to_hear: draft.to_hear,
            day,
        });
        self.write(|w| {
            let id = pact_id(w.me());
            w.save_mine(id, body, true).map(|_| ())
        })?;
        self.pact()
    }
}
