//! Loads a language pack (`/lang-es.js`, written after each build from the
//! translation file) with a module import of the app's own file, so only the
//! people who read a language download it.

use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

use crate::content::lang::Lang;

#[wasm_bindgen(
    inline_js = "export function importPack(url) { return import(url).then((pack) => pack.default); }"
)]
extern "C" {
    /// Imports a language pack module; resolves to its texts in key order.
    #[wasm_bindgen(js_name = importPack)]
    fn import_pack(url: &str) -> js_sys::Promise;
}

/// Loads `lang` if it is not here yet. If the pack cannot be loaded (it should
/// always be, from the offline cache), the language keeps its English texts.
pub async fn load(lang: Lang) {
    let Some(url) = lang.pack_url().filter(|_| !lang.is_loaded()) else {
        return;
    };
    let Ok(pack) = JsFuture::from(import_pack(&url)).await else {
        return;
    };
    let texts = js_sys::Array::from(&pack)
        .iter()
        .filter_map(|text| text.as_string())
        .collect();
    lang.load(texts);
}
