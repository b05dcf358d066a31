//! The languages the app speaks, and looking up a text in one of them.

use super::messages::{Msg, TABLES};
use crate::engine::Text;

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
}

impl Lang {
    /// Every language, in table order.
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Es, Lang::Ar];

    /// The language's code, as in `lang="..."`.
    pub const fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
            Lang::Ar => "ar",
        }
    }

    /// The language's name in itself, for the language switch.
    pub const fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Es => "Español",
            Lang::Ar => "العربية",
        }
    }

    /// The writing direction, as in `dir="..."`.
    pub const fn dir(self) -> &'static str {
        match self {
            Lang::Ar => "rtl",
            Lang::En | Lang::Es => "ltr",
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

    /// A text in this language.
    pub fn t(self, text: Text) -> &'static str {
        TABLES[self as usize][usize::from(text.0)]
    }

    /// An interface message in this language.
    pub fn msg(self, msg: Msg) -> &'static str {
        self.t(msg.text())
    }
}
