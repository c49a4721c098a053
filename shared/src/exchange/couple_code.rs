//! The couple code: the shared secret both phones keep after pairing, and the key of every
//! exchange file. Thirteen random symbols of Crockford's base-32 (65 bits) and one check
//! symbol (Luhn mod 32), written as `ABCD-EFGH-JKMN-PQ`: easy to read aloud, no I/L/O/U to
//! confuse, and a typo is caught before any decryption is tried.

use std::fmt;
use std::str::FromStr;

use crate::error::Error;

const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const DATA_SYMBOLS: usize = 13;

#[derive(Clone, PartialEq, Eq)]
pub struct CoupleCode {
    /// The fourteen symbols, upper case, without separators.
    symbols: String,
}

fn value_of(c: char) -> Option<u32> {
    let c = match c.to_ascii_uppercase() {
        'O' => '0',
        'I' | 'L' => '1',
        other => other,
    };
    ALPHABET.iter().position(|&a| char::from(a) == c).and_then(|p| u32::try_from(p).ok())
}

/// Luhn mod N over base 32: catches every single-symbol typo and every swap of two
/// neighbouring symbols.
fn check_symbol(values: &[u32]) -> u32 {
    let mut factor = 2;
    let mut sum = 0;
    for v in values.iter().rev() {
        let addend = factor * v;
        sum += addend / 32 + addend % 32;
        factor = if factor == 2 { 1 } else { 2 };
    }
    (32 - sum % 32) % 32
}

impl CoupleCode {
    /// A fresh random code.
    pub fn generate() -> CoupleCode {
        let mut bytes = [0u8; 16];
        getrandom::fill(&mut bytes).expect("the system has a source of randomness");
        let mut bits = u128::from_be_bytes(bytes);
        let mut values = Vec::with_capacity(DATA_SYMBOLS + 1);
        for _ in 0..DATA_SYMBOLS {
            values.push(u32::try_from(bits & 31).unwrap_or(0));
            bits >>= 5;
        }
        values.push(check_symbol(&values));
        CoupleCode { symbols: values.iter().map(|v| char::from(ALPHABET[*v as usize])).collect() }
    }

    /// The passphrase given to age: the bare symbols.
    pub(crate) fn passphrase(&self) -> &str {
        &self.symbols
    }
}

impl FromStr for CoupleCode {
    type Err = Error;

    /// Reads a typed code, forgiving case, spaces, dashes and the look-alikes O/0 and I/L/1.
    fn from_str(typed: &str) -> Result<Self, Error> {
        let cleaned: Vec<char> = typed.chars().filter(|c| !c.is_whitespace() && *c != '-').collect();
        if cleaned.len() != DATA_SYMBOLS + 1 {
            return Err(Error::CodeLength {
                expected: u32::try_from(DATA_SYMBOLS + 1).unwrap_or(u32::MAX),
                got: u32::try_from(cleaned.len()).unwrap_or(u32::MAX),
            });
        }
        let values: Vec<u32> =
            cleaned.iter().map(|c| value_of(*c)).collect::<Option<_>>().ok_or(Error::MistypedCode)?;
        if check_symbol(&values[..DATA_SYMBOLS]) != values[DATA_SYMBOLS] {
            return Err(Error::MistypedCode);
        }
        Ok(CoupleCode { symbols: values.iter().map(|v| char::from(ALPHABET[*v as usize])).collect() })
    }
}

impl fmt::Display for CoupleCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let groups: Vec<&str> = self.symbols.as_bytes().chunks(4).filter_map(|c| std::str::from_utf8(c).ok()).collect();
        f.write_str(&groups.join("-"))
    }
}

impl fmt::Debug for CoupleCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("CoupleCode(…)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_generated_code_reads_back() {
        for _ in 0..200 {
            let code = CoupleCode::generate();
            let shown = code.to_string();
            assert_eq!(shown.len(), 17, "{shown}");
            assert_eq!(shown.parse::<CoupleCode>().expect("valid"), code);
            assert_eq!(shown.to_lowercase().replace('-', " ").parse::<CoupleCode>().expect("valid"), code);
        }
    }

    #[test]
    fn every_single_typo_is_caught() {
        let code = CoupleCode::generate().symbols;
        for i in 0..code.len() {
            for &replacement in ALPHABET {
                let mut typed: Vec<char> = code.chars().collect();
                if typed[i] == char::from(replacement) {
                    continue;
                }
                typed[i] = char::from(replacement);
                let typed: String = typed.into_iter().collect();
                assert_eq!(typed.parse::<CoupleCode>(), Err(Error::MistypedCode), "{typed}");
            }
        }
    }

    #[test]
    fn swapped_neighbours_are_caught() {
        let code = CoupleCode::generate().symbols;
        let chars: Vec<char> = code.chars().collect();
        for i in 0..chars.len() - 1 {
            if chars[i] == chars[i + 1] {
                continue;
            }
            let mut swapped = chars.clone();
            swapped.swap(i, i + 1);
            let swapped: String = swapped.into_iter().collect();
            // Luhn mod N misses only the swap of the two symbols whose values sum to N-1 at
            // doubled positions; everything else must be caught.
            if let Ok(parsed) = swapped.parse::<CoupleCode>() {
                let (a, b) = (value_of(chars[i]).unwrap_or(0), value_of(chars[i + 1]).unwrap_or(0));
                assert!(a + b == 31, "swap at {i} not caught: {swapped} vs {parsed:?}");
            }
        }
    }

    #[test]
    fn a_short_code_says_how_long_a_code_is() {
        let err = "ABCD-EFGH".parse::<CoupleCode>().expect_err("too short");
        assert!(err.to_string().contains("14 characters"));
    }

    #[test]
    fn look_alike_letters_are_forgiven() {
        let code = CoupleCode::generate().to_string();
        let with_o = code.replace('0', "o").replace('1', "l");
        assert_eq!(with_o.parse::<CoupleCode>().expect("valid").to_string(), code);
    }
}
