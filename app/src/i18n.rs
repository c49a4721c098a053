//! The language on screen. `LOCALE` is the couple's language, set from the store when it
//! opens and after every intent (a change in Settings, a restore); every component that says
//! something reads it, so a change re-renders the app in the new language at once. `t!` is
//! how a screen says anything: a message id of `shared/locales/<tag>/app.ftl` and its
//! variables.

use attune_core::{Locale, Words};
use dioxus::prelude::*;

/// The couple's language, on screen now.
pub static LOCALE: GlobalSignal<Locale> = Signal::global(Locale::default);

/// The language on screen, for code that runs outside the UI's runtime (the store thread,
/// a file handed over by the system): kept in step with `LOCALE` by `show_language`.
static LAST_SHOWN: std::sync::RwLock<Locale> = std::sync::RwLock::new(Locale::English);

/// The language on screen: read inside a component, which then re-renders when it changes.
fn current() -> Locale {
    if dioxus::dioxus_core::Runtime::try_current().is_some() {
        *LOCALE.read()
    } else {
        LAST_SHOWN.read().map(|l| *l).unwrap_or_default()
    }
}

/// The catalogue of the language on screen.
pub fn words() -> &'static Words {
    current().words()
}

/// The program (steps, exercises, questions…) in the language on screen.
pub fn program() -> &'static attune_core::Program {
    attune_core::Program::for_locale(current())
}

/// The first screen's words in the language on screen (without reading the whole program).
pub fn welcome() -> &'static attune_core::content::Welcome {
    attune_core::content::Welcome::for_locale(current())
}

/// Makes sure the core can speak `locale` before it is shown. In the browser's split build a
/// translation is a module of its own, fetched here the first time (the service worker keeps
/// it for offline); everywhere else it is compiled in and this returns at once. A module that
/// can't be fetched leaves the app in English rather than stuck.
#[cfg_attr(not(all(target_arch = "wasm32", feature = "web-split")), allow(clippy::unused_async))]
pub async fn ready(locale: Locale) {
    #[cfg(all(target_arch = "wasm32", feature = "web-split"))]
    separate::fetch(locale).await;
    #[cfg(not(all(target_arch = "wasm32", feature = "web-split")))]
    let _ = locale;
}

/// The language the page was painted in (index.html chose it from the last one shown or the
/// browser's): the one to fetch while the store opens.
pub fn page_language() -> Locale {
    #[cfg(target_arch = "wasm32")]
    {
        web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
            .and_then(|root| root.get_attribute("lang"))
            .and_then(|tag| Locale::from_tag(&tag))
            .unwrap_or_default()
    }
    #[cfg(not(target_arch = "wasm32"))]
    Locale::default()
}

#[cfg(all(target_arch = "wasm32", feature = "web-split"))]
mod separate {
    use attune_core::Locale;
    use attune_core::locale::Translation;
    use dioxus::prelude::*;

    fn spanish(_: ()) -> Translation {
        Translation::spanish()
    }

    static SPANISH: wasm_split::LazyLoader<(), Translation> =
        wasm_split::lazy_loader!(extern "spanish" fn spanish(arg: ()) -> Translation);

    pub(super) async fn fetch(locale: Locale) {
        if Translation::is_ready(locale) {
            return;
        }
        let loader = match locale {
            Locale::Spanish => &SPANISH,
            Locale::English | Locale::Pseudo => return,
        };
        if loader.load().await
            && let Ok(translation) = loader.call(())
        {
            Translation::provide(locale, translation);
        }
    }
}

/// Says `id` with `args` in the language on screen: what `t!` expands to.
pub fn tr(id: &str, args: &[(&str, attune_core::locale::Arg<'_>)]) -> String {
    words().text(id, args)
}

/// Says what went wrong, in the language on screen.
pub fn error(e: &attune_core::Error) -> String {
    words().error(e)
}

/// What the phone (or the browser) is set to, most wanted language first.
pub fn phone_languages() -> Vec<String> {
    #[cfg(target_arch = "wasm32")]
    {
        let navigator = web_sys::window().map(|w| w.navigator());
        let list: Vec<String> = navigator
            .as_ref()
            .map(|n| n.languages().iter().filter_map(|v| v.as_string()).collect())
            .unwrap_or_default();
        if list.is_empty() { navigator.and_then(|n| n.language()).into_iter().collect() } else { list }
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        // A test or a developer can ask for a language without changing the system's.
        if let Ok(tag) = std::env::var("ATTUNE_LANG") {
            return vec![tag];
        }
        sys_locale::get_locales().collect()
    }
}

/// Shows the app in `locale` from now on (nothing happens when it already is). A language
/// the core can't speak yet (the browser's split build) is fetched first (`ready`), and every
/// view is then read again in it: until then the screens stay in the language they show.
pub fn show_language(locale: Locale) {
    if let Ok(mut wanted) = WANTED.write() {
        *wanted = locale;
    }
    if attune_core::locale::Translation::is_ready(locale) {
        put_on_screen(locale);
    } else {
        spawn(async move {
            ready(locale).await;
            // Another language may have been asked for meanwhile: the last one asked wins.
            if WANTED.read().is_ok_and(|wanted| *wanted != locale) {
                return;
            }
            if let Some(revision) = try_consume_context::<crate::core::Revision>() {
                let mut revision = revision.0;
                *revision.write() += 1;
            }
            put_on_screen(locale);
        });
    }
}

/// The language last asked for by `show_language`, shown or still arriving.
static WANTED: std::sync::RwLock<Locale> = std::sync::RwLock::new(Locale::English);

fn put_on_screen(locale: Locale) {
    if let Ok(mut last) = LAST_SHOWN.write() {
        *last = locale;
    }
    if *LOCALE.peek() != locale {
        *LOCALE.write() = locale;
        mark_document(locale);
    }
}

/// Puts the language on the page, for screen readers and the browser's own words.
pub fn mark_document(locale: Locale) {
    #[cfg(target_arch = "wasm32")]
    if let Some(window) = web_sys::window() {
        if let Some(root) = window.document().and_then(|d| d.document_element()) {
            let _ = root.set_attribute("lang", locale.tag());
        }
        // The next start paints its first screen (index.html) in this language.
        if let Ok(Some(storage)) = window.local_storage() {
            let _ = storage.set_item("attune-lang", locale.tag());
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = locale;
}

/// What can fill a message's variable: text (a name, an answer) or a number (which also
/// chooses plural forms). Taken by reference, so a view's fields are never moved.
pub trait ToArg {
    fn to_arg(&self) -> attune_core::locale::Arg<'_>;
}

impl ToArg for str {
    fn to_arg(&self) -> attune_core::locale::Arg<'_> {
        self.into()
    }
}

impl ToArg for String {
    fn to_arg(&self) -> attune_core::locale::Arg<'_> {
        self.as_str().into()
    }
}

impl<T: ToArg + ?Sized> ToArg for &T {
    fn to_arg(&self) -> attune_core::locale::Arg<'_> {
        (**self).to_arg()
    }
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl ToArg for $t {
            fn to_arg(&self) -> attune_core::locale::Arg<'_> {
                (*self).into()
            }
        }
    )*};
}
number_arg!(u8, u16, u32, u64, usize, i32, i64, f32, f64);

/// Says a message of the catalogue: `t!("today-hello", name = name)`.
macro_rules! t {
    ($id:literal) => {
        crate::i18n::tr($id, &[])
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        crate::i18n::tr($id, &[$((stringify!($name), crate::i18n::ToArg::to_arg(&$value))),+])
    };
}
