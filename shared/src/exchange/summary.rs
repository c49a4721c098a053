//! What opening my partner's update did, and the one line the screen shows for it.

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
        let mut sections = Vec::new();
        let new = self.new.describe();
        if !new.is_empty() {
            let parts: Vec<String> =
                new.iter().enumerate().map(|(i, p)| if i == 0 { new_first(p) } else { p.clone() }).collect();
            sections.push(parts.join(", "));
        }
        for (counts, verb) in [(&self.updated, "updated"), (&self.removed, "removed")] {
            let parts = counts.describe();
            if !parts.is_empty() {
                sections.push(format!("{} {verb}", parts.join(", ")));
            }
        }
        if sections.is_empty() {
            return format!("{}: nothing new since the last update.", self.partner_name);
        }
        format!("{}: {}.", self.partner_name, sections.join("; "))
    }
}

fn new_first(part: &str) -> String {
    match part.split_once(' ') {
        Some((n, what)) => format!("{n} new {what}"),
        None => part.to_owned(),
    }
}
