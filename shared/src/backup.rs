//! Encrypted full backups: all of my data (private entries too), my partner's shared entries
//! and my settings, sealed with a passphrase I choose. Restoring onto a new phone continues my
//! identity, so my partner's phone keeps recognising my updates; restoring into an install
//! that already has entries merges without duplicates (last writer wins per entry). From
//! version 2 the document is compressed inside the seal like an update (`packing`).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::entry::{Entry, KindCounts};
use crate::error::{Error, Result};
use crate::exchange::crypto::{self, OpenFailure};
use crate::exchange::format::{
    BACKUP_FORMAT_NAME, BACKUP_FORMAT_VERSION, Expect, MAX_FILE_BYTES, check_commitment_logs, check_kinds_for_version,
    unpack, validate_entries, version_for,
};
use crate::exchange::packing::{self, MAX_DOC_BYTES};
use crate::ids::PersonId;
use crate::settings::rules;
use crate::storage::{Merge, rows};
use crate::{Setting, Store};

/// A backup passphrase must be at least this long: it is the only lock on everything.
pub const MIN_PASSPHRASE_CHARS: usize = 8;

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct BackupDoc {
    format: String,
    version: u32,
    exported_ms: i64,
    me: PersonId,
    settings: BTreeMap<String, serde_json::Value>,
    entries: Vec<Entry>,
}

/// What a restore brought back.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct RestoreSummary {
    pub restored: KindCounts,
    pub updated: KindCounts,
    /// Settings in the backup this phone could not use (a language or a theme it doesn't know,
    /// a value no phone would write): left as they were here.
    pub settings_left_out: u32,
}

impl Store {
    /// Everything on this phone, sealed with `passphrase`: the bytes of a backup file.
    pub fn backup(&self, passphrase: &str) -> Result<Vec<u8>> {
        if passphrase.chars().count() < MIN_PASSPHRASE_CHARS {
            return Err(Error::PassphraseTooShort {
                min_chars: u32::try_from(MIN_PASSPHRASE_CHARS).unwrap_or(u32::MAX),
            });
        }
        let sealed = crypto::seal(&self.packed_backup()?, passphrase, crypto::BACKUP_WORK_FACTOR)?;
        if sealed.len() > MAX_FILE_BYTES {
            return Err(Error::BackupTooLarge);
        }
        Ok(sealed)
    }

    /// What `backup` seals, unsealed (feature `testing`): for property tests that restore
    /// hundreds of backups without the key derivation.
    #[cfg(feature = "testing")]
    pub fn backup_opened_for_tests(&self) -> Result<Vec<u8>> {
        self.packed_backup()
    }

    /// Restores what `backup_opened_for_tests` wrote (feature `testing`).
    #[cfg(feature = "testing")]
    pub fn restore_opened_for_tests(&mut self, content: &[u8]) -> Result<RestoreSummary> {
        self.restore_opened(content)
    }

    fn packed_backup(&self) -> Result<Vec<u8>> {
        let mut settings = BTreeMap::new();
        for key in Setting::ALL.into_iter().filter(|s| s.travels_in_backup()) {
            if let Some(value) = rows::setting::<serde_json::Value>(self.rows(), key)? {
                settings.insert(key.key().to_owned(), value);
            }
        }
        let mut entries = rows::all_by(self.rows(), self.me)?;
        if let Some(partner) = self.partner_id()? {
            entries.extend(rows::all_by(self.rows(), partner)?);
        }
        let doc = BackupDoc {
            format: BACKUP_FORMAT_NAME.to_owned(),
            version: version_for(&entries, BACKUP_FORMAT_VERSION),
            exported_ms: self.clock.now().unix_ms,
            me: self.me,
            settings,
            entries,
        };
        let json = serde_json::to_vec(&doc)?;
        // Restore reads at most MAX_DOC_BYTES of document; a backup it would refuse is no backup.
        if json.len() > MAX_DOC_BYTES {
            return Err(Error::BackupTooLarge);
        }
        packing::pack(BACKUP_FORMAT_NAME, doc.version, &json)
    }

