//! The browser app: state, screens and their components, and the edges that
//! touch the browser (storage, URL options, the embedding host, offline use).

pub mod components;
pub mod digits;
mod hooks;
pub mod keeping;
mod language_pack;
pub mod rule_words;
pub mod settings;
pub mod state;
mod storage;
pub mod text;
pub mod view;

pub use components::app::App;

use crate::content::lang::Lang;
use settings::Settings;

/// The first of the browser's preferred languages that the app speaks.
fn browser_language() -> Option<Lang> {
    gloo::utils::window()
        .navigator()
        .languages()
        .iter()
        .filter_map(|code| code.as_string())
        .find_map(|code| Lang::from_code(&code))
}

/// Registers the offline worker where the browser offers one. Offline use is
/// an extra: a frame on a plain-http page has no workers at all, and a browser
/// may refuse one (in another site's frame, say); the app works on without.
fn register_offline_worker(navigator: &web_sys::Navigator) {
    let offered = js_sys::Reflect::has(navigator, &"serviceWorker".into()).unwrap_or(false);
    if !offered {
        return;
    }
    let refused = wasm_bindgen::closure::Closure::<dyn FnMut(wasm_bindgen::JsValue)>::new(|_| {});
    let _ = navigator
        .service_worker()
        .register("/sw.js")
        .catch(&refused);
    refused.forget();
}

/// Starts the app in the page: applies the URL options, reports the height to
/// an embedding page, registers the offline worker, and shows the app.
pub fn start() {
    let window = gloo::utils::window();
    let settings = Settings::from_query(&window.location().search().unwrap_or_default());
    if let Some(root) = gloo::utils::document().document_element() {
        if let Some(accent) = &settings.accent {
            if let Some(root) = wasm_bindgen::JsCast::dyn_ref::<web_sys::HtmlElement>(&root) {
                // A checked #rrggbb value; setting a custom property cannot fail.
                let _ = root.style().set_property("--st-host-accent", accent);
            }
        }
        if settings.compact {
            let _ = root.class_list().add_1("compact");
        }
    }
    // The language and region chosen earlier in this tab, else the page's.
    let place = storage::remembered_place();
    let region = place.map_or(settings.region, |place| place.region);
    let lang = place
        .map(|place| place.lang)
        .or(settings.lang)
        .or_else(browser_language)
        .unwrap_or_default();
    register_offline_worker(&window.navigator());
    // Show the app once its language is here (a local file, or the offline copy).
    language_pack::load(lang, move || {
        // The start screen rendered at build time is the app's own first
        // render in English with no region and nothing saved: the app then
        // takes it over as it is, so the page is painted once.
        let as_built = lang == Lang::En && region.is_none() && storage::holds_nothing();
        let props = components::app::AppProps {
            use_storage: true,
            lang,
            region,
            clinic: settings.clinic,
        };
        match gloo::utils::document().get_element_by_id("app") {
            Some(root) if as_built => {
                yew::Renderer::<App>::with_root_and_props(root, props).hydrate();
            }
            Some(root) => {
                root.set_inner_html("");
                yew::Renderer::<App>::with_root_and_props(root, props).render();
            }
            None => {
                yew::Renderer::<App>::with_props(props).render();
            }
        }
    });
}
