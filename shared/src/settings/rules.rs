//! The rule every stored setting keeps, whichever way it arrives: set on the phone, brought by
//! a backup, or found at start in a database written by another version. A value that breaks
//! its rule is never stored from a backup (the restore says how many it left out), and one
//! found at start is reset to its default (the store says how many), so nothing in a backup or
//! a database can stop Attune from opening.

use chrono::NaiveDate;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::Store;
use crate::clock::{ChangeStamp, Now};
use crate::error::Result;
use crate::exchange::PartnerNewest;
use crate::exchange::couple_code::CoupleCode;
use crate::exchange::format::Ack;
use crate::exchange::signing;
use crate::ids::{PersonId, TimelineId};
use crate::locale::Locale;
use crate::records::pause::Pause;
use crate::records::reminder::ReminderTime;
use crate::settings::lock::{Failures, LockAfter};
use crate::settings::{TextSize, Theme};
use crate::storage::rows;
use crate::storage::setting::Setting;
use crate::text::{self, TextKind};

/// The most quiet days a setting holds (a year and a bit, as `take_quiet_day` keeps).
const MAX_QUIET_DAYS: usize = 400;

fn typed<T: DeserializeOwned>(value: &Value) -> Option<T> {
    serde_json::from_value(value.clone()).ok()
}

/// Whether `value` is a usable value of `key` on this phone (`me`, at `now`): the right shape,
/// and within the limits the phone itself keeps (no moment further ahead than the 36-hour
/// rule, names that pass the text rule, a partner who is not me).
pub(crate) fn usable(key: Setting, value: &Value, me: PersonId, now: Now) -> bool {
    let latest = now.latest_believable_ms();
    let believable = |ms: i64| (0..=latest).contains(&ms);
    let stamp_ok = |s: ChangeStamp| believable(s.ms);
    match key {
        Setting::Me => typed::<PersonId>(value).is_some(),
        Setting::Device => typed::<crate::ids::DeviceId>(value).is_some(),
        // My own clock may have run ahead once; my stamps keep what it said.
        Setting::LastStamp => typed::<ChangeStamp>(value).is_some(),
        Setting::PartnerAck => typed::<ChangeStamp>(value).is_some_and(stamp_ok),
        Setting::CoupleCode => typed::<String>(value).is_some_and(|c| c.parse::<CoupleCode>().is_ok()),
        Setting::Partner => typed::<PersonId>(value).is_some_and(|p| p != me),
        Setting::PartnerName => typed::<String>(value).is_some_and(|n| text::check(&n, TextKind::Name, true).is_ok()),
        Setting::PartnerNewest => typed::<PartnerNewest>(value).is_some_and(|n| n.through.is_none_or(stamp_ok)),
        Setting::PartnerRetiredTimelines => typed::<Vec<TimelineId>>(value).is_some_and(|t| t.len() <= 64),
        Setting::LastReceivedDigest => typed::<String>(value).is_some_and(|d| d.len() == 64),
        Setting::SigningKey => typed::<String>(value).is_some_and(|k| signing::SigningKey::from_stored(&k).is_some()),
        Setting::PartnerKey => typed::<String>(value).is_some_and(|k| signing::PublicKey::from_stored(&k).is_some()),
        Setting::Timeline => typed::<TimelineId>(value).is_some(),
        Setting::DeltaBase | Setting::PartnerChangesThrough => typed::<Ack>(value).is_some_and(|a| stamp_ok(a.through)),
        Setting::Reminder => typed::<ReminderTime>(value).is_some_and(|r| ReminderTime::new(r.hour, r.minute).is_ok()),
        Setting::ShareByDefault => typed::<bool>(value).is_some(),
        Setting::Theme => typed::<Theme>(value).is_some(),
        Setting::TextSize => typed::<TextSize>(value).is_some(),
        Setting::Pin => value.is_object(),
        Setting::PinFailures => typed::<Failures>(value).is_some(),
        Setting::LockAfter => typed::<LockAfter>(value).is_some(),
        Setting::QuietDays => typed::<Vec<NaiveDate>>(value)
            .is_some_and(|days| days.len() <= MAX_QUIET_DAYS && days.iter().all(|d| *d <= now.latest_believable_day())),
        Setting::Pause => typed::<Pause>(value).is_some_and(|p| p.is_believable(now)),
        Setting::StateOfUsDay => typed::<u8>(value).is_some_and(|d| d < 7),
        Setting::Language => typed::<Locale>(value).is_some(),
    }
}

