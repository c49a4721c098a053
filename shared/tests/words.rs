//! The words every reader meets, checked as a reviewer would: Spanish that suits every Spanish
//! speaker (no *vosotros*, which only Spain uses), no gender assumed for the reader or the
//! partner in any language, and every count agreeing with its noun at 0, 1, 2 and 5. The
//! texts are the catalogues (every message formatted) and the program content (every string).

use attune_core::Locale;
use regex::Regex;
use std::path::Path;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Every line of words in a language's catalogues and content files (comments and keys left
/// out), with where it is.
fn lines_of(tag: &str) -> Vec<(String, String)> {
    let content = if tag == "en" { root().join("content") } else { root().join("content").join(tag) };
    let files = [
        root().join("locales").join(tag).join("core.ftl"),
        root().join("locales").join(tag).join("app.ftl"),
        content.join("program.toml"),
        content.join("questions.toml"),
    ];
    let mut out = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        for (i, line) in text.lines().enumerate() {
            let trimmed = line.trim_start();
            if trimmed.starts_with('#') || trimmed.is_empty() {
                continue;
            }
            // The words: what follows `key =` (Fluent, TOML), or a line of a list or a variant.
            let words = match line.split_once(" = ") {
                // Ids and choices in the content are not words.
                Some((key, _)) if ["id", "step", "about", "who", "kind", "serves"].contains(&key.trim()) => continue,
                Some((key, value)) if !key.contains('"') => value,
                _ => line,
            };
            // Placeables and variant keys are code, not words.
            let words = placeables().replace_all(words, " ").into_owned();
            out.push((format!("{}:{}", file.strip_prefix(root()).unwrap_or(&file).display(), i + 1), words));
        }
    }
    out
}

fn placeables() -> &'static Regex {
    static PLACEABLES: std::sync::OnceLock<Regex> = std::sync::OnceLock::new();
    PLACEABLES.get_or_init(|| Regex::new(r"\{[^{}]*\}|\{\s*\$\w+\s*->|\[[\w-]+\]").expect("valid"))
}

/// The matches of `pattern` in `lines`, minus those the allow-list explains.
fn found(
    lines: &[(String, String)],
    pattern: &Regex,
    allowed: &[(&str, &str)],
    skip: impl Fn(&str) -> bool,
) -> Vec<String> {
    let mut out = Vec::new();
    for (at, words) in lines {
        for m in pattern.find_iter(words) {
            let hit = m.as_str();
            if skip(&hit.to_lowercase()) || allowed.iter().any(|(fragment, _)| words.contains(fragment)) {
                continue;
            }
            out.push(format!("{at}: '{hit}' in {words}"));
        }
    }
    out
}

#[test]
fn spanish_speaks_to_every_spanish_speaker_without_vosotros() {
    // Second person plural of Spain: pronouns and possessives, present and subjunctive
    // endings, imperatives (with and without pronouns), and "infinitive + os".
    let vosotros = Regex::new(
        r"(?i)\b(vosotr[oa]s|vuestr[oa]s?|os|sois|dais|veis|vais|\w+(áis|éis)|\w{2,}[aei]d(l[oa]s?|me|nos|les?)?|\w+[aeí]os|(sentir|ver|desbordar|ayudar|hablar|escuchar|abrazar|decir|contar|mirar|buscar|enviar|tomar|dar|cuidar|preguntar|acordar|animar|tratar|reencontrar|ir|poner|hacer|quedar|perdonar|conocer|calmar|despedir|reunir)os)\b",
    )
    .expect("valid");
    // Words that only look like those forms.
    let not_vosotros = |w: &str| {
        w.ends_with("dad")
            || w.ends_with("tad")
            || w.ends_with("tud")
            || [
                "usted",
                "ustedes",
                "pared",
                "red",
                "sed",
                "huésped",
                "césped",
                "madrid",
                "lid",
                "vid",
                "caos",
                "deseos",
                "paseos",
                "correos",
                "empleos",
                "trofeos",
                "rodeos",
                "sorteos",
                "recreos",
                "mareos",
                "feos",
                "envíos",
                "desafíos",
                "vacíos",
                "fríos",
                "míos",
                "tíos",
                "ríos",
                "líos",
                "días",
                "id",
                "ad",
                "ed",
                "merced",
                "ipad",
            ]
            .contains(&w)
    };
    let problems = found(&lines_of("es"), &vosotros, &[], not_vosotros);
    assert!(problems.is_empty(), "vosotros forms (Spain only) in the Spanish:\n{}", problems.join("\n"));
}

