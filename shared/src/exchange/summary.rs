//! What a swap did, as counts: the summary of opening my partner's update, and the line of
//! history each swap leaves (the database keeps counts, never sentences, so any language can
//! say them). The one line the screen shows is made from the counts here.

use serde::{Deserialize, Serialize};

use crate::clock::ChangeStamp;
use crate::records::entry::KindCounts;

/// What opening my partner's update did.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
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

    /// One line for the screen: "Sam: 6 new check-ins, 2 reflections, 1 answer".
    pub fn message(&self) -> String {
        received_sentence(&self.partner_name, &self.new, &self.updated, &self.removed)
    }

    /// What the history keeps of this import.
    pub(crate) fn swapped(&self) -> Swapped {
        Swapped::Received { new: self.new, updated: self.updated, removed: self.removed }
    }
}

/// One line of the exchange history, as stored.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "swap", rename_all = "snake_case")]
pub(crate) enum Swapped {
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

impl Swapped {
    /// The line the history shows.
    pub(crate) fn sentence(&self, partner_name: &str) -> String {
        match self {
            Swapped::Sent { entries: 1 } => "Sent 1 shared entry.".to_owned(),
            Swapped::Sent { entries } => format!("Sent {entries} shared entries."),
            Swapped::SentChanges { changes: 0 } => "Sent an update with no changes.".to_owned(),
            Swapped::SentChanges { changes: 1 } => "Sent 1 change.".to_owned(),
            Swapped::SentChanges { changes } => format!("Sent {changes} changes."),
            Swapped::Received { new, updated, removed } => received_sentence(partner_name, new, updated, removed),
        }
    }
}

fn received_sentence(partner_name: &str, new: &KindCounts, updated: &KindCounts, removed: &KindCounts) -> String {
    {
        let mut sections = Vec::new();
        let new = new.describe();
        if !new.is_empty() {
            let parts: Vec<String> =
                new.iter().enumerate().map(|(i, p)| if i == 0 { new_first(p) } else { p.clone() }).collect();
            sections.push(parts.join(", "));
        }
        for (counts, verb) in [(updated, "updated"), (removed, "removed")] {
            let parts = counts.describe();
            if !parts.is_empty() {
                sections.push(format!("{} {verb}", parts.join(", ")));
            }
        }
        if sections.is_empty() {
            return format!("{partner_name}: nothing new since the last update.");
        }
        format!("{partner_name}: {}.", sections.join("; "))
    }
}

fn new_first(part: &str) -> String {
    match part.split_once(' ') {
        Some((n, what)) => format!("{n} new {what}"),
        None => part.to_owned(),
    }
}
