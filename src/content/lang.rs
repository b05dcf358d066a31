//! The languages the app speaks, and looking up a text in one of them.

use std::cell::RefCell;

use super::messages::{Msg, ENGLISH, TEXT_COUNT};
use crate::engine::{PersonText, Text, Voice};

thread_local! {
    /// The texts of each language loaded so far, in key order (English is built in).
    static LOADED: RefCell<[Option<&'static [&'static str]>; 4]> = const { RefCell::new([None; 4]) };
}

/// The translations, by language, with their catalog files under
/// `src/content/`. Each becomes a language pack after the build.
pub const TRANSLATIONS: [(Lang, &str); 3] = [
    (Lang::Es, "messages.es.txt"),
    (Lang::Ar, "messages.ar.txt"),
    (Lang::Fr, "messages.fr.txt"),
];

/// A language of the app. English is the reviewed original; the others are
/// translations pending clinical review.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// Spanish.
    Es,
    /// Arabic (written right to left).
    Ar,
    /// French.
    Fr,
}

impl Lang {
    /// Every language, in table order.
    pub const ALL: [Lang; 4] = [Lang::En, Lang::Es, Lang::Ar, Lang::Fr];

    /// The language's code, as in `lang="..."`.
    pub const fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
            Lang::Ar => "ar",
            Lang::Fr => "fr",
        }
    }

    /// The language's name in itself, for the language switch.
    pub const fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Es => "Español",
            Lang::Ar => "العربية",
            Lang::Fr => "Français",
        }
    }

    /// The writing direction, as in `dir="..."`.
    pub const fn dir(self) -> &'static str {
        match self {
            Lang::Ar => "rtl",
            Lang::En | Lang::Es | Lang::Fr => "ltr",
        }
    }

    /// The locale dates are written in: for English, British English, so that
    /// every English reader gets the day before the month.
    pub const fn date_locale(self) -> &'static str {
        match self {
            Lang::En => "en-GB",
            Lang::Es => "es",
            Lang::Ar => "ar",
            Lang::Fr => "fr",
        }
    }

    /// The language a code such as `es` or `es-MX` names, if the app has it.
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|lang| lang.code() == primary)
    }

    /// Whether clinicians have reviewed this language's text.
    pub const fn reviewed(self) -> bool {
        matches!(self, Lang::En)
    }

    /// Where this language's pack is, for languages not built in.
    pub fn pack_url(self) -> Option<String> {
        (self != Lang::En).then(|| format!("/lang-{}.js", self.code()))
    }

    /// Whether this language's texts are here (English always is).
    pub fn is_loaded(self) -> bool {
        self == Lang::En || LOADED.with(|loaded| loaded.borrow()[self as usize].is_some())
    }

    /// Takes in this language's texts, in key order (a language pack whose key
    /// list was checked). A pack of the wrong length is refused too. Done once
    /// a language; the texts live as long as the page.
    pub fn load(self, texts: Vec<String>) {
        if self.is_loaded() || texts.len() != TEXT_COUNT {
            return;
        }
        let texts: Vec<&'static str> = texts
            .into_iter()
            .map(|text| &*Box::leak(text.into_boxed_str()))
            .collect();
        LOADED.with(|loaded| {
            loaded.borrow_mut()[self as usize] = Some(Box::leak(texts.into_boxed_slice()))
        });
    }

    /// A text in this language (in English until the language is loaded).
    pub fn t(self, text: Text) -> &'static str {
        let index = usize::from(text.0);
        LOADED
            .with(|loaded| loaded.borrow()[self as usize].map(|texts| texts[index]))
            .unwrap_or(ENGLISH[index])
    }

    /// An interface message in this language.
    pub fn msg(self, msg: Msg) -> &'static str {
        self.t(msg.text())
    }
}

/// How the app words things for the person reading: their language, and whose
/// body and history the questions are about.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct Wording {
    /// The language.
    pub lang: Lang,
    /// Whether the words speak to the person themselves, or of them.
    pub voice: Voice,
}

impl Wording {
    /// A text about the person, in this language and voice.
    pub fn t(self, text: PersonText) -> &'static str {
        self.lang.t(text.in_voice(self.voice))
    }
}
