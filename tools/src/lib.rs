//! What the host programs share: the start screen as HTML, and a translation
//! as a language pack.

use spasm_triage::app::components::app::AppProps;
use spasm_triage::app::App;
use spasm_triage::content::messages::{ENGLISH, KEYS, KEYS_HASH};
use spasm_triage::export::json::Json;

/// The app's start screen as HTML, as it shows before the app has loaded (its
/// Start button disabled until then), marked for the app to take it over.
pub fn start_screen() -> String {
    let renderer = yew::LocalServerRenderer::<App>::with_props(AppProps::default());
    futures::executor::block_on(renderer.render())
}

/// A language pack: `export const keys = "..."` (the fingerprint of the key
/// list it was made for) and `export default [...]`, every text in key order
/// (English where the translation lacks one; the app's catalog test reports
/// any gap).
pub fn pack(entries: &[(String, String)]) -> String {
    let texts = KEYS
        .iter()
        .zip(ENGLISH)
        .map(|(key, english)| {
            let text = entries
                .iter()
                .find(|(known, _)| known == key)
                .map_or(english, |(_, text)| text);
            Json::str(text)
        })
        .collect();
    format!(
        "export const keys = \"{KEYS_HASH}\";\nexport default {}",
        Json::Array(texts).to_text()
    )
}
