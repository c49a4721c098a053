//! The couple's language. `Locale` is which one (English, Spanish, or the pseudo-locale the
//! tests render in); `Words` is its Project Fluent catalogue (`shared/locales/<tag>/*.ftl`),
//! compiled in (in the browser's split build, a translation arrives later: `Translation`) and
//! parsed once. Every sentence a screen, a notification or a binding shows
//! comes from here: the core hands out data and typed reasons, and `Words` puts them into the
//! couple's words, with plural and select rules, dates and numbers for the locale.
//!
//! To add a language: a folder of `.ftl` files beside `en/`, the content under
//! `shared/content/<tag>/`, and a variant here. The completeness tests then list what is missing.

mod dates;
mod pseudo;
mod translation;

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;

pub use dates::{Dates, DayWord};
pub use pseudo::pseudo;
pub use translation::Translation;

/// A language Attune speaks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum Locale {
    #[default]
    #[serde(rename = "en")]
    English,
    #[serde(rename = "es")]
    Spanish,
    /// English, accented and a third longer, in brackets: what a test renders to find any
    /// word that skipped the catalogue, and any layout that can't take a longer language.
    #[serde(rename = "en-XA")]
    Pseudo,
}

impl Locale {
    /// The languages a person can choose, in the order Settings lists them.
    pub const SHIPPED: [Locale; 2] = [Locale::English, Locale::Spanish];
    /// Every locale with a catalogue, the pseudo-locale included.
    pub const ALL: [Locale; 3] = [Locale::English, Locale::Spanish, Locale::Pseudo];

    /// Its BCP 47 tag: what the phone says and what is stored.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::English => "en",
            Locale::Spanish => "es",
            Locale::Pseudo => "en-XA",
        }
    }

    /// The language's name in itself, as a language picker shows it.
    pub fn name(self) -> &'static str {
        match self {
            Locale::English => "English",
            Locale::Spanish => "Español",
            Locale::Pseudo => "Ƥşḗḗŭŭḓǿǿ",
        }
    }

    /// The locale with exactly this tag.
    pub fn from_tag(tag: &str) -> Option<Locale> {
        Locale::ALL.into_iter().find(|l| l.tag().eq_ignore_ascii_case(tag))
    }

    /// The best of our languages for what the phone asks, most wanted first ("es-MX",
    /// "en-GB", …): the first one we speak, by language; English when none. "en-XA" (the
    /// tag Android uses for its pseudo-locale) asks for the pseudo-locale.
    pub fn for_phone<S: AsRef<str>>(requested: &[S]) -> Locale {
        requested
            .iter()
            .filter_map(|tag| tag.as_ref().replace('_', "-").parse::<LanguageIdentifier>().ok())
            .find_map(|id| {
                if id.region.is_some_and(|r| r.as_str() == "XA") && id.language.as_str() == "en" {
                    return Some(Locale::Pseudo);
                }
                Locale::SHIPPED.into_iter().find(|l| l.tag() == id.language.as_str())
            })
            .unwrap_or_default()
    }

    /// This locale's catalogue.
    pub fn words(self) -> &'static Words {
        Words::of(self)
    }
}

impl std::fmt::Display for Locale {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.tag())
    }
}

/// The catalogue files of one locale: English's compiled in, a translation's when the core
/// has it (`Translation`).
pub(crate) fn sources(locale: Locale) -> Option<[(&'static str, &'static str); 2]> {
    match locale {
        Locale::English | Locale::Pseudo => Some([
            ("core.ftl", include_str!("../../locales/en/core.ftl")),
            ("app.ftl", include_str!("../../locales/en/app.ftl")),
        ]),
        Locale::Spanish => Translation::of(locale).map(|t| t.catalogues),
    }
}

/// One value for a message's variable: text or a number (numbers choose plural forms).
pub type Arg<'a> = FluentValue<'a>;

/// A locale's catalogue, ready to put messages into words.
pub struct Words {
    locale: Locale,
    bundle: FluentBundle<FluentResource>,
}

impl Words {
    /// The catalogue of `locale`. Its validity is proven by the completeness tests, so a
    /// parse error here can only be a build made without running them.
    /// A translation the core does not have yet (`Translation`) speaks English meanwhile.
    pub fn of(locale: Locale) -> &'static Words {
        static WORDS: [OnceLock<Words>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];
        let slot = &WORDS[Locale::ALL.iter().position(|l| *l == locale).unwrap_or(0)];
        if let Some(words) = slot.get() {
            return words;
        }
        match sources(locale) {
            Some(sources) => slot.get_or_init(|| Words::load(locale, sources)),
            None => Words::of(Locale::English),
        }
    }

    fn load(locale: Locale, sources: [(&'static str, &'static str); 2]) -> Words {
        let lang: LanguageIdentifier = match locale {
            Locale::Pseudo => "en".parse(),
            other => other.tag().parse(),
        }
        .expect("a valid tag");
        let mut bundle = FluentBundle::new_concurrent(vec![lang]);
        // Names and answers are the couple's own words: isolation marks around them would
        // only show up as stray characters in a copied sentence. No right-to-left language yet.
        bundle.set_use_isolating(false);
        if locale == Locale::Pseudo {
            bundle.set_transform(Some(pseudo::transform));
        }
        for (_, source) in sources {
            let resource = FluentResource::try_new(source.to_owned()).unwrap_or_else(|(r, _)| r);
            bundle.add_resource_overriding(resource);
        }
        Words { locale, bundle }
    }

    pub fn locale(&self) -> Locale {
        self.locale
    }

    /// The message `id` with `args`. A message this catalogue lacks falls back to English
    /// (the completeness test keeps that from happening), and an unknown id shows itself.
    pub fn text(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        self.format(id, None, args)
            .or_else(|| {
                (self.locale != Locale::English).then(|| Words::of(Locale::English).format(id, None, args)).flatten()
            })
            .unwrap_or_else(|| id.to_owned())
    }

    /// The attribute `attr` of message `id` (`id.attr` in the catalogue).
    pub fn attr(&self, id: &str, attr: &str, args: &[(&str, Arg<'_>)]) -> String {
        self.format(id, Some(attr), args).unwrap_or_else(|| format!("{id}.{attr}"))
    }

    /// Whether the catalogue has message `id`.
    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// The message `id` (and each of its attributes) formatted with `args`, or every error
    /// Fluent met doing it (a variable or message it refers to that isn't there): what the
    /// catalogue test checks of every message in every language.
    pub fn try_text(&self, id: &str, args: &[(&str, Arg<'_>)]) -> Result<Vec<String>, Vec<String>> {
        let message = self.bundle.get_message(id).ok_or_else(|| vec![format!("no message {id}")])?;
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        let patterns = message.value().into_iter().chain(message.attributes().map(|a| a.value()));
        let mut errors = Vec::new();
        let texts =
            patterns.map(|p| self.bundle.format_pattern(p, Some(&fluent_args), &mut errors).into_owned()).collect();
        if errors.is_empty() { Ok(texts) } else { Err(errors.iter().map(ToString::to_string).collect()) }
    }

    fn format(&self, id: &str, attr: Option<&str>, args: &[(&str, Arg<'_>)]) -> Option<String> {
        let message = self.bundle.get_message(id)?;
        let pattern = match attr {
            Some(a) => message.get_attribute(a)?.value(),
            None => message.value()?,
        };
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
        Some(text.into_owned())
    }

    /// Dates, weekdays and times in this locale.
    pub fn dates(&self) -> Dates<'_> {
        Dates::new(self)
    }
}
