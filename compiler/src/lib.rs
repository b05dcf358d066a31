//! The content compiler of spasm-triage. The questionnaire file and the English
//! interface catalog are read and checked when the app is built, and written
//! as Rust data, so the app ships no parser. Three steps, each its own
//! function: [`parse`] reads the file, [`validate`] checks it and resolves
//! every id, [`emit`] writes it. Mistakes are values: every one found is
//! returned, each naming its item.

mod catalog;
mod checked;
mod condition;
mod emit;
mod error;
mod kinds;
mod parse;
mod validate;

pub use catalog::{parse as parse_catalog, Texts};
pub use emit::emit;
pub use error::ContentError;
pub use parse::parse;
pub use validate::validate;

/// The Rust source the app is built from.
pub struct Generated {
    /// The questionnaire: `SPEC_REVISION`, the typed ids and `CONTENT`.
    pub questionnaire: String,
    /// The messages: `Msg`, the words of each level and kind, and every text.
    pub messages: String,
    /// The engine's `Level` and `AdviceKind`.
    pub kinds: String,
}

/// Compiles the questionnaire `source` with the English interface `catalog`,
/// or lists every mistake found in them.
pub fn compile(
    source: &str,
    catalog: &str,
    catalog_file: &str,
) -> Result<Generated, Vec<ContentError>> {
    let mut texts = Texts::from_interface(catalog, catalog_file)?;
    let questionnaire = compile_content(source, &mut texts)?;
    Ok(Generated {
        questionnaire,
        messages: texts.emit(),
        kinds: kinds::emit(),
    })
}

/// Compiles a questionnaire alone, its texts added to `texts` (a test's
/// content has a table of its own).
pub fn compile_content(source: &str, texts: &mut Texts) -> Result<String, Vec<ContentError>> {
    let file = parse(source).map_err(|error| vec![error])?;
    let checked = validate(&file)?;
    Ok(emit(&checked, texts))
}
