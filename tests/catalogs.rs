//! The translations and the regions: complete, and consistent with English.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use spasm_triage::app::settings::with_param;
use spasm_triage::content::lang::Lang;
use spasm_triage::content::messages::{Msg, ENGLISH, KEYS};
use spasm_triage::content::regions::{region, REGIONS};

/// The `key = text` lines of a catalog file.
fn entries(file: &str) -> Vec<(String, String)> {
    let path = format!("{}/src/content/{file}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path)
        .unwrap_or_else(|error| panic!("{path}: {error}"))
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(|line| {
            let (key, text) = line
                .split_once(" = ")
                .unwrap_or_else(|| panic!("{file}: bad line {line:?}"));
            (key.to_owned(), text.to_owned())
        })
        .collect()
}

/// The `{placeholders}` in a text.
fn placeholders(text: &str) -> BTreeSet<&str> {
    text.split('{')
        .skip(1)
        .filter_map(|part| part.split_once('}').map(|(name, _)| name))
        .collect()
}

#[test]
fn every_translation_has_exactly_the_english_keys_with_the_same_placeholders() {
    let english: BTreeSet<&str> = KEYS.iter().copied().collect();
    for file in ["messages.es.txt", "messages.ar.txt"] {
        let translated = entries(file);
        let keys: BTreeSet<&str> = translated.iter().map(|(key, _)| key.as_str()).collect();
        assert_eq!(keys.len(), translated.len(), "{file} repeats a key");
        let missing: Vec<_> = english.difference(&keys).collect();
        let extra: Vec<_> = keys.difference(&english).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{file}: missing {missing:?}, extra {extra:?}"
        );
        for (key, text) in &translated {
            let index = KEYS
                .iter()
                .position(|known| known == key)
                .expect("checked above");
            assert!(!text.trim().is_empty(), "{file}: `{key}` is empty");
            assert_eq!(
                placeholders(text),
                placeholders(ENGLISH[index]),
                "{file}: `{key}` placeholders"
            );
        }
    }
}

#[test]
fn a_loaded_language_speaks_it_and_keeps_english_for_anything_it_lacks() {
    let spanish: std::collections::HashMap<String, String> =
        entries("messages.es.txt").into_iter().collect();
    assert!(!Lang::Es.is_loaded());
    assert_eq!(
        Lang::Es.msg(Msg::StartButton),
        Lang::En.msg(Msg::StartButton),
        "English until loaded"
    );
    Lang::Es.load(|key| (key != "next").then(|| spanish.get(key).cloned()).flatten());
    assert!(Lang::Es.is_loaded());
    assert_eq!(Lang::Es.msg(Msg::StartButton), spanish["start_button"]);
    assert_eq!(
        Lang::Es.msg(Msg::Next),
        Lang::En.msg(Msg::Next),
        "a missing text stays in English"
    );
}

#[test]
fn translations_say_they_await_clinical_review() {
    for (lang, file) in [(Lang::Es, "messages.es.txt"), (Lang::Ar, "messages.ar.txt")] {
        assert!(!lang.reviewed());
        let path = format!("{}/src/content/{file}", env!("CARGO_MANIFEST_DIR"));
        let first = std::fs::read_to_string(path)
            .unwrap()
            .lines()
            .next()
            .unwrap_or_default()
            .to_owned();
        assert!(first.contains("pending clinical review"), "{file}: {first}");
    }
    assert!(Lang::En.reviewed());
}

#[test]
fn language_codes_are_understood_and_arabic_runs_right_to_left() {
    assert_eq!(Lang::from_code("es-MX"), Some(Lang::Es));
    assert_eq!(Lang::from_code("AR"), Some(Lang::Ar));
    assert_eq!(Lang::from_code("en_GB"), Some(Lang::En));
    assert_eq!(Lang::from_code("fr"), None);
    assert_eq!(Lang::from_code(""), None);
    assert_eq!(Lang::Ar.dir(), "rtl");
    assert_eq!(Lang::Es.dir(), "ltr");
}

#[test]
fn every_region_has_a_name_and_real_numbers() {
    let ids: BTreeSet<&str> = REGIONS.iter().map(|region| region.id).collect();
    assert_eq!(ids.len(), REGIONS.len(), "region ids are unique");
    for region in REGIONS {
        for lang in Lang::ALL {
            assert!(
                !lang.msg(region.name).is_empty(),
                "{} in {lang:?}",
                region.id
            );
        }
        assert!(
            !region.emergency.is_empty(),
            "{} has an emergency number",
            region.id
        );
        let digits = |number: &str| number.chars().all(|c| c.is_ascii_digit() || c == ' ');
        assert!(region.emergency.iter().all(|number| digits(number)));
        assert!(region
            .service
            .is_none_or(|service| digits(service.number) && !service.name.is_empty()));
    }
}

#[test]
fn the_regions_give_the_numbers_people_there_dial() {
    let numbers = |id: &str| region(id).expect("the region exists").emergency.to_vec();
    let service = |id: &str| {
        region(id)
            .and_then(|region| region.service)
            .map(|service| service.number)
    };
    assert_eq!(numbers("gb")[0], "999");
    assert_eq!(service("gb"), Some("111"));
    assert_eq!(numbers("ie"), ["112", "999"]);
    assert_eq!(numbers("us"), ["911"]);
    assert_eq!(numbers("ca"), ["911"]);
    assert_eq!(numbers("au")[0], "000");
    assert_eq!(service("au"), Some("1800 022 222"));
    assert_eq!(numbers("eu"), ["112"]);
    assert_eq!(numbers("es"), ["112"]);
    assert_eq!(numbers("mx"), ["911"]);
    assert_eq!(numbers("GB")[0], "999", "any case");
    assert!(region("zz").is_none());
}

#[test]
fn the_url_query_keeps_other_options_when_one_changes() {
    assert_eq!(
        with_param("?accent=%23005a9c&lang=en", "lang", Some("es")),
        "?accent=%23005a9c&lang=es"
    );
    assert_eq!(with_param("", "region", Some("gb")), "?region=gb");
    assert_eq!(with_param("?region=gb", "region", None), "");
    assert_eq!(
        with_param("?languages=x", "lang", Some("ar")),
        "?languages=x&lang=ar"
    );
}
