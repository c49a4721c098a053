//! The core as Kotlin, Swift and Python see it (feature `uniffi`, turned on by `attune-ffi`).
//! The records, enums and errors carry their own uniffi derives where they are declared, so no
//! type is written twice, and the component is set up at the crate's root. This module says how
//! the four types uniffi can't carry as they are cross: a day as `YYYY-MM-DD`, a weekday as 0
//! (Monday) to 6 (Sunday), entry and device ids as their UUID strings.

use chrono::{NaiveDate, Weekday};

use crate::ids::{DeviceId, EntryId};

uniffi::custom_type!(NaiveDate, String, {
    remote,
    lower: |day| day.to_string(),
    try_lift: |text| Ok(text.parse()?),
});

uniffi::custom_type!(Weekday, u8, {
    remote,
    lower: |day| u8::try_from(day.num_days_from_monday()).unwrap_or(0),
    try_lift: |n| Ok(Weekday::try_from(n)?),
});

uniffi::custom_type!(EntryId, String, {
    lower: |id| id.to_string(),
    try_lift: |text| Ok(text.parse()?),
});

uniffi::custom_type!(DeviceId, String, {
    lower: |id| id.to_string(),
    try_lift: |text| Ok(text.parse()?),
});
