//! The core's structure carries its rules, and this test keeps it that way: every SQL
//! statement lives in `storage/` (so every write goes through `Writer`), only `storage/` holds
//! the connection (features get `Rows` and `Writer`, neither of which runs SQL), no top-level module
//! imports one that imports it back (every `use` form and path read by `syn`, names the crate
//! root re-exports traced to their module), and every file says what it owns in a `//!` doc.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn sources() -> Vec<(String, String)> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).expect("src") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    walk(&root, &mut files);
    files.sort();
    files
        .into_iter()
        .map(|path| {
            let module = path.strip_prefix(&root).expect("inside src").with_extension("");
            let module = module.to_string_lossy().replace("/mod", "").replace('/', "::");
            (module, std::fs::read_to_string(&path).expect("readable"))
        })
        .collect()
}

#[test]
fn every_sql_statement_lives_in_storage() {
    let statements = ["SELECT ", "INSERT ", "UPDATE ", "DELETE ", ".execute(", ".prepare", ".query_row("];
    for (module, text) in sources() {
        if module.starts_with("storage") {
            continue;
        }
        for statement in statements {
            assert!(!text.contains(statement), "{module} runs SQL ({statement:?}); rows belong in storage/");
        }
    }
}

/// The connection is `storage`'s alone: features read through `Rows` and write through
/// `Writer`, and no file outside `storage/` names SQLite's `Connection` or `Transaction` (as a
/// type, a path or a field), so none can run SQL of its own. Read as Rust, comments aside.
#[test]
fn only_storage_holds_the_connection() {
    struct Names(Vec<String>);
    impl<'ast> syn::visit::Visit<'ast> for Names {
        fn visit_ident(&mut self, ident: &'ast syn::Ident) {
            self.0.push(ident.to_string());
        }
    }
    let forbidden = ["Connection", "Transaction", "conn"];
    for (module, text) in sources() {
        if module.starts_with("storage") {
            continue;
        }
        let file = syn::parse_file(&text).unwrap_or_else(|e| panic!("{module}: {e}"));
        let mut names = Names(Vec::new());
        syn::visit::visit_file(&mut names, &file);
        for name in forbidden {
            assert!(!names.0.iter().any(|n| n == name), "{module} names `{name}`: the connection is storage's alone");
        }
    }
    // The check sees a field, a type and a path.
    for sample in
        ["fn f(s: &Store) { s.conn.close(); }", "fn f(c: &rusqlite::Connection) {}", "use rusqlite::Transaction;"]
    {
        let mut names = Names(Vec::new());
        syn::visit::visit_file(&mut names, &syn::parse_file(sample).expect("parses"));
        assert!(names.0.iter().any(|n| forbidden.contains(&n.as_str())), "{sample}");
    }
}

/// Every path a file names that starts at `crate`, `super` or `self`, as segments from the crate
/// root: `use` trees (groups, renames, `self` in a group, globs) and paths in code and types,
/// outside `#[cfg(test)]` items.
fn paths_named(module: &str, text: &str) -> Vec<Vec<String>> {
    use syn::visit::Visit;

    struct Paths<'a> {
        here: Vec<&'a str>,
        found: Vec<Vec<String>>,
    }

    impl Paths<'_> {
        fn note(&mut self, segments: Vec<String>) {
            let Some(first) = segments.first() else { return };
            let mut absolute: Vec<String> = match first.as_str() {
                "crate" => Vec::new(),
                "self" => self.here.iter().map(ToString::to_string).collect(),
                "super" => {
                    let mut at: Vec<String> = self.here.iter().map(ToString::to_string).collect();
                    let supers = segments.iter().take_while(|s| *s == "super").count();
                    at.truncate(at.len().saturating_sub(supers));
                    at.extend(segments.iter().skip(supers).cloned());
                    self.found.push(at);
                    return;
                }
                _ => return,
            };
            absolute.extend(segments.into_iter().skip(1));
            self.found.push(absolute);
        }

        fn tree(&mut self, prefix: &[String], tree: &syn::UseTree) {
            let mut path = prefix.to_vec();
            match tree {
                syn::UseTree::Path(p) => {
                    path.push(p.ident.to_string());
                    self.tree(&path, &p.tree);
                }
                syn::UseTree::Name(n) if n.ident == "self" => self.note(path),
                syn::UseTree::Name(n) => {
                    path.push(n.ident.to_string());
                    self.note(path);
                }
                syn::UseTree::Rename(r) => {
                    path.push(r.ident.to_string());
                    self.note(path);
                }
                syn::UseTree::Glob(_) => self.note(path),
                syn::UseTree::Group(g) => g.items.iter().for_each(|item| self.tree(prefix, item)),
            }
        }
    }

    /// `#[cfg(test)]`: a unit test may drive the store through any feature.
    fn only_for_tests(attrs: &[syn::Attribute]) -> bool {
        attrs.iter().any(|a| a.path().is_ident("cfg") && a.parse_args::<syn::Path>().is_ok_and(|p| p.is_ident("test")))
    }

    impl<'ast> Visit<'ast> for Paths<'_> {
        fn visit_item(&mut self, item: &'ast syn::Item) {
            let attrs = match item {
                syn::Item::Mod(m) => &m.attrs,
                syn::Item::Fn(f) => &f.attrs,
                syn::Item::Use(u) => &u.attrs,
                syn::Item::Impl(i) => &i.attrs,
                _ => return syn::visit::visit_item(self, item),
            };
            if !only_for_tests(attrs) {
                syn::visit::visit_item(self, item);
            }
        }

        fn visit_item_use(&mut self, item: &'ast syn::ItemUse) {
            self.tree(&[], &item.tree);
        }

        fn visit_path(&mut self, path: &'ast syn::Path) {
            self.note(path.segments.iter().map(|s| s.ident.to_string()).collect());
            syn::visit::visit_path(self, path);
        }
    }

    let file = syn::parse_file(text).unwrap_or_else(|e| panic!("{module} does not parse: {e}"));
    let here = if module == "lib" { Vec::new() } else { module.split("::").collect() };
    let mut paths = Paths { here, found: Vec::new() };
    paths.visit_file(&file);
    paths.found
}

