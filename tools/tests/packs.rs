//! A translation becomes a language pack: every text, in the order of the keys,
//! with the fingerprint of the key list it was made for.

use spasm_content::parse_catalog;
use spasm_triage::content::messages::{KEYS, KEYS_HASH};

/// The `key = text` lines of a translation file.
fn entries(file: &str) -> Vec<(String, String)> {
    let path = format!("{}/../src/content/{file}", env!("CARGO_MANIFEST_DIR"));
    let source = std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{path}: {error}"));
    parse_catalog(&source, file).unwrap_or_else(|error| panic!("{error}"))
}

#[test]
fn a_language_pack_lists_every_text_in_key_order_for_this_key_list() {
    let pack = spasm_tools::pack(&entries("messages.es.txt"));
    let (keys, array) = pack
        .strip_prefix("export const keys = ")
        .and_then(|rest| rest.split_once(";\nexport default "))
        .expect("a module exporting its key list's fingerprint, then its texts");
    assert_eq!(keys, format!("{KEYS_HASH:?}"));
    assert_eq!(KEYS_HASH.len(), 16, "64 bits, in hexadecimal");
    let texts: Vec<String> = serde_json::from_str(array).expect("a JSON array of strings");
    assert_eq!(texts.len(), KEYS.len());
    let next = KEYS.iter().position(|key| *key == "next").unwrap();
    let spanish = entries("messages.es.txt");
    let (_, expected) = spanish.iter().find(|(key, _)| key == "next").unwrap();
    assert_eq!(&texts[next], expected);
}

#[test]
fn a_catalog_line_without_a_text_is_an_error_naming_its_line() {
    let error = parse_catalog("# a comment\n\nno equals sign here", "x.txt").unwrap_err();
    assert_eq!(error.at, "x.txt:3");
}
