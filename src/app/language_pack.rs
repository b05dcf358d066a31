//! Loads a language pack (`/lang-es.js`, written after each build from the
//! translation file) with a module import of the app's own file, so only the
//! people who read a language download it.

use wasm_bindgen::prelude::*;

use crate::content::lang::Lang;

#[wasm_bindgen(
    inline_js = "export function importPack(url, then) { import(url).then((pack) => then(pack.default), () => then(null)); }"
)]
extern "C" {
    /// Imports a language pack module, then calls `then` with its texts in key
    /// order, or with `null` if it cannot be loaded.
    #[wasm_bindgen(js_name = importPack)]
    fn import_pack(url: &str, then: JsValue);
}

/// Loads `lang` if it is not here yet, then calls `then`. If the pack cannot
/// be loaded (it should always be, from the offline cache), the language keeps
/// its English texts.
pub fn load(lang: Lang, then: impl FnOnce() + 'static) {
    let Some(url) = lang.pack_url().filter(|_| !lang.is_loaded()) else {
        return then();
    };
    let loaded = Closure::once_into_js(move |pack: JsValue| {
        if pack.is_array() {
            let texts = js_sys::Array::from(&pack)
                .iter()
                .filter_map(|text| text.as_string())
                .collect();
            lang.load(texts);
        }
        then();
    });
    import_pack(&url, loaded);
}
