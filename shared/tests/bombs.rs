//! Decompression bombs cost nothing: an update or a backup whose header declares a small
//! document while its stream would inflate to 256 MiB is refused after reading at most what it
//! declared. Peak memory is measured with a counting allocator around each refusal.

mod common;

use std::io::Write as _;
use std::sync::Mutex;

use attune_core::{Error, ManualClock, Store};
use common::{paired_couple, start_day};
use peak_alloc::PeakAlloc;

#[global_allocator]
static ALLOCATOR: PeakAlloc = PeakAlloc;

/// One measurement at a time: the test harness runs tests on several threads.
static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

/// The most memory allocated at once while `f` runs, above what was allocated before it.
fn peak_during<T>(f: impl FnOnce() -> T) -> (T, usize) {
    let base = ALLOCATOR.current_usage();
    ALLOCATOR.reset_peak_usage();
    let out = f();
    (out, ALLOCATOR.peak_usage().saturating_sub(base))
}

const MIB: usize = 1024 * 1024;

/// 256 MiB of zeros, deflated, under a header that declares 1,000 bytes.
fn bomb(format: &str, version: u32, second_line: &str) -> Vec<u8> {
    let mut encoder = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::best());
    let chunk = vec![b' '; MIB];
    for _ in 0..256 {
        encoder.write_all(&chunk).expect("deflate");
    }
    let stream = encoder.finish().expect("deflate");
    [format!("{format} {version} deflate 1000\n{second_line}").into_bytes(), stream].concat()
}

#[test]
fn a_backup_and_an_update_that_lie_about_their_size_are_refused_within_a_few_megabytes() {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    let (_alex, mut sam) = paired_couple();
    let update = bomb("attune-exchange", 3, "");
    let (result, peak) = peak_during(|| sam.store.import_opened_for_tests(&update));
    assert_eq!(result.map(|_| ()), Err(Error::Damaged));
    assert!(peak < 64 * MIB, "the update used {} MiB", peak / MIB);
    println!("update bomb: refused at a peak of {} KiB", peak / 1024);

    let backup = bomb("attune-backup", 3, "");
    let mut new_phone =
        Store::open_in_memory(std::sync::Arc::new(ManualClock::at_morning_of(start_day()))).expect("new");
    let (result, peak) = peak_during(|| new_phone.restore_opened_for_tests(&backup));
    assert_eq!(result.map(|_| ()), Err(Error::Damaged));
    assert!(peak < 64 * MIB, "the backup used {} MiB", peak / MIB);
    println!("backup bomb: refused at a peak of {} KiB", peak / 1024);
}

/// `content` sealed with `passphrase` at scrypt work factor `log_n`, as any age tool would.
fn sealed_at(content: &[u8], passphrase: &str, log_n: u8) -> Vec<u8> {
    let mut recipient = age::scrypt::Recipient::new(age::secrecy::SecretString::from(passphrase.to_owned()));
    recipient.set_work_factor(log_n);
    let encryptor =
        age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient)).expect("encryptor");
    let mut out = Vec::new();
    let mut writer = encryptor.wrap_output(&mut out).expect("writer");
    writer.write_all(content).expect("written");
    writer.finish().expect("finished");
    out
}

#[test]
fn a_sealed_bomb_costs_no_more_than_the_key_derivation_and_more_work_is_refused_first() {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    let mut new_phone =
        Store::open_in_memory(std::sync::Arc::new(ManualClock::at_morning_of(start_day()))).expect("new");
    let backup = bomb("attune-backup", 3, "");
    // Asking for scrypt at 2^18 (256 MiB): refused before any key is derived.
    let greedy = sealed_at(&backup, "long enough passphrase", 18);
    let (result, peak) = peak_during(|| new_phone.restore_backup(&greedy, "long enough passphrase"));
    assert_eq!(result.map(|_| ()), Err(Error::Damaged));
    assert!(peak < MIB, "refused with {peak} bytes");
    // At a backup's own work factor: the key derivation's 128 MiB, and the bomb nothing more.
    let honest = sealed_at(&backup, "long enough passphrase", 17);
    let (result, peak) = peak_during(|| new_phone.restore_backup(&honest, "long enough passphrase"));
    assert_eq!(result.map(|_| ()), Err(Error::Damaged));
    assert!(peak < 128 * MIB + 64 * MIB, "the sealed backup used {} MiB", peak / MIB);
    println!("sealed backup bomb: refused at a peak of {} KiB (scrypt alone takes 131072)", peak / 1024);
}
