//! Build-time work, so the app ships plain Rust data and no parser: the message
//! catalog becomes a `Msg` enum, and the questionnaire file becomes static data.

mod catalog;
mod condition;
mod questionnaire;

use std::env;
use std::fs;
use std::path::PathBuf;

fn main() {
    let out = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    for (source, target, generate) in [
        (
            catalog::SOURCE,
            "messages.rs",
            catalog::generate as fn(&str) -> String,
        ),
        (
            questionnaire::SOURCE,
            "questionnaire.rs",
            questionnaire::generate,
        ),
    ] {
        println!("cargo:rerun-if-changed={source}");
        let text = fs::read_to_string(source).unwrap_or_else(|error| panic!("{source}: {error}"));
        fs::write(out.join(target), generate(&text)).expect("OUT_DIR is writable");
    }
}

/// Whether `id` is a stable snake_case id.
fn is_snake_case(id: &str) -> bool {
    !id.is_empty()
        && id.starts_with(|c: char| c.is_ascii_lowercase())
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}
