//! Loads a language pack (`/lang-es.js`, written after each build from the
//! translation file) with a module import of the app's own file, so only the
//! people who read a language download it.

use wasm_bindgen::prelude::*;

use crate::content::lang::Lang;
use crate::content::messages::KEYS_HASH;

#[wasm_bindgen(
    inline_js = "export function importPack(url, keys, then) { import(url).then((pack) => then(pack.keys === keys ? pack.default : null), () => then(null)); }"
)]
extern "C" {
    /// Imports a language pack module, then calls `then` with its texts in key
    /// order, or with `null` if it cannot be loaded or was made for another
    /// key list than `keys` (another build of the app).
    #[wasm_bindgen(js_name = importPack)]
    fn import_pack(url: &str, keys: &str, then: JsValue);
}

/// Loads `lang` if it is not here yet, then calls `then` with whether its
/// texts are here: a pack that cannot be loaded (offline before it was ever
/// stored, say) or that belongs to another build is refused.
pub fn load(lang: Lang, then: impl FnOnce(bool) + 'static) {
    let Some(url) = lang.pack_url().filter(|_| !lang.is_loaded()) else {
        return then(true);
    };
    let loaded = Closure::once_into_js(move |pack: JsValue| {
        if pack.is_array() {
            let texts = js_sys::Array::from(&pack)
                .iter()
                .filter_map(|text| text.as_string())
                .collect();
            lang.load(texts);
        }
        then(lang.is_loaded());
    });
    import_pack(&url, KEYS_HASH, loaded);
}
