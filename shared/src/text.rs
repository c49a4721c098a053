//! The one rule for every name and text that enters the store, whether a person typed it, a
//! binding passed it or a partner's file carried it: tidied (ends trimmed, line breaks as
//! `\n`), no invisible characters that no script needs (controls, line and paragraph
//! separators, format characters other than the joiners real writing uses), no direction
//! controls in names, at least one visible character, and the length counted on exactly what
//! is stored. The rule is stated over Unicode general categories, so it holds for every code
//! point, not a list of the ones someone thought of.
//!
//! What a person types is tidied first (`tidy`); a file's texts must already be tidy, since
//! every phone tidies before it stores.

use std::fmt;

use unicode_general_category::{GeneralCategory, get_general_category};

/// Longest text a person can write in one field; a page of writing, more than any prompt needs.
pub const MAX_TEXT_CHARS: usize = 4_000;
/// Longest name.
pub const MAX_NAME_CHARS: usize = 60;
/// The longest question of our own: a sentence, shown as the day's question and in a reminder.
pub const MAX_QUESTION_CHARS: usize = 200;

/// The kinds of text Attune stores.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextKind {
    /// A person's name: one line, shown everywhere, so nothing that can disguise it.
    Name,
    /// Something a person wrote: may span lines.
    Writing,
    /// A question of the couple's own: one line (it is the day's question on both phones and
    /// in the reminder), so, like a name, nothing that can disguise it.
    Question,
}

/// Why a text can't be stored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum TextProblem {
    Empty,
    TooLong {
        max_chars: u32,
    },
    /// An invisible character no writing needs: a control (NUL, escape, …), a line or
    /// paragraph separator (U+2028, U+2029), a format character other than the joiners (a
    /// zero-width space, a soft hyphen, …); in a name also a line break or tab.
    ControlCharacter,
    /// A character that reverses or isolates the direction of text (U+202A–U+202E,
    /// U+2066–U+2069, U+200E, U+200F, U+061C), which can make a name read as something else.
    DirectionControl,
    /// Spaces or line breaks around it, or `\r` line breaks: only a file written by hand has those.
    NotTidy,
}

impl fmt::Display for TextProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TextProblem::Empty => write!(f, "is empty"),
            TextProblem::TooLong { max_chars } => write!(f, "is longer than {max_chars} characters"),
            TextProblem::ControlCharacter => write!(f, "contains an invisible control character"),
            TextProblem::DirectionControl => write!(f, "contains a character that changes the direction of text"),
            TextProblem::NotTidy => write!(f, "has spaces or line breaks around it"),
        }
    }
}

/// What a person typed, as it is stored: line breaks as `\n` (a pasted LINE or PARAGRAPH
/// SEPARATOR too), ends trimmed.
pub fn tidy(typed: &str) -> String {
    let text = typed.trim();
    if text.contains(['\r', '\u{2028}', '\u{2029}']) {
        text.replace("\r\n", "\n").replace(['\r', '\u{2028}', '\u{2029}'], "\n")
    } else {
        text.to_owned()
    }
}

