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

/// Whether `#rrggbb` has a contrast of at least 4.5:1 with white, by the WCAG
/// formula as written.
fn readable_on_white(rgb: [u8; 3]) -> bool {
    let linear = |channel: u8| {
        let value = f64::from(channel) / 255.0;
        if value <= 0.04045 {
            value / 12.92
        } else {
            ((value + 0.055) / 1.055).powf(2.4)
        }
    };
    let luminance = 0.2126 * linear(rgb[0]) + 0.7152 * linear(rgb[1]) + 0.0722 * linear(rgb[2]);
    1.05 / (luminance + 0.05) >= 4.5
}

#[test]
fn an_accent_is_taken_exactly_when_the_contrast_formula_passes_it() {
    let mut taken = 0;
    for red in (0..=255).step_by(5) {
        for green in (0..=255).step_by(5) {
            for blue in (0..=255).step_by(15) {
                let query = format!("?accent={red:02x}{green:02x}{blue:02x}");
                let accepted = Settings::from_query(&query).accent.is_some();
                assert_eq!(accepted, readable_on_white([red, green, blue]), "{query}");
                taken += usize::from(accepted);
            }
        }
    }
    assert!(taken > 0, "some colours pass");
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
