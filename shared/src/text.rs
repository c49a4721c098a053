//! The one rule for every name and text that enters the store, whether a person typed it, a
//! binding passed it or a partner's file carried it: tidied (ends trimmed, line breaks as
//! `\n`), no control characters (long texts may keep line breaks and tabs), no direction
//! controls in names, and the length counted on exactly what is stored.
//!
//! What a person types is tidied first (`tidy`); a file's texts must already be tidy, since
//! every phone tidies before it stores.

use std::fmt;

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
pub enum TextProblem {
    Empty,
    TooLong {
        max_chars: u32,
    },
    /// An invisible control character (NUL, escape, …); in a name also a line break or tab.
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

/// What a person typed, as it is stored: line breaks as `\n`, ends trimmed.
pub fn tidy(typed: &str) -> String {
    let text = typed.trim();
    if text.contains('\r') { text.replace("\r\n", "\n").replace('\r', "\n") } else { text.to_owned() }
}

fn is_direction_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
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
    let mut count = 0;
    for c in text.chars() {
        count += 1;
        if count > max_chars {
            return Err(TextProblem::TooLong { max_chars: u32::try_from(max_chars).unwrap_or(u32::MAX) });
        }
        let allowed_control = kind == TextKind::Writing && matches!(c, '\n' | '\t');
        if c.is_control() && !allowed_control {
            return Err(TextProblem::ControlCharacter);
        }
        if matches!(kind, TextKind::Name | TextKind::Question) && is_direction_control(c) {
            return Err(TextProblem::DirectionControl);
        }
    }
    Ok(())
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
        // Writing in a right-to-left language may need direction marks; names may not.
        assert_eq!(check("שלום \u{200F}Alex", TextKind::Writing, true), Ok(()));
        assert_eq!(check("", TextKind::Writing, false), Ok(()));
        assert_eq!(check("", TextKind::Name, true), Err(TextProblem::Empty));
    }
}