#[test]
fn no_words_assume_the_reader_or_the_partner_is_a_man_or_a_woman() {
    let spanish = Regex::new(
        r"(?i)\b(de pequeñ[oa]s?|(tú|ti) mism[oa]s?|(sientes?|sienta[ns]?|sentirte|sentirse|sentirnos|sentiros|sentimos|estás|estáis|están|estamos|estoy|estés|esté|eres|seas|soy|quedas|quedarte|te ves|te veo|te noto)\s+(más\s+|muy\s+|menos\s+|tan\s+)?(sol[oa]s?|segur[oa]s?|content[oa]s?|tranquil[oa]s?|nervios[oa]s?|celos[oa]s?|list[oa]s?|orgullos[oa]s?|dispuest[oa]s?|vinculad[oa]s?|\w+ad[oa]s?|\w+id[oa]s?)|(cansad|orgullos|dispuest|enfadad|enojad|estresad|agobiad|desbordad)[oa]s?|(amable|curios[oa]|abiert[oa]|empátic[oa]|comprensiv[oa]),\s)\b",
    )
    .expect("valid");
    // Each exception says why it assumes no one's gender.
    let spanish_allowed: &[(&str, &str)] =
        &[("que eres demasiado", "'demasiado' is an adverb here (\"too much\"), not an adjective of the reader")];
    let mut problems = found(&lines_of("es"), &spanish, spanish_allowed, |_| false);
    let english =
        Regex::new(r"(?i)\b(he|she|him|his|hers|himself|herself|boyfriend|girlfriend|husband|wife)\b").expect("valid");
    // "her" alone is left out: it is also "her" of a named line ("in her own words" never occurs).
    let english_allowed: &[(&str, &str)] = &[];
    problems.extend(found(&lines_of("en"), &english, english_allowed, |_| false));
    assert!(problems.is_empty(), "gendered words:\n{}", problems.join("\n"));
}

#[test]
fn every_count_agrees_with_its_noun_in_every_language() {
    // Every message formatted with every variable set to 0, 1, 2 and 5: a bare 1 before a
    // plural noun, or 2 and 5 before a singular one, is a count outside a plural selector.
    let english_plural = Regex::new(r"\b1 (entries|days|minutes|seconds|hours|answers|changes|check-ins|reflections|commitments|notes|questions|times|weeks|yours|updates|people|files)\b").expect("valid");
    let english_single = Regex::new(r"\b[25] (entry|day|minute|second|hour|answer|change|check-in|reflection|commitment|note|question|time|week|update|file)\b").expect("valid");
    let spanish_plural = Regex::new(r"\b1 (entradas|días|minutos|segundos|horas|respuestas|cambios|registros|reflexiones|compromisos|notas|preguntas|veces|semanas|tuyas|actualizadas|actualizaciones|archivos)\b").expect("valid");
    let spanish_single = Regex::new(r"\b[25] (entrada|día|minuto|segundo|hora|respuesta|cambio|registro|reflexión|compromiso|nota|pregunta|vez|semana|tuya|actualización|archivo)\b").expect("valid");
    let variable = Regex::new(r"\$(\w+)").expect("valid");
    let mut problems = Vec::new();
    for path in ["core.ftl", "app.ftl"] {
        let source = std::fs::read_to_string(root().join("locales/en").join(path)).expect("readable");
        let ids: Vec<String> = source
            .lines()
            .filter_map(|l| l.split_once(" = ").map(|(k, _)| k))
            .filter(|k| !k.starts_with(' ') && !k.starts_with('#') && !k.contains(char::is_whitespace))
            .map(str::to_owned)
            .collect();
        let vars: Vec<String> = variable.captures_iter(&source).map(|c| c[1].to_owned()).collect();
        for locale in [Locale::English, Locale::Spanish] {
            let (plural, single) = if locale == Locale::English {
                (&english_plural, &english_single)
            } else {
                (&spanish_plural, &spanish_single)
            };
            for id in &ids {
                for n in [0, 1, 2, 5] {
                    let args: Vec<(&str, attune_core::locale::Arg<'_>)> =
                        vars.iter().map(|v| (v.as_str(), n.into())).collect();
                    let Ok(texts) = locale.words().try_text(id, &args) else { continue };
                    for text in texts {
                        if plural.is_match(&text) || single.is_match(&text) {
                            problems.push(format!("{locale} {id} with {n}: {text}"));
                        }
                    }
                }
            }
        }
    }
    problems.sort();
    problems.dedup();
    assert!(problems.is_empty(), "counts outside a plural selector:\n{}", problems.join("\n"));
}

#[test]
fn every_spanish_phone_gets_spanish_and_other_languages_english() {
    for tag in ["es-ES", "es-MX", "es-US", "es-AR", "es-CO", "es-419", "es"] {
        assert_eq!(Locale::for_phone(&[tag]), Locale::Spanish, "{tag}");
    }
    for tag in ["en-GB", "en-US", "fr-FR", "de-DE", "pt-BR"] {
        assert_eq!(Locale::for_phone(&[tag]), Locale::English, "{tag}");
    }
}