impl Store {
    /// Resets every stored setting that breaks its rule (written by a newer Attune, a damaged
    /// database, an older bug), in one transaction, and says how many. Who I am, this device
    /// and the PIN are never reset: the lock fails closed rather than open.
    pub(crate) fn repair_settings(&mut self) -> Result<u32> {
        let now = self.clock.now();
        let me = self.me;
        let unusable: Vec<Setting> = rows::all_settings(self.rows())?
            .into_iter()
            .filter_map(|(key, raw)| {
                // A key this version doesn't know belongs to a newer one: it stays, unread.
                let setting = Setting::from_key(&key)?;
                if matches!(setting, Setting::Me | Setting::Device | Setting::Pin) {
                    return None;
                }
                let value: Option<Value> = serde_json::from_str(&raw).ok();
                (!value.is_some_and(|v| usable(setting, &v, me, now))).then_some(setting)
            })
            .collect();
        if !unusable.is_empty() {
            self.write(|w| unusable.iter().try_for_each(|s| w.unset(*s)))?;
        }
        Ok(u32::try_from(unusable.len()).unwrap_or(u32::MAX))
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn now() -> Now {
        Now { unix_ms: 1_800_000_000_000, offset_minutes: 0 }
    }

    #[test]
    fn values_a_newer_version_or_a_forger_might_write_are_not_usable() {
        let me = PersonId::random();
        let far = now().unix_ms + 10 * 365 * 24 * 3_600_000;
        let stamp = json!({"ms": far, "counter": 0, "device": crate::ids::DeviceId::random()});
        for (key, value) in [
            (Setting::Language, json!("fr")),
            (Setting::Theme, json!("sepia")),
            (Setting::TextSize, json!("huge")),
            (Setting::PartnerName, json!("Sam\u{0}")),
            (Setting::PartnerName, json!("\u{202E}maS")),
            (Setting::PartnerName, json!("")),
            (Setting::Partner, json!(me)),
            (Setting::PartnerAck, stamp.clone()),
            (Setting::PartnerChangesThrough, json!({"timeline": TimelineId::random(), "through": stamp})),
            (
                Setting::PartnerNewest,
                json!({"timeline": TimelineId::random(), "through": {"ms": 253_402_300_799_000_i64, "counter": 0, "device": crate::ids::DeviceId::random()}}),
            ),
            (Setting::PartnerKey, json!("00")),
            (Setting::Reminder, json!({"hour": 25, "minute": 0})),
            (Setting::StateOfUsDay, json!(9)),
            (Setting::CoupleCode, json!("not a code")),
            (Setting::QuietDays, json!(["9999-01-01"])),
            (Setting::ShareByDefault, json!("yes")),
        ] {
            assert!(!usable(key, &value, me, now()), "{key:?} {value}");
        }
    }

    #[test]
    fn values_the_phone_writes_are_usable() {
        let me = PersonId::random();
        for (key, value) in [
            (Setting::Language, json!("es")),
            (Setting::Theme, json!("dark")),
            (Setting::PartnerName, json!("Sam")),
            (Setting::Partner, json!(PersonId::random())),
            (Setting::Reminder, json!({"hour": 20, "minute": 30})),
            (Setting::StateOfUsDay, json!(6)),
            (Setting::QuietDays, json!(["2026-12-01"])),
            (Setting::PartnerNewest, json!({"timeline": TimelineId::random(), "through": null})),
        ] {
            assert!(usable(key, &value, me, now()), "{key:?} {value}");
        }
    }
}