    /// Restores a backup into this install. Nothing is written unless every check passes.
    pub fn restore_backup(&mut self, bytes: &[u8], passphrase: &str) -> Result<RestoreSummary> {
        if bytes.len() > MAX_FILE_BYTES {
            return Err(Error::TooLarge);
        }
        match crypto::sealed_kind(bytes) {
            None => return Err(Error::NotAnAttuneFile),
            Some(crypto::SealedKind::Update) => return Err(Error::IsUpdate),
            // Another tool's file, or one asking for more work than a backup does: refused
            // before any key is derived (scrypt at 2^18 alone would take 256 MiB).
            Some(crypto::SealedKind::Other) => return Err(Error::Damaged),
            Some(crypto::SealedKind::Backup) => {}
        }
        let plain = crypto::open(bytes, passphrase, MAX_FILE_BYTES).map_err(|f| match f {
            OpenFailure::WrongKey => Error::WrongPassphrase,
            OpenFailure::Damaged => Error::Damaged,
            OpenFailure::TooLarge => Error::TooLarge,
        })?;
        self.restore_opened(&plain)
    }

    fn restore_opened(&mut self, content: &[u8]) -> Result<RestoreSummary> {
        let doc: BackupDoc = {
            let unpacked = unpack(content, Expect::Backup)?;
            serde_json::from_slice(&unpacked.json).map_err(|_| Error::Damaged)?
        };
        check_kinds_for_version(&doc.entries, doc.version)?;
        let now = self.clock.now();
        if doc.exported_ms < 0 || doc.exported_ms > now.latest_believable_ms() {
            return Err(if doc.exported_ms < 0 { Error::Damaged } else { Error::ClockAhead });
        }
        validate_entries(&doc.entries, None, doc.me, now)?;
        check_commitment_logs(self.rows(), &doc.entries, false)?;
        let old_me = self.me;
        // A phone whose person has set up or written anything keeps that person: restoring
        // someone else's backup (a partner's, say, with a shared passphrase) must not turn me
        // into them. Only a fresh install takes on the identity of the backup it restores.
        if doc.me != old_me && (self.is_set_up()? || !rows::all_by(self.rows(), old_me)?.is_empty()) {
            return Err(Error::BackupOfSomeoneElse);
        }
        let backup_partner: Option<PersonId> =
            doc.settings.get(Setting::Partner.key()).and_then(|v| serde_json::from_value(v.clone()).ok());
        if doc.entries.iter().any(|e| e.author != doc.me && Some(e.author) != backup_partner) {
            return Err(Error::Damaged);
        }
        let local_partner = self.partner_id()?;
        if let (Some(local), Some(theirs)) = (local_partner, backup_partner)
            && local != theirs
        {
            return Err(Error::BackupPairedElsewhere);
        }
        // Every setting passes the rule it would pass on this phone; what doesn't is left out,
        // and the restore says so. Keys a newer Attune knows and this one doesn't are skipped.
        let mut left_out = 0u32;
        let settings: Vec<(Setting, &serde_json::Value)> = doc
            .settings
            .iter()
            .filter_map(|(key, value)| Setting::from_key(key).filter(|s| s.travels_in_backup()).map(|s| (s, value)))
            .filter(|(key, value)| {
                let ok = rules::usable(*key, value, doc.me, now);
                left_out += u32::from(!ok);
                ok
            })
            .collect();
        let (restored, updated) = self.write(|w| {
            if doc.me != old_me {
                // A fresh install (it holds nothing of its own) continues the person who made
                // the backup, under the identity their partner already knows.
                w.continue_as(doc.me)?;
            }
            for (key, value) in settings {
                if w.setting::<serde_json::Value>(key).ok().flatten().is_none() {
                    w.set(key, value)?;
                }
            }
            let (new, updated, _) = w.merge(&doc.entries, Merge::LastWriterWins)?;
            // Only my own stamps move my clock: my partner's were never mine to continue from.
            if let Some(newest) = doc.entries.iter().filter(|e| e.author == doc.me).map(|e| e.stamp).max() {
                w.observe(newest);
            }
            // My history may just have gone back: what my partner confirmed of the old one
            // is no starting point any more, so my next update is whole.
            w.new_timeline()?;
            // And what I hold of my partner's may have gone back or come back (entries their
            // whole update had removed): my confirmation starts over, so their next update is
            // whole and puts their entries here as they are on their phone.
            w.unset(Setting::PartnerChangesThrough)?;
            Ok((new, updated))
        })?;
        // The backup may bring a chosen language.
        self.refresh_locale();
        Ok(RestoreSummary { restored, updated, settings_left_out: left_out })
    }
}
