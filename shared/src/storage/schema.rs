//! The database schema, one migration per released version. Never edit a released migration:
//! add a new one, and keep a fixture database of every released version in `shared/tests/`.

use rusqlite_migration::{M, Migrations};

/// Version 1: entries (every record of both partners, with sync metadata; `topic` is what an
/// entry answers or refers to: a question, an exercise, a commitment), local settings, and the
/// history of exchanges.
const V1: &str = "
CREATE TABLE entries (
    id            TEXT PRIMARY KEY NOT NULL,
    kind          TEXT NOT NULL,
    author        TEXT NOT NULL,
    day           TEXT NOT NULL,
    topic         TEXT,
    created_ms    INTEGER NOT NULL,
    stamp_ms      INTEGER NOT NULL,
    stamp_counter INTEGER NOT NULL,
    stamp_device  TEXT NOT NULL,
    shared        INTEGER NOT NULL,
    was_shared    INTEGER NOT NULL,
    deleted       INTEGER NOT NULL,
    body          TEXT
) STRICT;
CREATE INDEX entries_by_author_kind_day ON entries (author, kind, day);
CREATE INDEX entries_by_author_kind_topic ON entries (author, kind, topic);

CREATE TABLE settings (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE exchanges (
    id           INTEGER PRIMARY KEY,
    at_ms        INTEGER NOT NULL,
    direction    TEXT NOT NULL,
    partner_name TEXT,
    summary      TEXT NOT NULL
) STRICT;
";

/// Version 2: updates that arrived before they could be opened (before pairing, or from a
/// newer Attune), kept whole until they are opened or the person dismisses them; and the
/// history's counts (JSON), so no sentence is stored (`summary` stays for version-1 rows).
const V2: &str = "
ALTER TABLE exchanges ADD COLUMN counts TEXT;

CREATE TABLE waiting_updates (
    id          INTEGER PRIMARY KEY,
    received_ms INTEGER NOT NULL,
    reason      TEXT NOT NULL,
    digest      TEXT NOT NULL UNIQUE,
    bytes       BLOB NOT NULL
) STRICT;
";

/// Version 3: my changes in stamp order, so a delta update (what changed since my partner's
/// confirmation) and the newest stamp are found without reading every entry. The millisecond
/// alone orders them well enough (ties are sorted in memory) and keeps every insert cheap.
const V3: &str = "
CREATE INDEX entries_by_author_stamp ON entries (author, stamp_ms);
";

pub(crate) fn migrations() -> Migrations<'static> {
    Migrations::new(vec![M::up(V1), M::up(V2), M::up(V3)])
}

/// The schema version the current code writes.
pub const SCHEMA_VERSION: usize = 3;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_are_valid() {
        assert!(migrations().validate().is_ok());
    }
}
