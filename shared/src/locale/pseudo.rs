//! The pseudo-locale's transform: every letter accented, every vowel doubled (about a third
//! longer, like the longer languages), the whole in brackets. A word left in plain English
//! on a pseudo screen skipped the catalogue; a line that overflows can't take translation.
//! (Written here rather than taken from `fluent-pseudo`, which would bring `regex` into the
//! web app for a test-only locale.)

use std::borrow::Cow;

fn accented(c: char) -> char {
    match c {
        'a' => 'å',
        'b' => 'ƀ',
        'c' => 'ç',
        'd' => 'ḓ',
        'e' => 'ḗ',
        'f' => 'ƒ',
        'g' => 'ğ',
        'h' => 'ħ',
        'i' => 'ī',
        'j' => 'ĵ',
        'k' => 'ķ',
        'l' => 'ŀ',
        'm' => 'ḿ',
        'n' => 'ñ',
        'o' => 'ǿ',
        'p' => 'ƥ',
        'q' => 'ɋ',
        'r' => 'ř',
        's' => 'ş',
        't' => 'ŧ',
        'u' => 'ŭ',
        'v' => 'ṽ',
        'w' => 'ŵ',
        'x' => 'ẋ',
        'y' => 'ẏ',
        'z' => 'ẑ',
        'A' => 'Å',
        'B' => 'Ɓ',
        'C' => 'Ç',
        'D' => 'Ḓ',
        'E' => 'Ḗ',
        'F' => 'Ƒ',
        'G' => 'Ğ',
        'H' => 'Ħ',
        'I' => 'Ī',
        'J' => 'Ĵ',
        'K' => 'Ķ',
        'L' => 'Ŀ',
        'M' => 'Ḿ',
        'N' => 'Ñ',
        'O' => 'Ǿ',
        'P' => 'Ƥ',
        'Q' => 'Ɋ',
        'R' => 'Ř',
        'S' => 'Ş',
        'T' => 'Ŧ',
        'U' => 'Ŭ',
        'V' => 'Ṽ',
        'W' => 'Ŵ',
        'X' => 'Ẋ',
        'Y' => 'Ẏ',
        'Z' => 'Ẑ',
        other => other,
    }
}

/// `text` in the pseudo-locale.
pub fn pseudo(text: &str) -> String {
    if text.trim().is_empty() {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len() * 2 + 4);
    out.push('[');
    for c in text.chars() {
        out.push(accented(c));
        if "aeiouAEIOU".contains(c) {
            out.push(accented(c.to_ascii_lowercase()));
        }
    }
    out.push(']');
    out
}

/// The transform a pseudo Fluent bundle applies to each piece of a message's own text (never
/// to the names and answers put into it).
pub(crate) fn transform(text: &str) -> Cow<'_, str> {
    Cow::Owned(pseudo(text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pseudo_text_is_accented_longer_and_bracketed() {
        let english = "Today's check-in";
        let p = pseudo(english);
        assert_eq!(p, "[Ŧǿǿḓååẏ'ş çħḗḗçķ-īīñ]");
        assert!(p.chars().count() * 10 >= english.chars().count() * 13);
        assert!(!p.chars().any(|c| c.is_ascii_alphabetic()));
        assert_eq!(pseudo("  "), "  ");
    }
}
