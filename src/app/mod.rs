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

/// The offline worker's address.
const WORKER: &str = "/sw.js";

/// The offline worker's address as the browser asks for it: where it enforces
/// Trusted Types (`require-trusted-types-for 'script'`), a `TrustedScriptURL`
/// from the app's one policy, `spasm-triage`, which makes nothing but this
/// address; elsewhere the string itself.
fn worker_url(window: &web_sys::Window) -> Option<wasm_bindgen::JsValue> {
    use js_sys::{Function, Object, Reflect};
    use wasm_bindgen::{closure::Closure, JsCast, JsValue};
    let trusted_types = Reflect::get(window, &"trustedTypes".into()).ok()?;
    if trusted_types.is_undefined() {
        return Some(WORKER.into());
    }
    let only_the_worker =
        Closure::<dyn Fn(String) -> Result<JsValue, JsValue>>::new(|url: String| {
            if url == WORKER {
                Ok(url.into())
            } else {
                Err(js_sys::TypeError::new("spasm-triage: not the offline worker's address").into())
            }
        });
    let rules = Object::new();
    Reflect::set(&rules, &"createScriptURL".into(), only_the_worker.as_ref()).ok()?;
    only_the_worker.forget();
    let create_policy: Function = Reflect::get(&trusted_types, &"createPolicy".into())
        .ok()?
        .dyn_into()
        .ok()?;
    let policy = create_policy
        .call2(&trusted_types, &"spasm-triage".into(), &rules)
        .ok()?;
    let create_url: Function = Reflect::get(&policy, &"createScriptURL".into())
        .ok()?
        .dyn_into()
        .ok()?;
    create_url.call1(&policy, &WORKER.into()).ok()
}

/// Registers the offline worker where the browser offers one. Offline use is
/// an extra: a frame on a plain-http page has no workers at all, and a browser
/// may refuse one (in another site's frame, say); the app works on without.
fn register_offline_worker(window: &web_sys::Window) {
    use wasm_bindgen::JsCast;
    let navigator = window.navigator();
    let offered = js_sys::Reflect::has(&navigator, &"serviceWorker".into()).unwrap_or(false);
    let Some(url) = offered.then(|| worker_url(window)).flatten() else {
        return;
    };
    let workers = navigator.service_worker();
    let Ok(register) = js_sys::Reflect::get(&workers, &"register".into())
        .and_then(|register| register.dyn_into::<js_sys::Function>())
    else {
        return;
    };
    let refused = wasm_bindgen::closure::Closure::<dyn FnMut(wasm_bindgen::JsValue)>::new(|_| {});
    if let Ok(registered) = register.call1(&workers, &url) {
        let _ = js_sys::Promise::from(registered).catch(&refused);
    }
    refused.forget();
}

/// Whether the start screen in `root` still has the elements it was built
/// with (listed in its `data-tags`): a page translator or an extension may
/// have added some, and the app must then build the screen anew rather than
/// take it over.
fn untouched(root: &web_sys::Element) -> bool {
    let elements = root.get_elements_by_tag_name("*");
    let tags: Vec<String> = (0..elements.length())
        .filter_map(|index| elements.item(index))
        .map(|element| element.tag_name().to_ascii_lowercase())
        .collect();
    root.get_attribute("data-tags")
        .is_some_and(|built| built == tags.join(" "))
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
    register_offline_worker(&window);
    // Show the app once its language is here (a local file, or the offline
    // copy), or in English if it cannot be.
    language_pack::load(lang, move |loaded| {
        let (lang, unavailable) = if loaded {
            (lang, None)
        } else {
            (Lang::En, Some(lang))
        };
        // The start screen rendered at build time is the app's own first
        // render in English with no region and nothing saved: the app then
        // takes it over as it is, so the page is painted once.
        let first_render_as_built =
            lang == Lang::En && region.is_none() && storage::holds_nothing();
        let props = components::app::AppProps {
            use_storage: true,
            lang,
            region,
            clinic: settings.clinic,
            unavailable,
        };
        match gloo::utils::document().get_element_by_id("app") {
            Some(root) if first_render_as_built && untouched(&root) => {
                yew::Renderer::<App>::with_root_and_props(root, props).hydrate();
            }
            Some(root) => {
                // Not innerHTML, which Trusted Types refuse a plain string.
                root.set_text_content(None);
                yew::Renderer::<App>::with_root_and_props(root, props).render();
            }
            None => {
                yew::Renderer::<App>::with_props(props).render();
            }
        }
    });
}
