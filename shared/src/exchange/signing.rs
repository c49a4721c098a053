//! Binding my partner's phone, not only our code: each install makes an Ed25519 signing key
//! (kept only on this phone, never in a backup), every update it writes is signed, and the
//! first signed update from my partner binds their public key (trust on first use). Later
//! updates must carry the same key: the right code with another key is someone else. Both
//! phones show the same short safety number, made from both public keys, to compare once.
//!
//! A signed update (format 4) has a second line after the header line:
//! `ed25519 <public key, 64 hex> <signature, 128 hex>`, the signature over a fixed context,
//! the header line, the public key and the inflated document (`docs/exchange-format.md`).

use ed25519_dalek::{Signer as _, Verifier as _};
use sha2::{Digest, Sha256};

use crate::Store;
use crate::error::{Error, Result, StorageKind};
use crate::ids::hex;
use crate::storage::{Setting, rows};

/// What every signature starts with, so a signature made for anything else never fits.
const CONTEXT: &[u8] = b"attune signed update v4\n";
/// The word that starts the signature line.
const SCHEME: &str = "ed25519";

fn from_hex<const N: usize>(text: &str) -> Option<[u8; N]> {
    if text.len() != N * 2 || !text.bytes().all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase()) {
        return None;
    }
    let mut out = [0u8; N];
    for (i, byte) in out.iter_mut().enumerate() {
        *byte = u8::from_str_radix(&text[i * 2..i * 2 + 2], 16).ok()?;
    }
    Some(out)
}

/// This install's signing key.
pub(crate) struct SigningKey(ed25519_dalek::SigningKey);

impl SigningKey {
    fn generate() -> Result<SigningKey> {
        let mut secret = [0u8; 32];
        getrandom::fill(&mut secret).map_err(|e| Error::storage(StorageKind::Crypto, format!("randomness: {e}")))?;
        Ok(SigningKey(ed25519_dalek::SigningKey::from_bytes(&secret)))
    }

    pub(crate) fn from_stored(text: &str) -> Option<SigningKey> {
        from_hex::<32>(text).map(|b| SigningKey(ed25519_dalek::SigningKey::from_bytes(&b)))
    }

    fn to_stored(&self) -> String {
        hex(&self.0.to_bytes())
    }

    pub(crate) fn public(&self) -> PublicKey {
        PublicKey(self.0.verifying_key())
    }
}

/// A phone's public key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PublicKey(ed25519_dalek::VerifyingKey);

impl PublicKey {
    pub(crate) fn from_stored(text: &str) -> Option<PublicKey> {
        from_hex::<32>(text).and_then(|b| ed25519_dalek::VerifyingKey::from_bytes(&b).ok()).map(PublicKey)
    }

    pub(crate) fn to_stored(self) -> String {
        hex(self.0.as_bytes())
    }
}

fn message(header_line: &[u8], key: PublicKey, document: &[u8]) -> Vec<u8> {
    let key = key.to_stored();
    let mut out = Vec::with_capacity(CONTEXT.len() + header_line.len() + key.len() + document.len());
    out.extend_from_slice(CONTEXT);
    out.extend_from_slice(header_line);
    out.extend_from_slice(key.as_bytes());
    out.extend_from_slice(document);
    out
}

/// The signature line for a document under `header_line` (which ends in `\n`).
pub(crate) fn signature_line(key: &SigningKey, header_line: &[u8], document: &[u8]) -> String {
    let public = key.public();
    let signature = key.0.sign(&message(header_line, public, document));
    format!("{SCHEME} {} {}\n", public.to_stored(), hex(&signature.to_bytes()))
}

/// Reads a signature line (without its `\n`): the key and the signature, or `Damaged`.
pub(crate) fn read_signature_line(line: &[u8]) -> Result<(PublicKey, [u8; 64])> {
    let line = std::str::from_utf8(line).map_err(|_| Error::Damaged)?;
    let mut parts = line.split(' ');
    let (Some(SCHEME), Some(key), Some(signature), None) = (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(Error::Damaged);
    };
    let key = PublicKey::from_stored(key).ok_or(Error::Damaged)?;
    let signature = from_hex::<64>(signature).ok_or(Error::Damaged)?;
    Ok((key, signature))
}