/// Marks that set the direction of the text around them: right-to-left writing mixed with
/// left-to-right words may need them, so writing keeps them; names and questions don't.
fn is_direction_mark(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// Embeddings, overrides and isolates: they can make text read as something else.
fn is_direction_override(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Format characters (Cf) that real writing needs: ZERO WIDTH NON-JOINER (Persian, Hindi and
/// other Indic names), ZERO WIDTH JOINER (emoji sequences, Indic conjuncts), the Mongolian
/// vowel separator, and the tag characters of subdivision flags (🏴 England, Scotland, Wales).
fn is_needed_format(c: char) -> bool {
    matches!(c, '\u{200C}' | '\u{200D}' | '\u{180E}' | '\u{E0020}'..='\u{E007F}')
}

/// Letters and symbols that draw nothing: Hangul fillers, the blank Braille pattern, the
/// combining grapheme joiner.
fn is_blank_letter(c: char) -> bool {
    matches!(c, '\u{115F}' | '\u{1160}' | '\u{3164}' | '\u{FFA0}' | '\u{2800}' | '\u{034F}')
}

/// What a character is to the text rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Shape {
    /// Draws something.
    Visible,
    /// Takes space or joins, but draws nothing: spaces, joiners, combining marks alone.
    Blank,
    /// A line break or a tab: writing may have them.
    Break,
    /// A direction mark (LRM, RLM, ALM).
    DirectionMark,
    /// An embedding, override or isolate.
    DirectionOverride,
    /// Never stored.
    Invisible,
}

fn shape(c: char) -> Shape {
    use GeneralCategory as G;
    if matches!(c, '\n' | '\t') {
        return Shape::Break;
    }
    if is_direction_mark(c) {
        return Shape::DirectionMark;
    }
    if is_direction_override(c) {
        return Shape::DirectionOverride;
    }
    if is_blank_letter(c) {
        return Shape::Blank;
    }
    match get_general_category(c) {
        G::Format if is_needed_format(c) => Shape::Blank,
        G::Control | G::LineSeparator | G::ParagraphSeparator | G::Surrogate | G::Format => Shape::Invisible,
        G::SpaceSeparator | G::NonspacingMark | G::EnclosingMark => Shape::Blank,
        // Private use and not yet assigned (an emoji newer than this build) may draw.
        _ => Shape::Visible,
    }
}

/// Checks a text as it would be stored. `required`: whether an empty text is a problem.
pub fn check(text: &str, kind: TextKind, required: bool) -> Result<(), TextProblem> {
    if text.is_empty() {
        return if required { Err(TextProblem::Empty) } else { Ok(()) };
    }
    if text.trim() != text || text.contains('\r') {
        return Err(TextProblem::NotTidy);
    }
    let max_chars = match kind {
        TextKind::Name => MAX_NAME_CHARS,
        TextKind::Writing => MAX_TEXT_CHARS,
        TextKind::Question => MAX_QUESTION_CHARS,
    };
    let one_line = matches!(kind, TextKind::Name | TextKind::Question);
    let mut count = 0;
    let mut visible = false;
    for c in text.chars() {
        count += 1;
        if count > max_chars {
            return Err(TextProblem::TooLong { max_chars: u32::try_from(max_chars).unwrap_or(u32::MAX) });
        }
        match shape(c) {
            Shape::Visible => visible = true,
            Shape::Break | Shape::DirectionMark if !one_line => {}
            Shape::Blank => {}
            Shape::Break | Shape::Invisible => return Err(TextProblem::ControlCharacter),
            Shape::DirectionMark | Shape::DirectionOverride => return Err(TextProblem::DirectionControl),
        }
    }
    // Nothing visible (only spaces, joiners, fillers): empty, whatever its length.
    if visible { Ok(()) } else { Err(TextProblem::Empty) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_text_is_tidied_before_it_is_checked() {
        assert_eq!(tidy("  Alex \r\n"), "Alex");
        assert_eq!(tidy("one\r\ntwo\rthree"), "one\ntwo\nthree");
        assert_eq!(check(&tidy("  Alex  "), TextKind::Name, true), Ok(()));
    }

    #[test]
    fn the_length_counts_what_is_stored() {
        let padded = format!("Al{}", " ".repeat(1_000_000));
        assert_eq!(check(&padded, TextKind::Name, true), Err(TextProblem::NotTidy));
        assert_eq!(check(&"a".repeat(MAX_NAME_CHARS), TextKind::Name, true), Ok(()));
        assert_eq!(
            check(&"a".repeat(MAX_NAME_CHARS + 1), TextKind::Name, true),
            Err(TextProblem::TooLong { max_chars: 60 })
        );
        assert_eq!(check(&"é".repeat(MAX_TEXT_CHARS), TextKind::Writing, true), Ok(()));
    }

    #[test]
    fn hostile_characters_are_refused() {
        for name in ["Al\0ex", "Al\u{1b}[31mex", "Al\nex", "Al\tex", "Al\u{7f}ex", "Al\u{85}ex"] {
            assert_eq!(check(name, TextKind::Name, true), Err(TextProblem::ControlCharacter), "{name:?}");
        }
        for name in ["\u{202E}xelA", "Alex\u{2066}x", "Al\u{200F}ex"] {
            assert_eq!(check(name, TextKind::Name, true), Err(TextProblem::DirectionControl), "{name:?}");
        }
        assert_eq!(check("line one\nline\ttwo", TextKind::Writing, true), Ok(()));
        assert_eq!(check("a\0b", TextKind::Writing, true), Err(TextProblem::ControlCharacter));
        // Writing in a right-to-left language may need direction marks; names may not, and
        // nothing may override the direction.
        assert_eq!(check("שלום \u{200F}Alex", TextKind::Writing, true), Ok(()));
        assert_eq!(check("a \u{202E}b", TextKind::Writing, true), Err(TextProblem::DirectionControl));
        assert_eq!(check("", TextKind::Writing, false), Ok(()));
        assert_eq!(check("", TextKind::Name, true), Err(TextProblem::Empty));
    }

    #[test]
    fn separators_zero_width_spaces_and_other_format_characters_are_refused_everywhere() {
        for kind in [TextKind::Name, TextKind::Writing, TextKind::Question] {
            for text in ["a\u{2028}b", "a\u{2029}b", "Al\u{200B}ex", "Al\u{AD}ex", "Al\u{FEFF}ex", "a\u{E0001}b"] {
                assert_eq!(check(text, kind, true), Err(TextProblem::ControlCharacter), "{kind:?} {text:?}");
            }
        }
    }

    #[test]
    fn a_name_with_nothing_visible_is_empty() {
        for name in
            ["\u{3164}", "\u{3164}\u{3164}", "\u{200D}", "\u{2800}", "\u{301}", "\u{115F}\u{1160}", "\u{200C} \u{200D}"]
        {
            assert_eq!(check(name, TextKind::Name, true), Err(TextProblem::Empty), "{name:?}");
            assert_eq!(check(name, TextKind::Writing, false), Err(TextProblem::Empty), "{name:?}");
        }
    }

    #[test]
    fn real_names_in_every_script_are_accepted() {
        for name in [
            "Alex",
            "María José",
            "Zoë O'Neill-Brontë",
            "محمد",
            "فاطمه\u{200C}زهرا", // Persian: the non-joiner is part of the name
            "می\u{200C}خواهم",
            "क्ष\u{200D}त्रिय", // Hindi: a joiner in a conjunct
            "श्री\u{200C}निवास",
            "அருண்",
            "ශ්\u{200D}රී", // Sinhala
            "李小龍",
            "Владимир",
            "👨\u{200D}👩\u{200D}👧\u{200D}👦", // a family, joined
            "🏳\u{FE0F}\u{200D}🌈",
            "🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}", // Scotland's flag
            "ᠮᠣᠩᠭᠣᠯ\u{180E}ᠠ",
        ] {
            assert_eq!(check(name, TextKind::Name, true), Ok(()), "{name:?}");
            assert_eq!(check(name, TextKind::Question, true), Ok(()), "{name:?}");
            assert_eq!(check(name, TextKind::Writing, true), Ok(()), "{name:?}");
        }
    }

    #[test]
    fn every_code_point_follows_the_rule_of_its_category() {
        use GeneralCategory as G;
        for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
            let text = format!("a{c}b");
            let category = get_general_category(c);
            let expected_name = if c == '\r' {
                Err(TextProblem::NotTidy)
            } else if matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}') || is_direction_override(c) {
                Err(TextProblem::DirectionControl)
            } else if is_needed_format(c) {
                Ok(())
            } else if matches!(category, G::Control | G::Format | G::LineSeparator | G::ParagraphSeparator) {
                Err(TextProblem::ControlCharacter)
            } else {
                Ok(())
            };
            assert_eq!(check(&text, TextKind::Name, true), expected_name, "U+{:04X} {category:?}", c as u32);
            let expected_writing = match c {
                '\n' | '\t' | '\u{200E}' | '\u{200F}' | '\u{061C}' => Ok(()),
                _ => expected_name,
            };
            assert_eq!(check(&text, TextKind::Writing, true), expected_writing, "U+{:04X} {category:?}", c as u32);
        }
    }

    #[test]
    fn pasted_separators_become_line_breaks_when_typed() {
        assert_eq!(tidy("one\u{2028}two\u{2029}three"), "one\ntwo\nthree");
        assert_eq!(check(&tidy("one\u{2028}two"), TextKind::Writing, true), Ok(()));
    }
}
