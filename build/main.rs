//! Build-time work, so the app ships plain Rust data and no parser: the content
//! compiler (the `compiler/` crate) checks the questionnaire file and the
//! English catalog and writes them as Rust, with the engine's levels and kinds
//! of advice. It also compiles the small questionnaire the engine's tests run
//! on. Any mistake stops the build with every mistake listed.

use std::env;
use std::fs;
use std::path::{Path, PathBuf};

use spasm_content::{compile, compile_content, ContentError, Texts};

const QUESTIONNAIRE: &str = "src/content/questionnaire.toml";
const CATALOG: &str = "src/content/messages.en.txt";
const ENGINE_FIXTURE: &str = "tests/fixtures/engine.toml";

fn read(path: &str) -> String {
    println!("cargo:rerun-if-changed={path}");
    fs::read_to_string(path).unwrap_or_else(|error| panic!("{path}: {error}"))
}

/// Stops the build, listing the mistakes found in `file`.
fn fail(file: &str, errors: Vec<ContentError>) -> ! {
    let list: Vec<String> = errors.iter().map(|error| format!("  {error}")).collect();
    panic!(
        "{file} has {} mistake(s):\n{}",
        errors.len(),
        list.join("\n")
    );
}

fn write(out: &Path, name: &str, source: &str) {
    fs::write(out.join(name), source).expect("OUT_DIR is writable");
}

fn main() {
    let out = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let generated = compile(&read(QUESTIONNAIRE), &read(CATALOG), CATALOG)
        .unwrap_or_else(|errors| fail(QUESTIONNAIRE, errors));
    write(&out, "questionnaire.rs", &generated.questionnaire);
    write(&out, "messages.rs", &generated.messages);
    write(&out, "kinds.rs", &generated.kinds);
    let fixture = compile_content(&read(ENGINE_FIXTURE), &mut Texts::new())
        .unwrap_or_else(|errors| fail(ENGINE_FIXTURE, errors));
    write(&out, "engine_fixture.rs", &fixture);
}