/// Whether `signature` by `key` covers this header line and document.
pub(crate) fn verify(key: PublicKey, signature: &[u8; 64], header_line: &[u8], document: &[u8]) -> Result<()> {
    let signature = ed25519_dalek::Signature::from_bytes(signature);
    key.0.verify(&message(header_line, key, document), &signature).map_err(|_| Error::Damaged)
}

/// The number two partners compare to know their phones hold each other's keys: the same on
/// both phones, whichever is whose. Four groups of five digits.
pub fn safety_number(a: PublicKey, b: PublicKey) -> String {
    let (first, second) = if a.0.as_bytes() <= b.0.as_bytes() { (a, b) } else { (b, a) };
    let digest = Sha256::new()
        .chain_update(b"attune safety number\n")
        .chain_update(first.0.as_bytes())
        .chain_update(second.0.as_bytes())
        .finalize();
    digest
        .chunks(5)
        .take(4)
        .map(|chunk| {
            let n = chunk.iter().fold(0u64, |acc, b| acc << 8 | u64::from(*b));
            format!("{:05}", n % 100_000)
        })
        .collect::<Vec<_>>()
        .join(" ")
}

impl Store {
    /// Makes this install's signing key if it has none (a new install, or one from before
    /// format 4).
    pub(crate) fn ensure_signing_key(&mut self) -> Result<()> {
        if rows::setting::<String>(self.rows(), Setting::SigningKey)
            .ok()
            .flatten()
            .and_then(|k| SigningKey::from_stored(&k))
            .is_none()
        {
            let key = SigningKey::generate()?;
            self.write(|w| w.set(Setting::SigningKey, &key.to_stored()))?;
        }
        Ok(())
    }

    pub(crate) fn signing_key(&self) -> Result<SigningKey> {
        rows::setting::<String>(self.rows(), Setting::SigningKey)?
            .and_then(|k| SigningKey::from_stored(&k))
            .ok_or_else(|| Error::storage(StorageKind::Crypto, "this phone has no signing key"))
    }

    /// My partner's phone's key, once bound.
    pub(crate) fn partner_key(&self) -> Result<Option<PublicKey>> {
        Ok(rows::setting::<String>(self.rows(), Setting::PartnerKey)?.and_then(|k| PublicKey::from_stored(&k)))
    }

    /// The safety number of my phone and my partner's, once their phone's key is bound.
    pub fn safety_number(&self) -> Result<Option<String>> {
        let mine = self.signing_key()?.public();
        Ok(self.partner_key()?.map(|theirs| safety_number(mine, theirs)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_signature_covers_the_header_the_key_and_the_document() {
        let key = SigningKey::generate().unwrap();
        let line = signature_line(&key, b"attune-exchange 4 deflate 2\n", b"{}");
        let (public, signature) = read_signature_line(line.trim_end().as_bytes()).unwrap();
        assert_eq!(public, key.public());
        assert_eq!(verify(public, &signature, b"attune-exchange 4 deflate 2\n", b"{}"), Ok(()));
        assert_eq!(verify(public, &signature, b"attune-exchange 4 deflate 2\n", b"[]"), Err(Error::Damaged));
        assert_eq!(verify(public, &signature, b"attune-exchange 5 deflate 2\n", b"{}"), Err(Error::Damaged));
        let other = SigningKey::generate().unwrap().public();
        assert_eq!(verify(other, &signature, b"attune-exchange 4 deflate 2\n", b"{}"), Err(Error::Damaged));
    }

    #[test]
    fn both_phones_show_the_same_safety_number() {
        let (a, b) = (SigningKey::generate().unwrap().public(), SigningKey::generate().unwrap().public());
        assert_eq!(safety_number(a, b), safety_number(b, a));
        let number = safety_number(a, b);
        assert_eq!(number.len(), 23);
        assert!(number.split(' ').all(|g| g.len() == 5 && g.bytes().all(|c| c.is_ascii_digit())));
        let c = SigningKey::generate().unwrap().public();
        assert_ne!(safety_number(a, c), number);
    }

    #[test]
    fn stored_keys_read_back_and_junk_does_not() {
        let key = SigningKey::generate().unwrap();
        assert_eq!(SigningKey::from_stored(&key.to_stored()).unwrap().public(), key.public());
        assert!(PublicKey::from_stored("zz").is_none());
        assert!(PublicKey::from_stored(&"A".repeat(64)).is_none());
    }
}
