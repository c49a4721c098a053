//! The core's structure carries its rules, and this test keeps it that way: every SQL
//! statement lives in `storage/` (so every write goes through `Writer`), no module imports a
//! module that imports it back, and every file says what it owns in a `//!` doc.

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

/// Whether `to` can be reached from `from` through imports.
fn reaches(graph: &BTreeMap<String, BTreeSet<String>>, from: &str, to: &str, seen: &mut BTreeSet<String>) -> bool {
    if !seen.insert(from.to_owned()) {
        return false;
    }
    graph.get(from).is_some_and(|deps| deps.iter().any(|d| d == to || reaches(graph, d, to, seen)))
}

#[test]
fn no_module_imports_one_that_imports_it_back() {
    let files = sources();
    let known: BTreeSet<String> = files.iter().map(|(m, _)| m.clone()).collect();
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (module, text) in &files {
        let mut deps = BTreeSet::new();
        for (at, _) in text.match_indices("crate::") {
            let path: String =
                text[at + 7..].chars().take_while(|c| c.is_ascii_lowercase() || *c == '_' || *c == ':').collect();
            let parts: Vec<&str> = path.split("::").filter(|p| !p.is_empty()).collect();
            // The longest prefix that names a module file.
            let target = (1..=parts.len()).rev().map(|n| parts[..n].join("::")).find(|m| known.contains(m));
            if let Some(target) = target.filter(|t| t != module) {
                deps.insert(target);
            }
        }
        graph.insert(module.clone(), deps);
    }
    for (module, deps) in &graph {
        for dep in deps {
            assert!(
                !reaches(&graph, dep, module, &mut BTreeSet::new()),
                "import cycle: {module} uses {dep}, which leads back to {module}"
            );
        }
    }
}

#[test]
fn every_file_says_what_it_owns() {
    for (module, text) in sources() {
        assert!(text.starts_with("//!"), "{module} has no //! doc saying what it owns");
    }
}
