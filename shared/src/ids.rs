//! Identifiers: who wrote something (`PersonId`), which phone wrote it (`DeviceId`), which
//! entry it is (`EntryId`) and which run of a person's history an update belongs to
//! (`TimelineId`). All are random UUIDs, so two phones never collide.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use uuid::Uuid;

macro_rules! uuid_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(Uuid);

        impl $name {
            /// A fresh random id.
            pub fn random() -> Self {
                Self(Uuid::new_v4())
            }

            pub fn as_uuid(&self) -> Uuid {
                self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.hyphenated().fmt(f)
            }
        }

        impl FromStr for $name {
            type Err = uuid::Error;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Uuid::parse_str(s).map(Self)
            }
        }

        impl rusqlite::ToSql for $name {
            fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
                Ok(rusqlite::types::ToSqlOutput::from(self.to_string()))
            }
        }

        impl rusqlite::types::FromSql for $name {
            fn column_result(value: rusqlite::types::ValueRef<'_>) -> rusqlite::types::FromSqlResult<Self> {
                let text = value.as_str()?;
                text.parse().map_err(|e| rusqlite::types::FromSqlError::Other(Box::new(e)))
            }
        }
    };
}

uuid_id!(
    /// One partner. Created on first run and kept for the life of the install.
    PersonId
);
uuid_id!(
    /// One install of the app; part of every change stamp so ties break the same way everywhere.
    DeviceId
);
uuid_id!(
    /// One run of a person's history without a step back: made with the install, and made anew
    /// whenever that history may have gone back (restoring a backup). An update says which
    /// timeline it belongs to, so a partner's confirmation from an earlier one is never taken
    /// as the start of a delta (see `docs/exchange-format.md`).
    TimelineId
);
uuid_id!(
    /// One entry: a check-in, an answer, a reflection, a self-check, a commitment, a log line or
    /// a profile.
    EntryId
);

impl TimelineId {
    /// A new timeline born at `ms` (a moment on the phone's hybrid clock, so never before
    /// anything the phone has written or seen): a UUID version 7 whose first 48 bits are that
    /// moment. A partner who receives updates of two timelines out of order (an older restore's
    /// file arriving after a newer one's) tells which is newer by when each was born.
    pub fn born_at(ms: i64) -> Self {
        let random = Uuid::new_v4().into_bytes();
        let mut rest = [0u8; 10];
        rest.copy_from_slice(&random[6..]);
        Self(uuid::Builder::from_unix_timestamp_millis(u64::try_from(ms).unwrap_or(0), &rest).into_uuid())
    }

    /// When this timeline was born; `None` for one made before timelines carried it (a random
    /// id), which is older than any that does.
    pub fn born_ms(&self) -> Option<u64> {
        (self.0.get_version_num() == 7).then(|| {
            let b = self.0.as_bytes();
            u64::from_be_bytes([0, 0, b[0], b[1], b[2], b[3], b[4], b[5]])
        })
    }

    /// Whether this timeline was born before `other` (so it cannot be the newer of the two).
    pub fn born_before(&self, other: &TimelineId) -> bool {
        match (self.born_ms(), other.born_ms()) {
            (Some(mine), Some(theirs)) => mine < theirs,
            (None, Some(_)) => true,
            _ => false,
        }
    }
}

impl EntryId {
    pub(crate) fn from_uuid(uuid: Uuid) -> Self {
        Self(uuid)
    }
}

/// Lowercase hex of `bytes`: how fingerprints, digests and derived ids are written.
pub(crate) fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write as _;
    bytes.iter().fold(String::with_capacity(bytes.len() * 2), |mut out, b| {
        let _ = write!(out, "{b:02x}");
        out
    })
}
