//! The message catalog (`key = text` lines) as a `Msg` enum with its English text.

use std::fmt::Write as _;

/// The English catalog.
pub const SOURCE: &str = "src/content/messages.en.txt";

/// Reads `key = text` lines, skipping blank lines and `#` comments.
fn parse(source: &str) -> Vec<(String, String)> {
    let mut entries: Vec<(String, String)> = Vec::new();
    for (number, line) in source.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let at = format!("{SOURCE}:{}", number + 1);
        let (key, text) = line
            .split_once(" = ")
            .unwrap_or_else(|| panic!("{at}: expected `key = text`"));
        let key = key.trim();
        assert!(
            super::is_snake_case(key),
            "{at}: key `{key}` is not snake_case"
        );
        assert!(
            entries.iter().all(|(seen, _)| seen != key),
            "{at}: key `{key}` appears twice"
        );
        entries.push((key.to_owned(), text.trim().to_owned()));
    }
    entries
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

/// Rust source for the catalog.
pub fn generate(source: &str) -> String {
    let entries = parse(source);
    let mut out = String::from(
        "/// A key of the message catalog: one sentence or label the app shows.\n\
         #[derive(Clone, Copy, PartialEq, Eq, Debug)]\npub enum Msg {\n",
    );
    for (key, _) in &entries {
        writeln!(out, "    /// `{key}`\n    {},", camel_case(key)).unwrap();
    }
    out.push_str(
        "}\n\nimpl Msg {\n    /// The English text of this message.\n    pub const fn en(self) -> &'static str {\n        match self {\n",
    );
    for (key, text) in &entries {
        writeln!(out, "            Msg::{} => {text:?},", camel_case(key)).unwrap();
    }
    out.push_str("        }\n    }\n}\n");
    out
}
