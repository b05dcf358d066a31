//! The translations and the regions: complete, and consistent with English.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use spasm_content::parse_catalog;
use spasm_triage::app::text::fill;
use spasm_triage::content::lang::Lang;
use spasm_triage::content::lang::TRANSLATIONS;
use spasm_triage::content::messages::{Msg, ENGLISH, KEYS, KEYS_HASH};
use spasm_triage::content::regions::{clinician_lang, region, REGIONS};

/// The `key = text` lines of a catalog file.
fn entries(file: &str) -> Vec<(String, String)> {
    let path = format!("{}/src/content/{file}", env!("CARGO_MANIFEST_DIR"));
    let source = std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{path}: {error}"));
    parse_catalog(&source, file).unwrap_or_else(|error| panic!("{error}"))
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
    for (_, file) in TRANSLATIONS {
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
fn a_loaded_language_speaks_it_and_a_pack_from_another_build_is_refused() {
    let spanish = entries("messages.es.txt");
    let texts: Vec<String> = KEYS
        .iter()
        .map(|key| {
            spanish
                .iter()
                .find(|(known, _)| known == key)
                .map(|(_, text)| text.clone())
                .unwrap_or_default()
        })
        .collect();
    assert!(!Lang::Es.is_loaded());
    assert_eq!(
        Lang::Es.msg(Msg::StartButton),
        Lang::En.msg(Msg::StartButton),
        "English until loaded"
    );
    Lang::Es.load(texts[1..].to_vec());
    assert!(
        !Lang::Es.is_loaded(),
        "a pack of the wrong length is refused"
    );
    Lang::Es.load(texts);
    assert!(Lang::Es.is_loaded());
    let start = spanish
        .iter()
        .find(|(key, _)| key == "start_button")
        .map(|(_, text)| text.as_str());
    assert_eq!(Some(Lang::Es.msg(Msg::StartButton)), start);
}

#[test]
fn translations_say_they_await_clinical_review() {
    for (lang, file) in TRANSLATIONS {
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
    assert_eq!(Lang::from_code("fr-CA"), Some(Lang::Fr));
    assert_eq!(Lang::from_code("de"), None);
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
        let phones = region
            .emergency
            .iter()
            .chain(region.service.as_ref().map(|service| &service.phone));
        for phone in phones {
            assert!(
                phone.number.chars().all(|c| c.is_ascii_digit() || c == ' '),
                "{}: {}",
                region.id,
                phone.number
            );
            let page = phone.source.strip_prefix("https://").unwrap_or_default();
            assert!(
                page.split_once('/').is_some_and(|(_, path)| path.len() > 1),
                "{}: {} needs the official page (https) that gives it, not a home page: {:?}",
                region.id,
                phone.number,
                phone.source
            );
        }
        assert!(region
            .service
            .is_none_or(|service| service.name.is_none_or(|name| !name.is_empty())));
    }
}

#[test]
fn the_regions_give_the_numbers_people_there_dial() {
    let numbers = |id: &str| -> Vec<&str> {
        let region = region(id).expect("the region exists");
        region.emergency.iter().map(|phone| phone.number).collect()
    };
    let service = |id: &str| {
        region(id)
            .and_then(|region| region.service)
            .map(|service| service.phone.number)
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
    assert_eq!(numbers("ar"), ["107", "911"]);
    assert_eq!(numbers("cl"), ["131"]);
    assert_eq!(numbers("co"), ["123"]);
    assert_eq!(numbers("pe"), ["106"]);
    assert_eq!(numbers("sa"), ["997"]);
    assert_eq!(service("sa"), Some("937"));
    assert_eq!(numbers("ae"), ["998", "999"]);
    assert_eq!(numbers("jo"), ["911"]);
    assert_eq!(numbers("ma"), ["15"]);
    assert_eq!(numbers("qa"), ["999"]);
    assert_eq!(numbers("fr"), ["15", "112"]);
    assert_eq!(numbers("be"), ["112"]);
    assert_eq!(numbers("ch"), ["144", "112"]);
    assert_eq!(numbers("GB")[0], "999", "any case");
    assert!(region("zz").is_none());
}

#[test]
fn a_clinician_reads_the_language_of_the_region() {
    let reads = |id: &str| clinician_lang(region(id));
    for (ids, lang) in [
        (["gb", "us", "au"], Lang::En),
        (["mx", "ar", "pe"], Lang::Es),
        (["sa", "ma", "qa"], Lang::Ar),
        (["fr", "be", "ch"], Lang::Fr),
    ] {
        for id in ids {
            assert_eq!(reads(id), lang, "{id}");
        }
    }
    assert_eq!(clinician_lang(None), Lang::En);
}

#[test]
fn placeholders_are_filled_with_their_values_and_unknown_ones_stay() {
    let values = [("number", "3"), ("total", "8")];
    assert_eq!(
        fill("Step {number} of about {total}", &values),
        "Step 3 of about 8"
    );
    assert_eq!(fill("{total}{number}", &values), "83");
    assert_eq!(fill("{other} and {number", &values), "{other} and {number");
    assert_eq!(fill("no placeholder", &values), "no placeholder");
    assert_eq!(fill("paso {number} · {total}", &values), "paso 3 · 8");
}

#[test]
fn a_language_packs_key_list_fingerprint_is_the_fnv1a_hash_of_the_keys_in_order() {
    // 64-bit FNV-1a over each key followed by a line break, as a pack carries it.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in KEYS.iter().flat_map(|key| key.bytes().chain([b'\n'])) {
        hash = (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
    }
    assert_eq!(KEYS_HASH, format!("{hash:016x}"));
}
