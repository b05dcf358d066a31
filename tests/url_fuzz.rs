//! Fuzz-style properties of everything the app reads from its URL: the options
//! a host page sets (README, "URL options"), the fragment naming the screen,
//! and the language and region remembered in a tab. Any text at all: never a
//! panic, and never a value the README does not allow.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use spasm_triage::app::settings::{Place, Settings, CLINIC_NAME_CHARS};
use spasm_triage::app::state::Screen;
use spasm_triage::content::lang::Lang;
use spasm_triage::content::questionnaire::CONTENT;
use spasm_triage::content::regions::REGIONS;

/// Every option the README lists, and some it does not.
const NAMES: [&str; 10] = [
    "lang",
    "region",
    "compact",
    "accent",
    "clinic",
    "clinic_phone",
    "clinic_url",
    "LANG",
    "clinic_url%00",
    "",
];

/// `bytes` as a URL query value: letters and digits as they are, the rest as
/// `%xx` escapes (of bytes that need not be UTF-8).
fn escaped(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|&byte| {
            if byte.is_ascii_alphanumeric() {
                char::from(byte).to_string()
            } else {
                format!("%{byte:02X}")
            }
        })
        .collect()
}

/// Values of every kind: near-valid ones, arbitrary unicode, escapes of any
/// bytes, broken escapes, and very long ones.
fn value() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        prop::sample::select(vec![
            "en",
            "es",
            "ar",
            "fr",
            "EN",
            "de",
            "gb",
            "us",
            "mx",
            "zz",
            "1",
            "true",
            "%23005a9c",
            "005A9C",
            "%23ffffff",
            "%2300",
            "+44+(0)20+7946-0000",
            "999",
            "https%3A%2F%2Fa.example",
            "https://a.example/x?y=1",
            "javascript:alert(1)",
            "%E2%80%AE",
            "%zz",
            "%",
            "%2",
        ])
        .prop_map(str::to_owned),
        "\\PC{0,40}",
        ".{0,40}",
        prop::collection::vec(any::<u8>(), 0..60).prop_map(|bytes| escaped(&bytes)),
        "(https://[a-z.:-]{1,20}/)?[ -~]{0,30}",
        "[0-9 +()-]{0,30}",
        ("[A-Za-z%0-9]{1,3}", 1usize..3000).prop_map(|(part, times)| part.repeat(times)),
    ]
}

/// A query of up to 12 options, names repeated at will, with or without `?`,
/// with stray `&` and `=`.
fn query() -> impl Strategy<Value = String> {
    (
        any::<bool>(),
        prop::collection::vec(
            (prop::sample::select(NAMES.to_vec()), value(), any::<bool>()),
            0..12,
        ),
    )
        .prop_map(|(mark, options)| {
            let pairs: Vec<String> = options
                .into_iter()
                .map(|(name, value, with_equals)| {
                    if with_equals {
                        format!("{name}={value}")
                    } else {
                        format!("{name}{value}")
                    }
                })
                .collect();
            format!("{}{}", if mark { "?" } else { "" }, pairs.join("&"))
        })
}

/// The relative luminance of `#rrggbb`, by the WCAG formula as written.
fn contrast_with_white(hex: &str) -> f64 {
    let linear = |at: usize| {
        let value = f64::from(u8::from_str_radix(&hex[at..at + 2], 16).unwrap()) / 255.0;
        if value <= 0.04045 {
            value / 12.92
        } else {
            ((value + 0.055) / 1.055).powf(2.4)
        }
    };
    1.05 / (0.2126 * linear(1) + 0.7152 * linear(3) + 0.0722 * linear(5) + 0.05)
}

