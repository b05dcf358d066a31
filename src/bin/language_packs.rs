//! Writes a language pack (`lang-<code>.js`) for each translation into the
//! folder given as the argument. The post-build hook runs it on each build.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use spasm_triage::content::translations::{pack, parse, FILES};
    let out = std::env::args()
        .nth(1)
        .expect("usage: language_packs <folder>");
    for (lang, file) in FILES {
        let path = format!("{}/src/content/{file}", env!("CARGO_MANIFEST_DIR"));
        let source =
            std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{path}: {error}"));
        let entries = parse(&source).unwrap_or_else(|error| panic!("{path}: {error}"));
        let target = format!("{out}/lang-{}.js", lang.code());
        std::fs::write(&target, pack(&entries)).unwrap_or_else(|error| panic!("{target}: {error}"));
    }
}

/// Only the host writes files; the browser build has nothing to do.
#[cfg(target_arch = "wasm32")]
fn main() {}
