//! Turns the message catalog into Rust at build time, so the app ships plain
//! string constants and no parser.

use std::env;
use std::fmt::Write as _;
use std::fs;
use std::path::Path;

const CATALOG: &str = "src/content/messages.en.txt";

fn main() {
    println!("cargo:rerun-if-changed={CATALOG}");
    let source = fs::read_to_string(CATALOG).expect("the English catalog is readable");
    let entries = parse_catalog(&source);
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("messages.rs");
    fs::write(out, render(&entries)).expect("OUT_DIR is writable");
}

/// Reads `key = text` lines, skipping blank lines and `#` comments.
fn parse_catalog(source: &str) -> Vec<(String, String)> {
    let mut entries: Vec<(String, String)> = Vec::new();
    for (number, line) in source.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (key, text) = line
            .split_once(" = ")
            .unwrap_or_else(|| panic!("{CATALOG}:{}: expected `key = text`", number + 1));
        let key = key.trim();
        assert!(
            !key.is_empty()
                && key
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'),
            "{CATALOG}:{}: key `{key}` is not snake_case",
            number + 1
        );
        assert!(
            entries.iter().all(|(seen, _)| seen != key),
            "{CATALOG}:{}: key `{key}` appears twice",
            number + 1
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

fn render(entries: &[(String, String)]) -> String {
    let mut out = String::from(
        "/// A key of the message catalog: one sentence or label the app shows.\n\
         #[derive(Clone, Copy, PartialEq, Eq, Debug)]\npub enum Msg {\n",
    );
    for (key, _) in entries {
        writeln!(out, "    /// `{key}`\n    {},", camel_case(key)).unwrap();
    }
    out.push_str(
        "}\n\nimpl Msg {\n    /// The English text of this message.\n    pub const fn en(self) -> &'static str {\n        match self {\n",
    );
    for (key, text) in entries {
        writeln!(out, "            Msg::{} => {text:?},", camel_case(key)).unwrap();
    }
    out.push_str("        }\n    }\n}\n");
    out
}
