//! The English texts: the interface catalog gives the `Msg` keys, and the
//! questionnaire adds its own texts. Translations are not compiled in: each
//! becomes a language pack after the build (scripts/post-build.mjs), fetched only
//! by the people who read it.

use std::fmt::Write as _;

/// The English interface catalog.
pub const ENGLISH: &str = "src/content/messages.en.txt";

/// Reads `key = text` lines, skipping blank lines and `#` comments.
fn parse(source: &str, file: &str) -> Vec<(String, String)> {
    let mut entries: Vec<(String, String)> = Vec::new();
    for (number, line) in source.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let at = format!("{file}:{}", number + 1);
        let (key, text) = line
            .split_once(" = ")
            .unwrap_or_else(|| panic!("{at}: expected `key = text`"));
        entries.push((key.trim().to_owned(), text.trim().to_owned()));
    }
    entries
}

/// Every text of the app, English first, in the order of their keys.
pub struct Texts {
    /// (key, English text); the first `interface` entries are the `Msg` keys.
    entries: Vec<(String, String)>,
    interface: usize,
}

fn camel_case(key: &str) -> String {
    key.split('_')
        .map(|part| {
            let mut chars = part.chars();
            chars
                .next()
                .map(|first| first.to_ascii_uppercase().to_string() + chars.as_str())
                .unwrap_or_default()
        })
        .collect()
}

impl Texts {
    /// Starts from the English interface catalog.
    pub fn from_interface(source: &str) -> Texts {
        let entries = parse(source, ENGLISH);
        for (index, (key, _)) in entries.iter().enumerate() {
            assert!(
                super::is_snake_case(key),
                "{ENGLISH}: key `{key}` is not snake_case"
            );
            assert!(
                entries[..index].iter().all(|(seen, _)| seen != key),
                "{ENGLISH}: key `{key}` appears twice"
            );
        }
        Texts {
            interface: entries.len(),
            entries,
        }
    }

    /// Adds a questionnaire text under `key` and returns its index.
    pub fn add(&mut self, key: String, english: &str) -> usize {
        assert!(
            self.entries.iter().all(|(known, _)| *known != key),
            "text key `{key}` appears twice"
        );
        self.entries.push((key, english.to_owned()));
        self.entries.len() - 1
    }

    /// Rust source for `Msg`, the keys and the English table.
    pub fn generate(&self) -> String {
        let mut out = String::from(
            "/// A key of the interface catalog: one sentence or label the app shows.\n\
             #[derive(Clone, Copy, PartialEq, Eq, Debug)]\npub enum Msg {\n",
        );
        for (index, (key, _)) in self.entries[..self.interface].iter().enumerate() {
            writeln!(out, "    /// `{key}`\n    {} = {index},", camel_case(key)).unwrap();
        }
        out.push_str("}\n\nimpl Msg {\n    /// The message as a text of the catalogs.\n    pub const fn text(self) -> Text {\n        Text(self as u16)\n    }\n}\n\n");
        let count = self.entries.len();
        writeln!(
            out,
            "/// How many texts each language has.\npub const TEXT_COUNT: usize = {count};\n"
        )
        .unwrap();
        out.push_str(
            "/// Every text's key, in table order.\npub static KEYS: [&str; TEXT_COUNT] = [\n",
        );
        for (key, _) in &self.entries {
            writeln!(out, "    {key:?},").unwrap();
        }
        out.push_str("];\n\n/// Every text in English, in key order. Other languages are loaded as\n/// needed, by key (see `content::lang`).\npub static ENGLISH: [&str; TEXT_COUNT] = [\n");
        for (_, text) in &self.entries {
            writeln!(out, "    {text:?},").unwrap();
        }
        out.push_str("];\n");
        out
    }
}
