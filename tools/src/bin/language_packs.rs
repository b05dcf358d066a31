//! Writes a language pack (`lang-<code>.js`) for each translation into the
//! folder given as the argument. The post-build hook runs it on each build.

use spasm_content::parse_catalog;
use spasm_triage::content::lang::TRANSLATIONS;

fn main() {
    let out = std::env::args()
        .nth(1)
        .expect("usage: language_packs <folder>");
    for (lang, file) in TRANSLATIONS {
        let path = format!("{}/../src/content/{file}", env!("CARGO_MANIFEST_DIR"));
        let source =
            std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{path}: {error}"));
        let entries = parse_catalog(&source, file).unwrap_or_else(|error| panic!("{error}"));
        let target = format!("{out}/lang-{}.js", lang.code());
        std::fs::write(&target, spasm_tools::pack(&entries))
            .unwrap_or_else(|error| panic!("{target}: {error}"));
    }
}
