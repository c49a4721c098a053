//! Encryption of exchange and backup files with `age` and a passphrase (scrypt recipient).
//! The work factor is chosen per file type (see `docs/exchange-format.md`), and a file that
//! asks for more work than `MAX_WORK_FACTOR` is refused instead of freezing the phone.

use std::io::{Read, Write};
use std::iter;

use age::secrecy::SecretString;

use crate::error::{Error, Result, StorageKind};

/// Every age file starts with this line.
const AGE_MAGIC: &[u8] = b"age-encryption.org/";

/// Work factor for exchange files: scrypt N = 2^15 (32 MiB, about 0.1 s on a laptop, well
/// under a second on a phone or in a browser). The couple code itself carries 65 random bits,
/// so the key stretching only has to make guessing slower, not make a weak secret strong.
pub(crate) const EXCHANGE_WORK_FACTOR: u8 = 15;
/// Work factor for backups: N = 2^17 (128 MiB, about half a second on a laptop). A backup
/// passphrase is chosen by a person and may be weak, so it gets four times the work.
pub(crate) const BACKUP_WORK_FACTOR: u8 = 17;
/// The most work a file may ask for before it is refused as damaged or hostile.
pub(crate) const MAX_WORK_FACTOR: u8 = 18;

/// Why a sealed file could not be opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum OpenFailure {
    /// The passphrase does not unlock it.
    WrongKey,
    /// It is an age file, but broken, truncated or asking for too much work.
    Damaged,
    /// Its content is larger than allowed.
    TooLarge,
}

/// Seals an exchange document with the couple code, at the exchange work factor.
pub fn seal_update(plain: &[u8], code: &crate::CoupleCode) -> Result<Vec<u8>> {
    seal(plain, code.passphrase(), EXCHANGE_WORK_FACTOR)
}

/// Opens a sealed exchange file with the couple code: key derivation plus decryption.
pub fn open_update(bytes: &[u8], code: &crate::CoupleCode) -> Result<Vec<u8>> {
    open(bytes, code.passphrase(), crate::MAX_FILE_BYTES).map_err(|f| match f {
        OpenFailure::WrongKey => Error::WrongCode,
        OpenFailure::Damaged => Error::Damaged,
        OpenFailure::TooLarge => Error::TooLarge,
    })
}

/// What a sealed file holds, told from its header without a key: updates and backups are
/// sealed at different scrypt work factors, which age writes in the clear
/// (`-> scrypt <salt> <log2 N>`; see `docs/exchange-format.md`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SealedKind {
    Update,
    Backup,
    /// An age file that is neither (another tool, another work factor, or damaged).
    Other,
}

/// `None` if `bytes` is not an age file at all.
pub fn sealed_kind(bytes: &[u8]) -> Option<SealedKind> {
    if !is_sealed(bytes) {
        return None;
    }
    let header = &bytes[..bytes.len().min(1024)];
    let factor = header
        .split(|b| *b == b'\n')
        .filter_map(|line| std::str::from_utf8(line).ok())
        .find_map(|line| line.strip_prefix("-> scrypt "))
        .and_then(|args| args.split(' ').nth(1))
        .and_then(|n| n.parse::<u8>().ok());
    Some(match factor {
        Some(EXCHANGE_WORK_FACTOR) => SealedKind::Update,
        Some(BACKUP_WORK_FACTOR) => SealedKind::Backup,
        _ => SealedKind::Other,
    })
}

pub(crate) fn is_sealed(bytes: &[u8]) -> bool {
    bytes.starts_with(AGE_MAGIC)
}

pub(crate) fn seal(plain: &[u8], passphrase: &str, work_factor: u8) -> Result<Vec<u8>> {
    let mut recipient = age::scrypt::Recipient::new(SecretString::from(passphrase.to_owned()));
    recipient.set_work_factor(work_factor);
    let encryptor = age::Encryptor::with_recipients(iter::once(&recipient as &dyn age::Recipient))
        .map_err(|e| Error::storage(StorageKind::Crypto, format!("encryption: {e}")))?;
    let mut out = Vec::with_capacity(plain.len() + 256);
    let mut writer = encryptor.wrap_output(&mut out)?;
    writer.write_all(plain)?;
    writer.finish()?;
    Ok(out)
}

/// Decrypts a sealed file, reading at most `max_plain` bytes of content.
pub(crate) fn open(bytes: &[u8], passphrase: &str, max_plain: usize) -> std::result::Result<Vec<u8>, OpenFailure> {
    open_with_limit(bytes, passphrase, max_plain, MAX_WORK_FACTOR)
}

fn open_with_limit(
    bytes: &[u8],
    passphrase: &str,
    max_plain: usize,
    max_work_factor: u8,
) -> std::result::Result<Vec<u8>, OpenFailure> {
    let decryptor = age::Decryptor::new(bytes).map_err(|_| OpenFailure::Damaged)?;
    if !decryptor.is_scrypt() {
        return Err(OpenFailure::Damaged);
    }
    let mut identity = age::scrypt::Identity::new(SecretString::from(passphrase.to_owned()));
    identity.set_max_work_factor(max_work_factor);
    let reader = decryptor.decrypt(iter::once(&identity as &dyn age::Identity)).map_err(|e| match e {
        age::DecryptError::DecryptionFailed | age::DecryptError::NoMatchingKeys => OpenFailure::WrongKey,
        _ => OpenFailure::Damaged,
    })?;
    let mut plain = Vec::new();
    reader.take(max_plain as u64 + 1).read_to_end(&mut plain).map_err(|_| OpenFailure::Damaged)?;
    if plain.len() > max_plain {
        return Err(OpenFailure::TooLarge);
    }
    Ok(plain)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sealed_bytes_open_with_the_same_passphrase_only() {
        let sealed = seal(b"hello", "right horse", 10).expect("sealed");
        assert!(is_sealed(&sealed));
        assert_eq!(open(&sealed, "right horse", 100), Ok(b"hello".to_vec()));
        assert_eq!(open(&sealed, "wrong horse", 100), Err(OpenFailure::WrongKey));
        assert_eq!(open(&sealed, "right horse", 3), Err(OpenFailure::TooLarge));
    }

    #[test]
    fn a_file_asking_for_too_much_work_is_refused() {
        let sealed = seal(b"x", "pw", 11).expect("sealed");
        assert_eq!(open_with_limit(&sealed, "pw", 100, 10), Err(OpenFailure::Damaged));
        assert_eq!(open_with_limit(&sealed, "pw", 100, 11), Ok(b"x".to_vec()));
    }
}
