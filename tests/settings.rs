//! URL options a host page sets: valid ones apply, anything else is ignored.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use spasm_triage::app::settings::Settings;

#[test]
fn a_dark_enough_accent_is_taken_in_any_spelling() {
    for query in ["?accent=%23005A9C", "accent=005a9c", "?accent=#005a9c&x=1"] {
        assert_eq!(
            Settings::from_query(query).accent.as_deref(),
            Some("#005a9c"),
            "{query}"
        );
    }
}

#[test]
fn an_accent_too_light_to_read_on_white_or_not_a_colour_is_ignored() {
    for query in [
        "?accent=%23ffff00",
        "?accent=red",
        "?accent=%23005a9",
        "?accent=%23005a9c;x",
        "?accent=",
    ] {
        assert_eq!(Settings::from_query(query).accent, None, "{query}");
    }
}

#[test]
fn compact_is_on_only_when_asked_for() {
    assert!(Settings::from_query("?compact=1").compact);
    assert!(Settings::from_query("?compact").compact);
    assert!(!Settings::from_query("?compact=maybe").compact);
    assert!(!Settings::from_query("").compact);
}

proptest! {
    #[test]
    fn any_query_gives_settings_without_panicking(query in ".{0,200}") {
        let settings = Settings::from_query(&query);
        if let Some(accent) = settings.accent {
            prop_assert!(accent.len() == 7 && accent.starts_with('#'));
            prop_assert!(accent[1..].chars().all(|c| c.is_ascii_hexdigit()));
        }
    }
}
