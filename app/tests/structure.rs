//! The app's shape, kept by a test: no component is longer than a screen of code (80 lines),
//! so a screen reads as named sections, each with its own state and its own outcome.

use std::path::{Path, PathBuf};

const MAX_COMPONENT_LINES: usize = 80;

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("a folder") {
        let path = entry.expect("an entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// How many lines the item starting at `lines[start]` spans: to the line where its braces close,
/// braces inside string and character literals not counted.
fn item_lines(lines: &[&str], start: usize) -> usize {
    let mut depth = 0i32;
    let mut opened = false;
    for (n, line) in lines.iter().enumerate().skip(start) {
        let mut chars = line.chars().peekable();
        let mut in_string = false;
        while let Some(c) = chars.next() {
            match (in_string, c) {
                (true, '\\') => {
                    chars.next();
                }
                (_, '"') => in_string = !in_string,
                (false, '\'') if chars.peek() == Some(&'{') || chars.peek() == Some(&'}') => {
                    chars.next();
                }
                (false, '/') if chars.peek() == Some(&'/') => break,
                (false, '{') => {
                    depth += 1;
                    opened = true;
                }
                (false, '}') => depth -= 1,
                _ => {}
            }
        }
        if opened && depth == 0 {
            return n - start + 1;
        }
    }
    lines.len() - start
}

/// Every `#[component]` function in the app as (file, name, lines).
fn components() -> Vec<(String, String, usize)> {
    let mut files = Vec::new();
    rust_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut files);
    let mut found = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).expect("readable");
        let lines: Vec<&str> = text.lines().collect();
        for (i, line) in lines.iter().enumerate() {
            if line.trim() != "#[component]" {
                continue;
            }
            let Some(at) = (i + 1..lines.len()).find(|j| lines[*j].contains("fn ")) else { continue };
            let name = lines[at].split("fn ").nth(1).and_then(|r| r.split(['(', '<']).next()).unwrap_or("?");
            found.push((file.display().to_string(), name.to_owned(), item_lines(&lines, at)));
        }
    }
    found
}

#[test]
fn no_component_is_longer_than_a_screen_of_code() {
    let all = components();
    assert!(all.len() > 50, "the components were not found ({})", all.len());
    let long: Vec<_> = all.iter().filter(|(_, _, lines)| *lines > MAX_COMPONENT_LINES).collect();
    assert!(long.is_empty(), "components over {MAX_COMPONENT_LINES} lines, to split into named sections: {long:?}");
}

#[test]
fn the_length_check_counts_what_it_should() {
    let text = "fn Long() -> Element {\n    let brace = '{';\n    let s = \"}}}\";\n    rsx! {\n        p { \"{x}\" }\n    }\n}\nfn after() {}";
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(item_lines(&lines, 0), 7, "braces in strings and characters are not the item's");
}
