//! Writes a backup of ten years of Alex's life with Attune (the benchmarks' couple), for the
//! browser suite to restore and measure what a ten-year database costs there:
//!
//! ```sh
//! cargo run --release -p attune-tests --bin ten-years-backup -- /tmp/ten-years.attune-backup "passphrase"
//! ```

use attune_tests::generate;

fn main() {
    let mut args = std::env::args().skip(1);
    let (Some(path), Some(passphrase)) = (args.next(), args.next()) else {
        eprintln!("usage: ten-years-backup <file> <passphrase>");
        std::process::exit(2);
    };
    let couple = generate::couple(3_652, None);
    let backup = couple.alex.backup(&passphrase).expect("backup");
    std::fs::write(&path, &backup).expect("written");
    println!("wrote {} bytes to {path}", backup.len());
}
