//! Every setting Attune keeps, in one registry: its key in the `settings` table and whether it
//! travels in a backup. A new setting is a new variant here; the compiler then asks where it
//! belongs (`travels_in_backup`), so none can silently miss backups.

/// One row of the `settings` table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Setting {
    /// The person using this phone.
    Me,
    /// This install.
    Device,
    /// The newest change stamp this phone has made or seen.
    LastStamp,
    CoupleCode,
    /// My partner's person id, bound by their first sealed update.
    Partner,
    /// The name I gave my partner.
    PartnerName,
    /// The newest of my changes my partner confirmed in their newest update.
    PartnerAck,
    /// Where my partner's newest update stands in their own history (`exchange::PartnerNewest`):
    /// their timeline and the newest of their changes it spoke of. Ordered by their stamps,
    /// never by their phone's clock.
    PartnerNewest,
    /// My partner's timelines that a later one replaced (they restored a backup): an update
    /// from one of them arriving late is old news.
    PartnerRetiredTimelines,
    /// The digest of the last update opened, so the same file opened again is no new swap.
    LastReceivedDigest,
    /// My signing key (`exchange::signing`): made with the install, never in a backup.
    SigningKey,
    /// My partner's public key, bound by their first signed update.
    PartnerKey,
    /// My timeline (`TimelineId`): made with the install, made anew by a restore.
    Timeline,
    /// Where my next update may start from: my partner's confirmation, in my current timeline.
    DeltaBase,
    /// How far I hold my partner's changes without a gap, in their timeline: what my updates
    /// confirm to them.
    PartnerChangesThrough,
    Reminder,
    ShareByDefault,
    Theme,
    TextSize,
    Pin,
    PinFailures,
    LockAfter,
    /// The days I took as quiet days: private, never in an update, never counted as missed.
    QuietDays,
    /// The pause I am on, if any: private, and over within a day.
    Pause,
    /// The day of the week we hold our State of us (0 = Monday).
    StateOfUsDay,
    /// The language chosen in Settings (a tag); none: the phone's.
    Language,
}

impl Setting {
    pub(crate) const ALL: [Setting; 26] = [
        Setting::Me,
        Setting::Device,
        Setting::LastStamp,
        Setting::CoupleCode,
        Setting::Partner,
        Setting::PartnerName,
        Setting::PartnerAck,
        Setting::PartnerNewest,
        Setting::PartnerRetiredTimelines,
        Setting::LastReceivedDigest,
        Setting::SigningKey,
        Setting::PartnerKey,
        Setting::Timeline,
        Setting::DeltaBase,
        Setting::PartnerChangesThrough,
        Setting::Reminder,
        Setting::ShareByDefault,
        Setting::Theme,
        Setting::TextSize,
        Setting::Pin,
        Setting::PinFailures,
        Setting::LockAfter,
        Setting::QuietDays,
        Setting::Pause,
        Setting::StateOfUsDay,
        Setting::Language,
    ];

    /// The key in the database and in backups. Never change one: it is stored.
    pub(crate) fn key(self) -> &'static str {
        match self {
            Setting::Me => "me",
            Setting::Device => "device",
            Setting::LastStamp => "last_stamp",
            Setting::CoupleCode => "couple_code",
            Setting::Partner => "partner",
            Setting::PartnerName => "partner_name",
            Setting::PartnerAck => "partner_ack",
            Setting::PartnerNewest => "partner_newest",
            Setting::PartnerRetiredTimelines => "partner_retired_timelines",
            Setting::LastReceivedDigest => "last_received_digest",
            Setting::SigningKey => "signing_key",
            Setting::PartnerKey => "partner_key",
            Setting::Timeline => "timeline",
            Setting::DeltaBase => "delta_base",
            Setting::PartnerChangesThrough => "partner_changes_through",
            Setting::Reminder => "reminder",
            Setting::ShareByDefault => "share_by_default",
            Setting::Theme => "theme",
            Setting::TextSize => "text_size",
            Setting::Pin => "pin",
            Setting::PinFailures => "pin_failures",
            Setting::LockAfter => "lock_after",
            Setting::QuietDays => "quiet_days",
            Setting::Pause => "pause",
            Setting::StateOfUsDay => "state_of_us_day",
            Setting::Language => "language",
        }
    }

    pub(crate) fn from_key(key: &str) -> Option<Setting> {
        Setting::ALL.into_iter().find(|s| s.key() == key)
    }

    /// Whether a backup carries it to a new phone. Who I am travels separately; this device,
    /// its clock, its timeline (and so where its next delta starts), its signing key and the
    /// app lock stay with the phone. How far I hold my partner's changes does not travel
    /// either: after any restore my confirmation starts over, so my partner's next update is
    /// whole and puts their entries here as they are on their phone.
    pub(crate) fn travels_in_backup(self) -> bool {
        match self {
            Setting::CoupleCode
            | Setting::Partner
            | Setting::PartnerName
            | Setting::PartnerAck
            | Setting::PartnerNewest
            | Setting::PartnerRetiredTimelines
            | Setting::PartnerKey
            | Setting::Reminder
            | Setting::ShareByDefault
            | Setting::Theme
            | Setting::TextSize
            | Setting::QuietDays
            | Setting::StateOfUsDay
            | Setting::Language => true,
            Setting::Me
            | Setting::Device
            | Setting::LastStamp
            | Setting::Timeline
            | Setting::DeltaBase
            | Setting::PartnerChangesThrough
            | Setting::LastReceivedDigest
            | Setting::SigningKey
            | Setting::Pin
            | Setting::PinFailures
            | Setting::LockAfter
            | Setting::Pause => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;

    #[test]
    fn every_setting_has_its_own_key_and_reads_back() {
        let keys: HashSet<&str> = Setting::ALL.iter().map(|s| s.key()).collect();
        assert_eq!(keys.len(), Setting::ALL.len());
        for setting in Setting::ALL {
            assert_eq!(Setting::from_key(setting.key()), Some(setting));
        }
        assert_eq!(Setting::from_key("anything else"), None);
    }

    #[test]
    fn backups_carry_the_pairing_and_preferences_but_never_the_lock_or_the_device() {
        let travelling: Vec<&str> = Setting::ALL.iter().filter(|s| s.travels_in_backup()).map(|s| s.key()).collect();
        assert_eq!(
            travelling,
            [
                "couple_code",
                "partner",
                "partner_name",
                "partner_ack",
                "partner_newest",
                "partner_retired_timelines",
                "partner_key",
                "reminder",
                "share_by_default",
                "theme",
                "text_size",
                "quiet_days",
                "state_of_us_day",
                "language"
            ]
        );
    }
}