/// The top-level module each name the crate root re-exports comes from (`pub use records::…`).
fn root_exports(lib: &str, modules: &BTreeSet<String>) -> BTreeMap<String, String> {
    fn walk(prefix: &[String], tree: &syn::UseTree, out: &mut Vec<(String, Vec<String>)>) {
        let mut path = prefix.to_vec();
        match tree {
            syn::UseTree::Path(p) => {
                path.push(p.ident.to_string());
                walk(&path, &p.tree, out);
            }
            syn::UseTree::Name(n) if n.ident == "self" => {
                out.push((path.last().cloned().unwrap_or_default(), path));
            }
            syn::UseTree::Name(n) => out.push((n.ident.to_string(), path)),
            syn::UseTree::Rename(r) => out.push((r.rename.to_string(), path)),
            syn::UseTree::Glob(_) => {}
            syn::UseTree::Group(g) => g.items.iter().for_each(|item| walk(prefix, item, out)),
        }
    }
    let file = syn::parse_file(lib).expect("lib.rs parses");
    let mut exports = Vec::new();
    for item in &file.items {
        if let syn::Item::Use(u) = item {
            walk(&[], &u.tree, &mut exports);
        }
    }
    exports
        .into_iter()
        .filter_map(|(name, path)| {
            let first = path.iter().find(|s| *s != "crate")?;
            modules.contains(first).then(|| (name, first.clone()))
        })
        .collect()
}

/// The imports between top-level modules (`storage`, `records`, …): module → modules it uses.
fn top_level_imports(files: &[(String, String)]) -> BTreeMap<String, BTreeSet<String>> {
    let top = |module: &str| module.split("::").next().unwrap_or(module).to_owned();
    let modules: BTreeSet<String> = files.iter().map(|(m, _)| top(m)).filter(|m| m != "lib").collect();
    let lib = files.iter().find(|(m, _)| m == "lib").map_or("", |(_, t)| t.as_str());
    let exports = root_exports(lib, &modules);
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (module, text) in files.iter().filter(|(m, _)| m != "lib") {
        let from = top(module);
        for path in paths_named(module, text) {
            let Some(first) = path.first() else { continue };
            // A module, or a name the root re-exports from one; the root's own items are no edge.
            let to = if modules.contains(first) { Some(first.clone()) } else { exports.get(first).cloned() };
            if let Some(to) = to.filter(|to| *to != from) {
                graph.entry(from.clone()).or_default().insert(to);
            }
        }
    }
    graph
}

/// Whether `to` can be reached from `from`.
fn reaches(graph: &BTreeMap<String, BTreeSet<String>>, from: &str, to: &str, seen: &mut BTreeSet<String>) -> bool {
    if !seen.insert(from.to_owned()) {
        return false;
    }
    graph.get(from).is_some_and(|next| next.iter().any(|n| n == to || reaches(graph, n, to, seen)))
}

/// Every import `a → b` that closes a cycle (`b` leads back to `a`), as "a → b".
fn imports_in_cycles(graph: &BTreeMap<String, BTreeSet<String>>) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for (from, uses) in graph {
        for to in uses {
            if reaches(graph, to, from, &mut BTreeSet::new()) {
                found.insert(format!("{from} → {to}"));
            }
        }
    }
    found
}

#[test]
fn no_import_cycle_between_top_level_modules() {
    let graph = top_level_imports(&sources());
    for (module, uses) in &graph {
        println!("{module} → {}", uses.iter().cloned().collect::<Vec<_>>().join(", "));
    }
    let cycles = imports_in_cycles(&graph);
    assert!(cycles.is_empty(), "imports that close a cycle between top-level modules: {cycles:?}");
}

#[test]
fn the_cycle_check_sees_every_form_of_import() {
    // `clock` is a leaf today; each form of naming `records` in it (which uses `clock`) must be
    // seen as a new cycle.
    for added in [
        "use crate::records::today::TodayView;",
        "use crate::{ids::EntryId, records::{self}};",
        "use crate::{JourneyView};",
        "use super::records::pause as p;",
        "fn f() -> crate::records::pause::PauseView { todo!() }",
        "fn f() { let _ = crate::TodayView::default; }",
    ] {
        let mut files = sources();
        let clock = files.iter_mut().find(|(m, _)| m == "clock").expect("clock.rs");
        clock.1.push_str(added);
        let found = imports_in_cycles(&top_level_imports(&files));
        assert!(found.contains("clock → records"), "{added:?} in clock was not seen: {found:?}");
    }
}

#[test]
fn every_file_says_what_it_owns() {
    for (module, text) in sources() {
        assert!(text.starts_with("//!"), "{module} has no //! doc saying what it owns");
    }
}
