//! The database schema, one migration per released version. Never edit a released migration:
//! add a new one, and keep a fixture database of every released version in `shared/tests/`.

use rusqlite::Connection;
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

/// The latest schema in one step, for a database that is new: the tables, columns and indexes
/// the migrations above build one after another (a test keeps the two equal). A browser's first
/// visit creates its database while the person waits, and version 2's `ALTER TABLE` has SQLite
/// read and check the whole schema again; a new database has no rows to carry over. `exchanges`
/// is written the way that `ALTER TABLE` leaves it, so the stored schema is the same text.
const LATEST: &str = "
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
CREATE INDEX entries_by_author_stamp ON entries (author, stamp_ms);

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
, counts TEXT) STRICT;

CREATE TABLE waiting_updates (
    id          INTEGER PRIMARY KEY,
    received_ms INTEGER NOT NULL,
    reason      TEXT NOT NULL,
    digest      TEXT NOT NULL UNIQUE,
    bytes       BLOB NOT NULL
) STRICT;
";

pub(crate) fn migrations() -> Migrations<'static> {
    Migrations::new(vec![M::up(V1), M::up(V2), M::up(V3)])
}

/// Brings the database to the latest schema: a new one (no version, no tables) is created at
/// it in one transaction, any other is upgraded by the migrations it has not had yet.
pub(crate) fn upgrade(conn: &mut Connection) -> Result<(), rusqlite_migration::Error> {
    let version: i64 = conn.pragma_query_value(None, "user_version", |row| row.get(0))?;
    let tables: i64 = conn.query_row("SELECT count(*) FROM sqlite_schema", [], |row| row.get(0))?;
    if version != 0 || tables != 0 {
        return migrations().to_latest(conn);
    }
    let tx = conn.transaction()?;
    tx.execute_batch(&format!("{LATEST}\nPRAGMA user_version = {SCHEMA_VERSION};"))?;
    tx.commit()?;
    Ok(())
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

    /// Everything SQLite knows of a schema: the stored `CREATE` statements, each table's columns
    /// (name, type, not null, default, key) and strictness, each index's columns and
    /// uniqueness (the automatic ones too), and the version.
    fn shape(conn: &Connection) -> Vec<String> {
        let mut out =
            vec![format!("version {}", conn.pragma_query_value(None, "user_version", |r| r.get::<_, i64>(0)).unwrap())];
        let rows = |sql: &str| -> Vec<String> {
            let mut stmt = conn.prepare(sql).unwrap();
            let n = stmt.column_count();
            let mut rows = stmt.query([]).unwrap();
            let mut out = Vec::new();
            while let Some(row) = rows.next().unwrap() {
                let cells: Vec<String> =
                    (0..n).map(|i| format!("{:?}", row.get::<_, rusqlite::types::Value>(i).unwrap())).collect();
                out.push(cells.join(" "));
            }
            out
        };
        out.extend(rows(
            "SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY name",
        ));
        out.extend(rows("SELECT name, type, ncol, strict FROM pragma_table_list WHERE schema = 'main' ORDER BY name"));
        for table in ["entries", "settings", "exchanges", "waiting_updates"] {
            out.extend(rows(&format!("SELECT '{table}', * FROM pragma_table_info('{table}') ORDER BY cid")));
            out.extend(rows(&format!("SELECT '{table}', * FROM pragma_index_list('{table}') ORDER BY name")));
            out.extend(rows(&format!(
                "SELECT i.name, x.* FROM pragma_index_list('{table}') AS i, pragma_index_xinfo(i.name) AS x \
                 ORDER BY i.name, x.seqno"
            )));
        }
        out
    }

    #[test]
    fn a_new_database_gets_the_schema_the_migrations_build() {
        let mut migrated = Connection::open_in_memory().unwrap();
        migrations().to_latest(&mut migrated).unwrap();
        let mut new = Connection::open_in_memory().unwrap();
        upgrade(&mut new).unwrap();
        let (migrated, new) = (shape(&migrated), shape(&new));
        assert!(migrated.len() > 40, "the comparison sees the schema: {migrated:#?}");
        assert_eq!(new, migrated);
    }

    #[test]
    fn a_database_created_at_the_latest_schema_needs_no_migration() {
        let mut conn = Connection::open_in_memory().unwrap();
        upgrade(&mut conn).unwrap();
        let version = migrations().current_version(&conn).unwrap();
        assert_eq!(version, rusqlite_migration::SchemaVersion::Inside(SCHEMA_VERSION.try_into().unwrap()));
        // Opening it again changes nothing.
        let before = shape(&conn);
        upgrade(&mut conn).unwrap();
        assert_eq!(shape(&conn), before);
    }

    #[test]
    fn an_older_database_is_upgraded_by_its_missing_migrations() {
        let mut conn = Connection::open_in_memory().unwrap();
        conn.execute_batch(V1).unwrap();
        conn.pragma_update(None, "user_version", 1).unwrap();
        conn.execute("INSERT INTO exchanges (at_ms, direction, summary) VALUES (1, 'sent', 'x')", []).unwrap();
        upgrade(&mut conn).unwrap();
        let mut migrated = Connection::open_in_memory().unwrap();
        migrations().to_latest(&mut migrated).unwrap();
        assert_eq!(shape(&conn), shape(&migrated));
        let kept: i64 = conn.query_row("SELECT count(*) FROM exchanges", [], |r| r.get(0)).unwrap();
        assert_eq!(kept, 1, "the row from version 1 is still there");
    }
}
