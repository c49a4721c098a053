//! Every language complete: each catalogue parses, has exactly the English messages (no
//! missing, no extra) with no variable the code doesn't give, every message the code asks
//! for exists and every message is asked for somewhere; each language's program content has
//! the English shape and ids and passes the content checks.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use attune_core::{Locale, Program};
use fluent_syntax::ast;

const FILES: [&str; 2] = ["core.ftl", "app.ftl"];

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Each message of a catalogue file: its attributes and the variables it uses.
type Messages = BTreeMap<String, (BTreeSet<String>, BTreeSet<String>)>;

fn variables_in(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for v in variants {
                variables_in(&v.value, out);
            }
        }
        ast::Expression::Inline(inline) => inline_variables(inline, out),
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}

fn messages(tag: &str, file: &str) -> Messages {
    let path = root().join("locales").join(tag).join(file);
    let source = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let resource = fluent_syntax::parser::parse(source.as_str())
        .unwrap_or_else(|(_, errors)| panic!("{}: {errors:#?}", path.display()));
    let mut out = Messages::new();
    for entry in resource.body {
        match entry {
            ast::Entry::Message(m) => {
                let mut vars = BTreeSet::new();
                if let Some(value) = &m.value {
                    variables_in(value, &mut vars);
                }
                let attrs = m.attributes.iter().map(|a| a.id.name.to_owned()).collect();
                assert!(out.insert(m.id.name.to_owned(), (attrs, vars)).is_none(), "{tag}/{file}: {} twice", m.id.name);
            }
            ast::Entry::Junk { content } => panic!("{tag}/{file}: can't read {content:?}"),
            _ => {}
        }
    }
    out
}

#[test]
fn every_language_has_exactly_the_english_messages() {
    for file in FILES {
        let english = messages("en", file);
        for locale in Locale::SHIPPED.into_iter().filter(|l| *l != Locale::English) {
            let translated = messages(locale.tag(), file);
            let missing: Vec<&String> = english.keys().filter(|k| !translated.contains_key(*k)).collect();
            let extra: Vec<&String> = translated.keys().filter(|k| !english.contains_key(*k)).collect();
            assert!(missing.is_empty() && extra.is_empty(), "{locale}/{file}: missing {missing:?}, extra {extra:?}");
            for (id, (attrs, vars)) in &translated {
                let (en_attrs, en_vars) = &english[id];
                assert_eq!(attrs, en_attrs, "{locale}/{file}: {id}'s attributes");
                let unknown: Vec<&String> = vars.difference(en_vars).collect();
                assert!(unknown.is_empty(), "{locale}/{file}: {id} uses {unknown:?}, which the code never gives");
            }
        }
    }
}

/// An id names what its message says (`check-in-kept-commitment`), not the first words of a
/// sentence cut off (`check-in-did-i-keep-my`) or a number to tell two apart (`components-5`).
#[test]
fn message_ids_name_what_they_say() {
    const CUT_OFF_AFTER: &[&str] = &[
        "a", "an", "the", "my", "of", "to", "for", "at", "on", "and", "or", "by", "with", "from", "as", "will", "what",
        "when",
    ];
    for file in FILES {
        let cut: Vec<String> = messages("en", file)
            .into_keys()
            .filter(|id| {
                let last = id.rsplit('-').next().unwrap_or(id);
                last.chars().all(|c| c.is_ascii_digit()) || CUT_OFF_AFTER.contains(&last)
            })
            .collect();
        assert!(cut.is_empty(), "en/{file}: ids that are cut-off sentences or numbered: {cut:?}");
    }
}

/// The Rust source of every file under `dirs`.
fn sources(dirs: &[std::path::PathBuf]) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = dirs.to_vec();
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("source dir") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(std::fs::read_to_string(&path).expect("source"));
            }
        }
    }
    out
}

/// Every `"…"` the core and the app name: where a message id the code says would be.
fn quoted_in_code() -> BTreeSet<String> {
    sources(&[root().join("src"), root().join("../app/src")])
        .iter()
        .flat_map(|source| source.split('"').skip(1).step_by(2).map(str::to_owned).collect::<Vec<_>>())
        .collect()
}

