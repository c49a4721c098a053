//! Prepares a desktop "Open with Attune" trial: Alex's Attune data in `<dir>/Attune/` (set up
//! and paired with Sam), Sam's sealed update in `<dir>/from-sam.attune`, and Alex's backup in
//! `<dir>/alex-backup.attune` (passphrase "apricot lanterns at dusk").
//!
//! ```sh
//! cargo run -p attune-tests --example open_with -- /tmp/trial
//! XDG_DATA_HOME=/tmp/trial cargo run -p attune-app -- /tmp/trial/from-sam.attune
//! XDG_DATA_HOME=/tmp/new-phone cargo run -p attune-app -- /tmp/trial/alex-backup.attune
//! ```
//! The first window opens on Exchange with "Sam: 1 new check-in, 1 answer"; the second, a new
//! install, offers to restore Alex's backup.

use std::path::PathBuf;
use std::sync::Arc;

use attune_core::{CheckInDraft, Markers, Store, SystemClock};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = PathBuf::from(std::env::args().nth(1).ok_or("usage: open_with <dir>")?);
    let data = dir.join("Attune");
    std::fs::create_dir_all(&data)?;
    let mut alex = Store::open(data.join(attune_core::paths::DATABASE_FILE), Arc::new(SystemClock))?;
    alex.set_up("Alex", Some("Sam"), None)?;
    let mut sam = Store::open_in_memory(Arc::new(SystemClock))?;
    sam.set_up("Sam", Some("Alex"), None)?;
    sam.enter_couple_code(&alex.create_couple_code()?.to_string())?;
    sam.save_check_in(CheckInDraft {
        connection: 4,
        markers: Markers { safe: 4, seen: 4, trust: 5, repair: 3, rely: 4 },
        appreciation: Some("You walked with me after a long day.".into()),
        need: None,
        good_news: None,
        kept: vec![],
        answer: Some("Being listened to without advice.".into()),
        shared: true,
    })?;
    std::fs::write(dir.join("alex-backup.attune"), alex.backup("apricot lanterns at dusk")?)?;
    let update = dir.join("from-sam.attune");
    std::fs::write(&update, sam.export_update()?)?;
    println!("{}", update.display());
    Ok(())
}
