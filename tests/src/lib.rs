//! Shared helpers for Attune's cross-crate tests: the fixed people and codes the
//! compatibility fixtures were written with.

pub mod generate;

use std::path::PathBuf;

/// The couple code the version-1 exchange fixture is sealed with.
pub const FIXTURE_COUPLE_CODE: &str = "7K3M-Q9TX-2HDA-RH";
/// The passphrase the version-1 backup fixture is sealed with.
pub const FIXTURE_BACKUP_PASSPHRASE: &str = "apricot lanterns at dusk";

/// A file under `tests/fixtures/`.
pub fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures").join(name)
}
