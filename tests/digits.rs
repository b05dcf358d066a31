//! Whole numbers in the digits of any script, as the number fields read them.
#![cfg(not(target_arch = "wasm32"))]

use spasm_triage::app::digits::{digit_value, parse_whole_number};

#[test]
fn ascii_digits_read_as_before() {
    assert_eq!(parse_whole_number("0"), Some(0));
    assert_eq!(parse_whole_number("7"), Some(7));
    assert_eq!(parse_whole_number("10"), Some(10));
    assert_eq!(parse_whole_number("007"), Some(7));
    assert_eq!(parse_whole_number("2147483647"), Some(i32::MAX));
}

#[test]
fn arabic_indic_digits_as_an_arabic_keyboard_types_them() {
    assert_eq!(parse_whole_number("٧"), Some(7));
    assert_eq!(parse_whole_number("١٠"), Some(10));
    assert_eq!(parse_whole_number("٠"), Some(0));
    assert_eq!(parse_whole_number("٩"), Some(9));
}

#[test]
fn digits_of_other_scripts() {
    // Extended Arabic-Indic (Persian and Urdu keyboards).
    assert_eq!(parse_whole_number("۷"), Some(7));
    assert_eq!(parse_whole_number("۱۰"), Some(10));
    // Devanagari.
    assert_eq!(parse_whole_number("७"), Some(7));
    assert_eq!(parse_whole_number("१०"), Some(10));
    // Fullwidth, as Chinese and Japanese input methods type them.
    assert_eq!(parse_whole_number("７"), Some(7));
    assert_eq!(parse_whole_number("１０"), Some(10));
    // Bengali, Thai, and mathematical bold digits beyond the first plane.
    assert_eq!(parse_whole_number("৮"), Some(8));
    assert_eq!(parse_whole_number("๓"), Some(3));
    assert_eq!(parse_whole_number("\u{1D7D7}"), Some(9));
}

#[test]
fn spaces_around_the_number_are_allowed() {
    assert_eq!(parse_whole_number(" 7 "), Some(7));
    assert_eq!(parse_whole_number("\t١٠\n"), Some(10));
    assert_eq!(parse_whole_number("\u{A0}٧\u{3000}"), Some(7));
}

/// Accepted on purpose: each digit has one value, and Arabic-Indic and
/// Extended Arabic-Indic digits look alike, so a keyboard switch mid-number
/// should not make the answer wrong.
#[test]
fn one_number_may_mix_scripts() {
    assert_eq!(parse_whole_number("1٠"), Some(10));
    assert_eq!(parse_whole_number("١۰"), Some(10));
    assert_eq!(parse_whole_number("१0"), Some(10));
}

#[test]
fn anything_else_is_refused() {
    for text in [
        "",
        "   ",
        "+5",
        "-3",
        "−3",
        "٫٥",
        "7.5",
        "7,5",
        "5٫",
        "1e1",
        "7a",
        "a7",
        "seven",
        "7 0",
        "٧ ٠",
        "\u{200F}٧",
        "½",
        "Ⅶ",
        "²",
        "①",
        "2147483648",
        "99999999999",
    ] {
        assert_eq!(parse_whole_number(text), None, "{text:?}");
    }
}

#[test]
fn ascii_digit_values_match_the_standard_library() {
    for code in 0..=0x7F_u8 {
        let c = char::from(code);
        assert_eq!(digit_value(c).map(u32::from), c.to_digit(10), "{c:?}");
    }
}

/// Every character the table reads as a digit is numeric to the standard
/// library, and there are ten of each value: 77 runs of ten in Unicode 17.0.
#[test]
fn the_digit_table_reads_only_numeric_characters() {
    let digits: Vec<(char, u8)> = (0..=u32::from(char::MAX))
        .filter_map(char::from_u32)
        .filter_map(|c| Some((c, digit_value(c)?)))
        .collect();
    assert_eq!(digits.len(), 770);
    for (c, value) in &digits {
        assert!(c.is_numeric(), "{c:?} read as {value}");
    }
    for value in 0..10 {
        assert_eq!(digits.iter().filter(|(_, v)| *v == value).count(), 77);
    }
}