/// Checks `settings` against the README's table of URL options.
fn allowed_by_the_readme(settings: &Settings) -> Result<(), TestCaseError> {
    if let Some(lang) = settings.lang {
        prop_assert!(["en", "es", "ar", "fr"].contains(&lang.code()));
    }
    if let Some(region) = settings.region {
        prop_assert!(REGIONS.iter().any(|known| known == region));
    }
    if let Some(accent) = &settings.accent {
        prop_assert_eq!(accent.len(), 7);
        prop_assert!(accent.starts_with('#'));
        prop_assert!(accent[1..]
            .chars()
            .all(|c| c.is_ascii_digit() || ('a'..='f').contains(&c)));
        prop_assert!(contrast_with_white(accent) >= 4.5 - 1e-9, "{}", accent);
    }
    let clinic = &settings.clinic;
    if let Some(name) = &clinic.name {
        prop_assert!(!name.is_empty() && name.chars().count() <= CLINIC_NAME_CHARS);
        prop_assert!(!name.chars().any(char::is_control), "{:?}", name);
        prop_assert_eq!(name.trim(), name.as_str());
        prop_assert!(!name.contains("  "));
        prop_assert!(!name.chars().any(|c| c.is_whitespace() && c != ' '));
    }
    if let Some(phone) = &clinic.phone {
        prop_assert!(phone
            .chars()
            .all(|c| c.is_ascii_digit() || " +-()".contains(c)));
        let digits = phone.chars().filter(char::is_ascii_digit).count();
        prop_assert!((3..=20).contains(&digits), "{:?}", phone);
        let dial = clinic.dial().unwrap();
        prop_assert!(dial["tel:".len()..]
            .chars()
            .all(|c| c.is_ascii_digit() || c == '+'));
    }
    if let Some(url) = &clinic.url {
        prop_assert!(url.starts_with("https://") && url.len() <= 2000);
        let host = url["https://".len()..]
            .split(['/', '?', '#'])
            .next()
            .unwrap();
        prop_assert!(!host.is_empty());
        prop_assert!(host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || ".-:".contains(c)));
        prop_assert!(!url
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || "\"'<>`\\".contains(c)));
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn any_query_of_the_options_gives_only_allowed_values(query in query()) {
        allowed_by_the_readme(&Settings::from_query(&query))?;
    }

    #[test]
    fn any_text_at_all_as_a_query_gives_only_allowed_values(query in "\\PC{0,300}|.{0,300}") {
        allowed_by_the_readme(&Settings::from_query(&query))?;
    }

    #[test]
    fn the_last_of_repeated_options_is_the_one_read(first in value(), code in prop::sample::select(vec!["en", "es", "ar", "fr"])) {
        let settings = Settings::from_query(&format!("?lang={first}&lang={code}"));
        prop_assert_eq!(settings.lang.map(Lang::code), Some(code));
    }

    #[test]
    fn any_fragment_names_a_known_screen_or_none(hash in "#?(step-)?\\PC{0,40}|.{0,80}") {
        if let Some(screen) = Screen::from_hash(&hash) {
            let name = hash.trim_start_matches('#');
            let known = ["", "review", "result", "help-now", "privacy", "how-it-works", "summary"];
            let step = name
                .strip_prefix("step-")
                .is_some_and(|id| CONTENT.steps.iter().any(|step| step.id == id));
            prop_assert!(known.contains(&name) || step, "{:?} => {:?}", hash, screen);
            if let Screen::Step(step) = screen {
                prop_assert_eq!(Screen::from_hash(&Screen::Step(step).hash()), Some(screen));
            }
        }
    }

    #[test]
    fn any_remembered_place_is_a_known_language_and_region(text in "\\PC{0,60}|(lang=[a-z]{0,3}|region=[a-z]{0,3}|&){0,6}") {
        if let Some(place) = Place::from_text(&text) {
            prop_assert!(Lang::ALL.contains(&place.lang));
            if let Some(region) = place.region {
                prop_assert!(REGIONS.iter().any(|known| known == region));
            }
            prop_assert_eq!(Place::from_text(&place.to_text()), Some(place));
        }
    }
}

#[test]
fn every_screen_comes_back_from_its_fragment() {
    for step in CONTENT.step_ids() {
        let screen = Screen::Step(step);
        assert_eq!(Screen::from_hash(&screen.hash()), Some(screen));
    }
    for screen in [
        Screen::Start,
        Screen::Review,
        Screen::Result,
        Screen::Privacy,
        Screen::HowItWorks,
        Screen::Summary,
    ] {
        assert_eq!(Screen::from_hash(&screen.hash()), Some(screen));
    }
}

#[test]
fn a_place_keeps_its_language_and_region_and_none() {
    for lang in Lang::ALL {
        for region in [None, REGIONS.first(), REGIONS.last()] {
            let place = Place { lang, region };
            assert_eq!(Place::from_text(&place.to_text()), Some(place));
        }
    }
    assert_eq!(Place::from_text("lang=xx&region=gb"), None);
    assert_eq!(Place::from_text(""), None);
}
