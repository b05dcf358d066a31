//! The translation files (`messages.<code>.txt`): reading them, and turning one
//! into a language pack, the texts in key order as a JavaScript module. Used on
//! the host, by the post-build step and the tests; the app loads the packs.

use super::lang::Lang;
use super::messages::{ENGLISH, KEYS};
use crate::export::json::Json;

/// The translations, by language, with their files under `src/content/`.
pub const FILES: [(Lang, &str); 2] = [(Lang::Es, "messages.es.txt"), (Lang::Ar, "messages.ar.txt")];

/// The `key = text` lines of a catalog file, skipping blank lines and `#`
/// comments; a line without ` = ` is an error naming its number.
pub fn parse(source: &str) -> Result<Vec<(String, String)>, String> {
    source
        .lines()
        .enumerate()
        .map(|(number, line)| (number, line.trim()))
        .filter(|(_, line)| !line.is_empty() && !line.starts_with('#'))
        .map(|(number, line)| {
            line.split_once(" = ")
                .map(|(key, text)| (key.trim().to_owned(), text.trim().to_owned()))
                .ok_or_else(|| format!("line {}: expected `key = text`", number + 1))
        })
        .collect()
}

/// A language pack: `export default [...]`, every text in key order (English
/// where the translation lacks one; a test reports any such gap).
pub fn pack(entries: &[(String, String)]) -> String {
    let texts = KEYS
        .iter()
        .zip(ENGLISH)
        .map(|(key, english)| {
            let text = entries
                .iter()
                .find(|(known, _)| known == key)
                .map_or(english, |(_, text)| text);
            Json::str(text)
        })
        .collect();
    format!("export default {}", Json::Array(texts).to_text())
}
