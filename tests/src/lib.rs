//! Shared helpers for Attune's cross-crate tests: the fixed people and codes the
//! compatibility fixtures were written with.

pub mod generate;

use std::path::PathBuf;

/// The couple code the version-1 exchange fixture is sealed with.
pub const FIXTURE_COUPLE_CODE: &str = "7K3M-Q9TX-2HDA-RH";
/// The passphrase the version-1 backup fixture is sealed with.
pub const FIXTURE_BACKUP_PASSPHRASE: &str = "apricot lanterns at dusk";

/// Where criterion keeps its results (`$CARGO_TARGET_DIR/criterion`, or `target/criterion`).
pub fn criterion_dir() -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..").join("target"), PathBuf::from);
    target.join("criterion")
}

/// The file sizes a benchmark run measured, one `name bytes` line each.
pub fn sizes_file() -> PathBuf {
    criterion_dir().join("attune-sizes.txt")
}

/// Records the size of a file the benchmarks made (the report reads it back).
pub fn record_size(name: &str, bytes: usize) {
    let path = sizes_file();
    let mut lines: Vec<String> = std::fs::read_to_string(&path)
        .unwrap_or_default()
        .lines()
        .filter(|l| l.split(' ').next() != Some(name))
        .map(str::to_owned)
        .collect();
    lines.push(format!("{name} {bytes}"));
    let _ = std::fs::create_dir_all(criterion_dir());
    let _ = std::fs::write(path, lines.join("\n") + "\n");
}

/// A size `record_size` kept, in bytes.
pub fn recorded_size(name: &str) -> Option<f64> {
    let text = std::fs::read_to_string(sizes_file()).ok()?;
    text.lines().find_map(|l| l.strip_prefix(name)?.strip_prefix(' ')?.parse::<u32>().ok()).map(f64::from)
}

/// A file under `tests/fixtures/`.
pub fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures").join(name)
}
