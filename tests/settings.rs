//! URL options a host page sets: valid ones apply, anything else is ignored.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use spasm_triage::app::settings::{Clinic, Settings, CLINIC_NAME_CHARS};

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

#[test]
fn a_clinic_is_taken_with_its_name_phone_and_website() {
    let clinic = Settings::from_query(
        "?clinic=Riverside%20Practice&clinic_phone=%2B44%20(0)20%207946-0000&clinic_url=https%3A%2F%2Friverside.example%2Fbook%3Fa%3D1",
    )
    .clinic;
    assert_eq!(
        clinic,
        Clinic {
            name: Some("Riverside Practice".to_owned()),
            phone: Some("+44 (0)20 7946-0000".to_owned()),
            url: Some("https://riverside.example/book?a=1".to_owned()),
        }
    );
    assert_eq!(clinic.dial().as_deref(), Some("tel:+4402079460000"));
    assert!(clinic.reachable());
    let arabic = Settings::from_query(
        "?clinic=%D8%B9%D9%8A%D8%A7%D8%AF%D8%A9+%D8%A7%D9%84%D9%86%D9%88%D8%B1",
    )
    .clinic;
    assert_eq!(
        arabic.name.as_deref(),
        Some("عيادة النور"),
        "+ is a space, any script"
    );
    assert!(
        !arabic.reachable(),
        "a name alone is no way to reach a clinic"
    );
}

#[test]
fn a_clinic_name_is_plain_text_cut_to_60_characters() {
    let long = "A".repeat(500);
    let name = Settings::from_query(&format!("?clinic={long}"))
        .clinic
        .name
        .unwrap();
    assert_eq!(name.chars().count(), CLINIC_NAME_CHARS);
    let tidy = Settings::from_query("?clinic=%20Two%0A%0Dlines%09here%20")
        .clinic
        .name;
    assert_eq!(
        tidy.as_deref(),
        Some("Two lines here"),
        "control characters and runs of spaces go"
    );
    let html = Settings::from_query("?clinic=%3Cimg%20src%3Dx%3E")
        .clinic
        .name;
    assert_eq!(
        html.as_deref(),
        Some("<img src=x>"),
        "kept as text, shown as text"
    );
    for query in [
        "?clinic=",
        "?clinic=%20%20",
        "?clinic=%E2%28",
        "?clinic=%zz",
    ] {
        assert_eq!(Settings::from_query(query).clinic.name, None, "{query}");
    }
}

#[test]
fn a_clinic_phone_with_anything_but_digits_spaces_plus_dashes_and_brackets_is_ignored() {
    for query in [
        "?clinic_phone=0800-CALL-NOW",
        "?clinic_phone=12",
        "?clinic_phone=123456789012345678901",
        "?clinic_phone=999;drop",
        "?clinic_phone=javascript:alert(1)",
        "?clinic_phone=",
    ] {
        assert_eq!(Settings::from_query(query).clinic.phone, None, "{query}");
    }
    assert_eq!(
        Settings::from_query("?clinic_phone=111")
            .clinic
            .phone
            .as_deref(),
        Some("111")
    );
}

#[test]
fn a_clinic_website_must_be_an_https_address() {
    for query in [
        "?clinic_url=javascript%3Aalert(1)",
        "?clinic_url=http%3A%2F%2Fclinic.example",
        "?clinic_url=https%3A%2F%2F",
        "?clinic_url=https%3A%2F%2Fevil%40clinic.example",
        "?clinic_url=https%3A%2F%2Fclinic.example%2F%22%3E%3Cscript%3E",
        "?clinic_url=data%3Atext%2Fhtml%2C1",
        "?clinic_url=%2F%2Fclinic.example",
    ] {
        assert_eq!(Settings::from_query(query).clinic.url, None, "{query}");
    }
}

proptest! {
    #[test]
    fn any_query_gives_settings_without_panicking(query in ".{0,200}") {
        let settings = Settings::from_query(&query);
        if let Some(accent) = settings.accent {
            prop_assert!(accent.len() == 7 && accent.starts_with('#'));
            prop_assert!(accent[1..].chars().all(|c| c.is_ascii_hexdigit()));
        }
        let clinic = settings.clinic;
        if let Some(name) = clinic.name {
            prop_assert!(!name.is_empty() && name.chars().count() <= CLINIC_NAME_CHARS);
            prop_assert!(!name.chars().any(char::is_control));
        }
        if let Some(phone) = clinic.phone {
            prop_assert!(phone.chars().all(|c| c.is_ascii_digit() || " +-()".contains(c)));
        }
        if let Some(url) = clinic.url {
            prop_assert!(url.starts_with("https://"));
        }
    }
}
