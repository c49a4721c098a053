//! Updates that arrived before they could be opened: before the couple paired (there is no
//! code to open them with yet), or from a newer version of Attune. Each is kept whole in the
//! database, across restarts, until it is opened or the person dismisses it; the same file
//! received twice is kept once.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::Store;
use crate::error::{Error, Result};
use crate::exchange::crypto;
use crate::exchange::format::parse_doc;
use crate::exchange::signing::{self, PublicKey};
use crate::exchange::summary::ImportSummary;
use crate::storage::rows;

/// Why an update waits.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum WaitReason {
    /// It opens as soon as the couple has paired.
    NotPaired,
    /// It opens once Attune has been updated.
    NewerVersion,
    /// It is from my partner's person, signed by a phone other than the one bound: theirs,
    /// set up again (a restore onto a new phone), or someone else's with our code. It opens
    /// only when I accept the new phone, after comparing the safety number with my partner.
    NewPhone,
}

/// An update kept for later.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct WaitingUpdate {
    pub id: i64,
    /// When this phone received it.
    pub received_ms: i64,
    pub reason: WaitReason,
}

/// What receiving a file did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Received {
    Opened(ImportSummary),
    /// Kept on this phone until it can be opened.
    Waiting(WaitReason),
}

/// What trying a waiting update again did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WaitingOutcome {
    pub update: WaitingUpdate,
    /// Opened (and no longer waiting), or why not (it keeps waiting, to dismiss or retry).
    pub result: std::result::Result<ImportSummary, Error>,
}

fn wait_reason(error: &Error) -> Option<WaitReason> {
    match error {
        Error::NotPaired => Some(WaitReason::NotPaired),
        Error::FromNewerVersion => Some(WaitReason::NewerVersion),
        _ => None,
    }
}

impl Store {
    /// Receives a file handed to Attune (picked on Exchange, or opened from another app): opens
    /// it as my partner's update, or keeps it when it can only be opened later. Any other
    /// refusal is an error and nothing is kept.
    pub fn receive_update(&mut self, bytes: &[u8]) -> Result<Received> {
        let error = match self.import_update(bytes) {
            Ok(summary) => return Ok(Received::Opened(summary)),
            Err(e) => e,
        };
        let reason = match wait_reason(&error) {
            Some(reason) => reason,
            None if error == Error::FromSomeoneElse && self.new_phone_key(bytes)?.is_some() => WaitReason::NewPhone,
            None => return Err(error),
        };
        let digest = crate::ids::hex(&Sha256::digest(bytes));
        self.write(|w| w.keep_waiting(&serde_json::to_string(&reason)?, &digest, bytes))?;
        Ok(Received::Waiting(reason))
    }

    /// The updates waiting to be opened, oldest first.
    pub fn waiting_updates(&self) -> Result<Vec<WaitingUpdate>> {
        let mut out = Vec::new();
        for (id, received_ms, reason) in rows::waiting(self.rows())? {
            out.push(WaitingUpdate { id, received_ms, reason: serde_json::from_str(&reason)? });
        }
        Ok(out)
    }

    /// Tries every waiting update again, oldest first, each as its own import. One that opens
    /// stops waiting; one that still can't keeps waiting, with the reason.
    pub fn open_waiting_updates(&mut self) -> Result<Vec<WaitingOutcome>> {
        let mut outcomes = Vec::new();
        for update in self.waiting_updates()? {
            let bytes = rows::waiting_bytes(self.rows(), update.id)?;
            let result = self.import_update(&bytes);
            match &result {
                Ok(_) => self.dismiss_waiting_update(update.id)?,
                Err(e) => {
                    if let Some(reason) = wait_reason(e).filter(|r| *r != update.reason) {
                        self.write(|w| w.set_waiting_reason(update.id, &serde_json::to_string(&reason)?))?;
                    }
                }
            }
            outcomes.push(WaitingOutcome { update, result });
        }
        Ok(outcomes)
    }

    /// The key of the phone that signed `bytes`, if it is an update from my partner's person
    /// signed by a phone other than the one bound (and otherwise sound).
    fn new_phone_key(&self, bytes: &[u8]) -> Result<Option<PublicKey>> {
        let Some(code) = self.couple_code()? else { return Ok(None) };
        let Ok(plain) = crypto::open_update(bytes, &code) else { return Ok(None) };
        self.new_phone_key_in(&plain)
    }

    fn new_phone_key_in(&self, plain: &[u8]) -> Result<Option<PublicKey>> {
        let (Some(partner), Some(bound)) = (self.partner_id()?, self.partner_key()?) else { return Ok(None) };
        Ok(parse_doc(plain)
            .ok()
            .filter(|doc| doc.sender.person == partner && doc.recipient.is_none_or(|r| r == self.me))
            .and_then(|doc| doc.signed_by)
            .filter(|key| *key != bound))
    }

    /// The safety number my phone and the new phone of a `NewPhone` update would have: to
    /// compare with the one my partner's new phone shows, before accepting it.
    pub fn new_phone_safety_number(&self, id: i64) -> Result<Option<String>> {
        let bytes = rows::waiting_bytes(self.rows(), id)?;
        let mine = self.signing_key()?.public();
        Ok(self.new_phone_key(&bytes)?.map(|theirs| signing::safety_number(mine, theirs)))
    }

    /// Accepts my partner's new phone: binds the key that signed the waiting update `id` (a
    /// `NewPhone` one) and opens it, in one transaction: nothing changes unless it opens.
    pub fn accept_new_phone(&mut self, id: i64) -> Result<ImportSummary> {
        let bytes = rows::waiting_bytes(self.rows(), id)?;
        let key = self.new_phone_key(&bytes)?.ok_or(Error::FromSomeoneElse)?;
        let code = self.couple_code()?.ok_or(Error::NotPaired)?;
        let plain = crypto::open_update(&bytes, &code)?;
        let summary = self.import_opened_trusting(&plain, Some(key), Some(id))?;
        Ok(summary)
    }

    /// `accept_new_phone` for an opened document (feature `testing`).
    #[cfg(feature = "testing")]
    pub fn accept_new_phone_opened_for_tests(&mut self, plain: &[u8]) -> Result<ImportSummary> {
        let key = self.new_phone_key_in(plain)?.ok_or(Error::FromSomeoneElse)?;
        self.import_opened_trusting(plain, Some(key), None)
    }

    /// Forgets a waiting update, at the person's word.
    pub fn dismiss_waiting_update(&mut self, id: i64) -> Result<()> {
        self.write(|w| w.forget_waiting(id))
    }
}
