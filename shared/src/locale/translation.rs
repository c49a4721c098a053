//! Where a translation's text comes from. English is always compiled in. A translation (its
//! catalogues, its program and questions, its welcome) is too, except in the browser's split
//! build (feature `separate-translations`): there it lives in a module of its own that only a
//! couple reading that language downloads, and the app hands it over (`Translation::provide`)
//! before showing the language. Until then the core speaks English rather than fail.

use super::Locale;

/// One translation's files, as the build embeds them (the content as JSON, by `build.rs`).
#[derive(Clone, Copy, Debug)]
pub struct Translation {
    pub(crate) catalogues: [(&'static str, &'static str); 2],
    pub(crate) program: &'static str,
    pub(crate) questions: &'static str,
    pub(crate) welcome: &'static str,
}

impl Translation {
    /// The Spanish translation. In the split build only the module that calls this holds it.
    pub fn spanish() -> Translation {
        Translation {
            catalogues: [
                ("core.ftl", include_str!("../../locales/es/core.ftl")),
                ("app.ftl", include_str!("../../locales/es/app.ftl")),
            ],
            program: include_str!(concat!(env!("OUT_DIR"), "/es-program.json")),
            questions: include_str!(concat!(env!("OUT_DIR"), "/es-questions.json")),
            welcome: include_str!(concat!(env!("OUT_DIR"), "/es-welcome.json")),
        }
    }

    /// `locale`'s translation, when the core has it; `None` for English and the pseudo-locale
    /// (English, transformed), and for a translation not handed over yet.
    pub(crate) fn of(locale: Locale) -> Option<Translation> {
        match locale {
            Locale::English | Locale::Pseudo => None,
            #[cfg(not(feature = "separate-translations"))]
            Locale::Spanish => Some(separate::get(locale).unwrap_or_else(Translation::spanish)),
            #[cfg(feature = "separate-translations")]
            Locale::Spanish => separate::get(locale),
        }
    }

    /// Whether the core can speak `locale` yet (always, except in the split build before the
    /// app handed its translation over).
    pub fn is_ready(locale: Locale) -> bool {
        matches!(locale, Locale::English | Locale::Pseudo) || Translation::of(locale).is_some()
    }

    /// Hands `locale`'s translation to the core (the split build, once its module has arrived).
    /// The first one given for a locale stays.
    pub fn provide(locale: Locale, translation: Translation) {
        separate::set(locale, translation);
    }
}

/// The translations handed over at run time.
mod separate {
    use std::sync::OnceLock;

    use super::{Locale, Translation};

    static GIVEN: [OnceLock<Translation>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];

    fn slot(locale: Locale) -> &'static OnceLock<Translation> {
        &GIVEN[Locale::ALL.iter().position(|l| *l == locale).unwrap_or(0)]
    }

    pub(super) fn get(locale: Locale) -> Option<Translation> {
        slot(locale).get().copied()
    }

    pub(super) fn set(locale: Locale, translation: Translation) {
        let _ = slot(locale).set(translation);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{Program, Welcome};

    #[test]
    fn every_locale_is_ready_where_translations_are_compiled_in() {
        for locale in Locale::ALL {
            assert!(Translation::is_ready(locale), "{locale}");
        }
        assert!(Translation::of(Locale::English).is_none(), "English is the core's own, not a translation");
    }

    #[test]
    fn a_translation_handed_over_is_the_one_the_core_reads() {
        // What the split build's app hands over is the same text the core compiles in.
        let given = Translation::spanish();
        Translation::provide(Locale::Spanish, given);
        let read = Translation::of(Locale::Spanish).expect("Spanish is there");
        assert_eq!(read.catalogues, given.catalogues);
        assert_eq!((read.program, read.questions, read.welcome), (given.program, given.questions, given.welcome));
        let id = "welcome-moving-new-phone-restore";
        assert_eq!(crate::Words::of(Locale::Spanish).locale(), Locale::Spanish);
        assert!(given.catalogues[1].1.contains(&format!("{id} = {}", crate::Words::of(Locale::Spanish).text(id, &[]))));
        assert_ne!(crate::Words::of(Locale::Spanish).text(id, &[]), crate::Words::of(Locale::English).text(id, &[]));
    }

    #[test]
    fn the_welcome_read_on_its_own_is_the_programs_in_every_locale() {
        for locale in Locale::ALL {
            assert_eq!(Welcome::for_locale(locale), &Program::for_locale(locale).welcome, "{locale}");
        }
        assert_ne!(Welcome::for_locale(Locale::Spanish).title, Welcome::for_locale(Locale::English).title);
    }
}
