/* SQLite as the web build compiles it (forced in by ./cc-wasm before each C file).
 *
 * sqlite-wasm-rs turns on extensions for everyone's use; Attune uses none of these, and each
 * one's code ships to every phone on its first visit. Undefined here, after the compiler's -D
 * flags and before SQLite's own first line. JSON (json_extract in the commitments query) and
 * the math functions stay. BENCHMARKS.md ("Web bundle") has the size each saves. */
#undef SQLITE_ENABLE_FTS5
#undef SQLITE_ENABLE_RTREE
#undef SQLITE_ENABLE_SESSION
#undef SQLITE_ENABLE_PREUPDATE_HOOK
#undef SQLITE_ENABLE_DBSTAT_VTAB
#undef SQLITE_ENABLE_DBPAGE_VTAB
#undef SQLITE_ENABLE_BYTECODE_VTAB
#undef SQLITE_ENABLE_STMTVTAB
#undef SQLITE_ENABLE_UNLOCK_NOTIFY
#undef SQLITE_ENABLE_COLUMN_METADATA
#undef SQLITE_ENABLE_OFFSET_SQL_FUNC
#undef SQLITE_ENABLE_API_ARMOR
#undef SQLITE_ENABLE_UNKNOWN_SQL_FUNCTION

/* And the parts of SQLite itself the browser's database never reaches, each one of the
 * options SQLite documents as working with the amalgamation: no WAL (the IndexedDB VFS has
 * no shared memory, so the browser's journal is DELETE: storage/rows/mod.rs), no progress
 * callbacks, authorizer or tracing (rusqlite's hooks and trace features are off), text as
 * UTF-8 only, and no count of memory in use. */
#define SQLITE_OMIT_WAL 1
#define SQLITE_OMIT_PROGRESS_CALLBACK 1
#define SQLITE_OMIT_AUTHORIZATION 1
#define SQLITE_OMIT_TRACE 1
#define SQLITE_OMIT_UTF16 1
#define SQLITE_DEFAULT_MEMSTATUS 0
