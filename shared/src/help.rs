//! Who to call when the relationship is not safe, for the phone's region: the emergency number
//! and the national helplines, each with where it was checked and when (`content/helplines.toml`).
//! A region Attune has no checked numbers for gets none: the safety page then gives the advice
//! to call the local emergency number, never a number that may be wrong.

use serde::Deserialize;
use std::sync::OnceLock;
use unic_langid::LanguageIdentifier;

/// Everything in `content/helplines.toml`.
#[derive(Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Helplines {
    /// When every number was last checked against its source (YYYY-MM-DD).
    pub checked: chrono::NaiveDate,
    pub regions: Vec<RegionHelp>,
}

/// The numbers of one region (or of several that share them, like the EU's 112).
#[derive(Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegionHelp {
    /// ISO 3166 region codes ("MX", "ES").
    pub regions: Vec<String>,
    /// Police, ambulance and fire.
    pub emergency: String,
    pub emergency_source: String,
    #[serde(default)]
    pub lines: Vec<Helpline>,
}

/// A national line for people living with violence or abuse from a partner.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Helpline {
    /// Its own name, as it is known in its country (not translated).
    pub name: String,
    pub number: String,
    /// A text channel, when it has one ("START → 88788").
    #[serde(default)]
    pub text: Option<String>,
    pub serves: Serves,
    /// Answered at every hour of every day.
    pub always_open: bool,
    pub source: String,
}

/// Who a line says it serves: said on the page, so no one calls a line that turns them away.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum Serves {
    Women,
    WomenLgbti,
    Men,
    Everyone,
}

const HELPLINES_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/helplines.json"));

impl Helplines {
    /// The numbers compiled into this build (proven to parse by the tests).
    pub fn builtin() -> &'static Helplines {
        static HELPLINES: OnceLock<Helplines> = OnceLock::new();
        HELPLINES.get_or_init(|| serde_json::from_str(HELPLINES_JSON).expect("built-in helplines parse"))
    }

    /// The numbers for `region` ("MX"), if Attune has checked ones for it.
    pub fn for_region(&self, region: Option<&str>) -> Option<&RegionHelp> {
        let region = region?;
        self.regions.iter().find(|r| r.regions.iter().any(|code| code.eq_ignore_ascii_case(region)))
    }

    /// What is wrong with the data: a region listed twice, a number that isn't one, a line
    /// without a source.
    pub fn problems(&self) -> Vec<String> {
        let mut out = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for help in &self.regions {
            for code in &help.regions {
                if code.len() != 2 || !code.chars().all(|c| c.is_ascii_uppercase()) {
                    out.push(format!("{code}: not an ISO 3166 region code"));
                }
                if !seen.insert(code.as_str()) {
                    out.push(format!("{code}: listed twice"));
                }
            }
            let dialable = |n: &str| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit() || " -".contains(c));
            if !dialable(&help.emergency) {
                out.push(format!("{:?}: emergency number '{}' is not dialable", help.regions, help.emergency));
            }
            if !help.emergency_source.starts_with("http") {
                out.push(format!("{:?}: the emergency number has no source", help.regions));
            }
            for line in &help.lines {
                if !dialable(&line.number) {
                    out.push(format!("{}: '{}' is not dialable", line.name, line.number));
                }
                if !line.source.starts_with("http") {
                    out.push(format!("{}: no source", line.name));
                }
            }
        }
        out
    }
}

/// The region the phone is set to: the region of the first of its languages that names one
/// ("es-MX" → "MX"), uppercase. None when no language names a region.
pub fn region_for_phone<S: AsRef<str>>(requested: &[S]) -> Option<String> {
    requested
        .iter()
        .filter_map(|tag| tag.as_ref().replace('_', "-").parse::<LanguageIdentifier>().ok())
        .find_map(|id| id.region.map(|r| r.as_str().to_ascii_uppercase()))
        // "419" (Latin America) and other numeric areas are not a country with one number.
        .filter(|r| r.chars().all(|c| c.is_ascii_alphabetic()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_builtin_numbers_parse_and_hold_together() {
        let help = Helplines::builtin();
        assert!(help.problems().is_empty(), "{:#?}", help.problems());
        assert!(help.checked >= chrono::NaiveDate::from_ymd_opt(2026, 12, 1).expect("valid"));
    }

    #[test]
    fn each_region_the_issue_names_has_its_emergency_number() {
        let help = Helplines::builtin();
        for (region, emergency) in [
            ("ES", "112"),
            ("MX", "911"),
            ("US", "911"),
            ("AR", "911"),
            ("CO", "123"),
            ("CL", "133"),
            ("PE", "105"),
            ("GB", "999"),
            ("CA", "911"),
            ("AU", "000"),
            ("FR", "112"),
            ("DE", "112"),
        ] {
            assert_eq!(help.for_region(Some(region)).map(|r| r.emergency.as_str()), Some(emergency), "{region}");
        }
        let spain = help.for_region(Some("es")).expect("case does not matter");
        assert_eq!(spain.lines[0].number, "016");
        assert_eq!(spain.lines[0].serves, Serves::Women, "016 says it serves women");
    }

    #[test]
    fn an_unknown_region_gets_no_number_at_all() {
        let help = Helplines::builtin();
        assert_eq!(help.for_region(Some("JP")), None);
        assert_eq!(help.for_region(Some("ZZ")), None);
        assert_eq!(help.for_region(None), None);
    }

    #[test]
    fn the_region_comes_from_the_first_language_that_names_one() {
        assert_eq!(region_for_phone(&["es-MX", "en-US"]).as_deref(), Some("MX"));
        assert_eq!(region_for_phone(&["es", "en_GB"]).as_deref(), Some("GB"));
        assert_eq!(region_for_phone(&["es-419"]), None, "Latin America is not one country");
        assert_eq!(region_for_phone(&["fr"]), None);
        assert_eq!(region_for_phone::<&str>(&[]), None);
    }
}