#[test]
fn every_message_the_code_asks_for_exists_and_every_message_is_used() {
    let quoted = quoted_in_code();
    let english: BTreeSet<String> = FILES.iter().flat_map(|f| messages("en", f).into_keys()).collect();
    let words = Locale::English.words();
    let asked = asked_by_the_app();
    let unknown: Vec<&String> = asked.iter().filter(|id| !words.has(id)).collect();
    assert!(unknown.is_empty(), "t!() asks for messages the catalogue lacks: {unknown:?}");
    let referenced: String =
        FILES.iter().map(|f| std::fs::read_to_string(root().join("locales/en").join(f)).expect("catalogue")).collect();
    let unused: Vec<&String> =
        english.iter().filter(|id| !quoted.contains(*id) && !referenced.contains(&format!("{{ {id} }}"))).collect();
    assert!(unused.is_empty(), "messages no code asks for: {unused:?}");
}

/// The ids in every `t!("…"` of the app.
fn asked_by_the_app() -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for source in sources(&[root().join("../app/src")]) {
        let pieces: Vec<&str> = source.split("t!(\"").collect();
        for (before, part) in pieces.iter().zip(pieces.iter().skip(1)) {
            // `format!(` ends the same way: only the `t!` macro itself counts.
            if before.ends_with(|c: char| c.is_alphanumeric() || c == '_') {
                continue;
            }
            if let Some(id) = part.split('"').next() {
                out.insert(id.to_owned());
            }
        }
    }
    out
}

#[test]
fn every_language_says_every_message_without_an_error() {
    // Every message, with every variable it uses set to 0, 1, 2 and 5 (a count, a day, a name
    // all read as one of these without an error), must format with no Fluent error and leave
    // no placeholder behind.
    // A message may use variables through another message it names: every variable of the
    // catalogues is given to every message (the ones it doesn't use change nothing).
    let english: Vec<String> = FILES.iter().flat_map(|f| messages("en", f).into_keys()).collect();
    let vars: BTreeSet<String> =
        FILES.iter().flat_map(|f| messages("en", f).into_values().flat_map(|(_, v)| v)).collect();
    for locale in Locale::ALL {
        let words = locale.words();
        for id in &english {
            for n in [0, 1, 2, 5] {
                let args: Vec<(&str, attune_core::locale::Arg<'_>)> =
                    vars.iter().map(|v| (v.as_str(), n.into())).collect();
                match words.try_text(id, &args) {
                    Ok(texts) => {
                        for text in texts {
                            assert!(!text.contains('{') && !text.contains('}'), "{locale}: {id} with {n}: {text:?}");
                        }
                    }
                    Err(errors) => panic!("{locale}: {id} with {n}: {errors:?}"),
                }
            }
        }
    }
}

#[test]
fn every_language_has_the_whole_program() {
    for locale in Locale::ALL {
        let problems = Program::locale_problems(locale);
        assert!(problems.is_empty(), "{locale}: {problems:#?}");
        let program = Program::for_locale(locale);
        assert_eq!(program.questions.len(), Program::builtin().questions.len());
    }
    let spanish = Program::for_locale(Locale::Spanish);
    let english = Program::builtin();
    let same: Vec<&str> = english
        .questions
        .iter()
        .zip(&spanish.questions)
        .filter(|(e, s)| e.text == s.text)
        .map(|(e, _)| e.id.as_str())
        .collect();
    assert!(same.is_empty(), "questions left in English: {same:?}");
    assert_ne!(english.steps[0].title, spanish.steps[0].title);
}

#[test]
fn the_phone_chooses_among_the_languages_attune_speaks() {
    assert_eq!(Locale::for_phone(&["es-MX", "en-US"]), Locale::Spanish);
    assert_eq!(Locale::for_phone(&["fr-FR", "es_ES"]), Locale::Spanish);
    assert_eq!(Locale::for_phone(&["en-GB"]), Locale::English);
    assert_eq!(Locale::for_phone(&["de-DE"]), Locale::English);
    assert_eq!(Locale::for_phone::<&str>(&[]), Locale::English);
    assert_eq!(Locale::for_phone(&["en-XA"]), Locale::Pseudo);
}
