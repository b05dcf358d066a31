//! Build-time work, so the app ships plain Rust data and no parser: the
//! questionnaire file becomes static data, and every English sentence the app
//! shows (the interface's and the questionnaire's) goes into one table by key.

mod catalog;
mod condition;
mod questionnaire;

use std::env;
use std::fs;
use std::path::PathBuf;

fn main() {
    let out = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let read = |path: &str| {
        println!("cargo:rerun-if-changed={path}");
        fs::read_to_string(path).unwrap_or_else(|error| panic!("{path}: {error}"))
    };
    let mut texts = catalog::Texts::from_interface(&read(catalog::ENGLISH));
    let content = questionnaire::generate(&read(questionnaire::SOURCE), &mut texts);
    let messages = texts.generate();
    fs::write(out.join("questionnaire.rs"), content).expect("OUT_DIR is writable");
    fs::write(out.join("messages.rs"), messages).expect("OUT_DIR is writable");
}

/// Whether `id` is a stable snake_case id.
fn is_snake_case(id: &str) -> bool {
    !id.is_empty()
        && id.starts_with(|c: char| c.is_ascii_lowercase())
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}
