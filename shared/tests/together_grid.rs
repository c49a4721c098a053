//! The together grid can be hidden by either person: nothing of it is computed or shown then,
//! on their phone at once and on their partner's from their next update; only they can show it
//! again, and the choice comes along in their backup.

mod common;

use attune_core::SettingsChange;
use common::{check_in, paired_couple, swap};

#[test]
fn hiding_the_together_grid_hides_it_here_at_once_and_on_my_partners_phone_from_my_next_update() {
    let (mut alex, mut sam) = paired_couple();
    alex.store.save_check_in(check_in(4, true)).unwrap();
    sam.store.save_check_in(check_in(3, true)).unwrap();
    swap(&mut alex, &mut sam);
    assert_eq!(alex.store.partner().unwrap().together.len(), usize::try_from(attune_core::TOGETHER_DAYS).unwrap());

    alex.store.change_setting(SettingsChange::HideTogether(true)).unwrap();
    let view = alex.store.partner().unwrap();
    assert!(view.together_hidden && view.together.is_empty(), "hidden: not even computed");
    assert!(!view.check_ins.is_empty(), "what Sam shared still shows");
    let sam_view = sam.store.partner().unwrap();
    assert!(!sam_view.together.is_empty(), "until Alex's next update, Sam's phone has not heard");
    swap(&mut alex, &mut sam);
    let sam_view = sam.store.partner().unwrap();
    assert!(sam_view.together_hidden_by_partner, "Alex's choice travels in Alex's profile");
    assert!(sam_view.together.is_empty(), "hidden on Sam's phone too");
    assert!(!sam_view.check_ins.is_empty(), "what Alex shared still shows there");

    let backup = alex.store.backup("a long passphrase here").unwrap();
    let clock = attune_core::ManualClock::at_morning_of(alex.store.today_date());
    let mut new_phone = attune_core::Store::open_in_memory(std::sync::Arc::new(clock)).unwrap();
    new_phone.restore_backup(&backup, "a long passphrase here").unwrap();
    assert!(new_phone.partner().unwrap().together_hidden, "the choice comes with my backup");

    alex.store.change_setting(SettingsChange::HideTogether(false)).unwrap();
    assert!(!alex.store.partner().unwrap().together.is_empty());
    swap(&mut alex, &mut sam);
    assert!(!sam.store.partner().unwrap().together.is_empty(), "shown again on both phones");
}
