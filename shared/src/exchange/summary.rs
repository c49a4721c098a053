//! What a swap did, as counts: the summary of opening my partner's update, and the line of
//! history each swap leaves (the database keeps counts, never sentences, so any language can
//! say them). `locale::Words` puts them into words.

use serde::{Deserialize, Serialize};

use crate::clock::ChangeStamp;
use crate::entry::KindCounts;

/// What opening my partner's update did.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ImportSummary {
    pub partner_name: String,
    pub new: KindCounts,
    pub updated: KindCounts,
    pub removed: KindCounts,
    /// When my partner wrote the update.
    pub exported_ms: i64,
    /// The newest of my changes my partner had when writing it.
    pub ack: Option<ChangeStamp>,
}

impl ImportSummary {
    pub fn changed_anything(&self) -> bool {
        self.new.total() + self.updated.total() + self.removed.total() > 0
    }

    /// What the history keeps of this import.
    pub(crate) fn swapped(&self) -> Swapped {
        Swapped::Received { new: self.new, updated: self.updated, removed: self.removed }
    }
}

/// One line of the exchange history, as stored.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "swap", rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum Swapped {
    /// A whole update: every entry I share.
    Sent {
        entries: u32,
    },
    /// A delta: what changed since my partner last confirmed.
    SentChanges {
        changes: u32,
    },
    Received {
        new: KindCounts,
        updated: KindCounts,
        removed: KindCounts,
    },
}
