//! The quiet exit (the Safety page): one deliberate action that forgets my partner on this
//! phone: the couple code, who they are, everything they shared, the updates of theirs
//! waiting to be opened, the history of our swaps and the exchange files beside the
//! database. Nothing is written for them and nothing is sent: their phone learns nothing.
//! My own entries stay. Deleted rows are overwritten (`secure_delete`, set on every
//! connection) and the write-ahead log is emptied, so the words are not left in the file.

use crate::Store;
use crate::error::Result;
use crate::storage::rows;
use crate::storage::setting::Setting;

/// What leaving quietly would remove from this phone, for the page to say before the person
/// confirms.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct LeavingView {
    /// Whether a couple code is kept (paired, or a code made and not yet used).
    pub paired: bool,
    /// My partner's name, if this phone knows one.
    pub partner_name: Option<String>,
    /// Entries my partner shared that this phone holds (check-ins, answers, reflections…; the
    /// name they gave themselves aside, which goes too).
    pub partner_entries: u32,
    /// Updates received and kept to open later.
    pub waiting_updates: u32,
    /// Lines in the history of swaps.
    pub swaps: u32,
}

impl LeavingView {
    /// Whether there is anything of a partner on this phone to forget: a pairing, or something
    /// they sent. (A name I typed at set-up alone is mine; leaving removes it too.)
    pub fn anything(&self) -> bool {
        self.paired || self.partner_entries + self.waiting_updates + self.swaps > 0
    }
}

/// Every setting that belongs to the pairing: the code and what this phone knows of the
/// partner and of our swaps. Re-pairing forgets the same.
pub(crate) const PAIRING_SETTINGS: [Setting; 10] = [
    Setting::CoupleCode,
    Setting::Partner,
    Setting::PartnerName,
    Setting::PartnerAck,
    Setting::PartnerNewest,
    Setting::PartnerRetiredTimelines,
    Setting::LastReceivedDigest,
    Setting::PartnerKey,
    Setting::DeltaBase,
    Setting::PartnerChangesThrough,
];

impl Store {
    /// What `leave_quietly` would remove.
    pub fn leaving(&self) -> Result<LeavingView> {
        let partner_entries = match self.partner_id()? {
            Some(partner) => rows::count_live_by(self.rows(), partner)?,
            None => 0,
        };
        Ok(LeavingView {
            paired: self.couple_code()?.is_some(),
            partner_name: self.partner_name()?,
            partner_entries,
            waiting_updates: u32::try_from(rows::waiting(self.rows())?.len()).unwrap_or(u32::MAX),
            swaps: rows::history_count(self.rows())?,
        })
    }

    /// Forgets my partner on this phone in one transaction, sends nothing, then empties the
    /// write-ahead log and removes the exchange files beside the database (received files,
    /// an update waiting for the share sheet). Returns how many such files were removed.
    pub fn leave_quietly(&mut self) -> Result<u32> {
        let partner = self.partner_id()?;
        self.write(|w| {
            if let Some(partner) = partner {
                w.forget_entries_of(partner)?;
            }
            for key in PAIRING_SETTINGS {
                w.unset(key)?;
            }
            w.forget_exchanges()
        })?;
        rows::empty_write_ahead_log(self.rows())?;
        #[cfg(not(target_arch = "wasm32"))]
        if let Some(path) = &self.path {
            return Ok(crate::files::remove_exchange_files(path)?);
        }
        Ok(0)
    }
}
