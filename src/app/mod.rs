//! The browser app: state, screens and their components, and the edges that
//! touch the browser (storage, URL options, the embedding host, offline use).

pub mod components;
pub mod digits;
mod hooks;
pub mod keeping;
mod language_pack;
mod offline_worker;
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
    offline_worker::register(&window);
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
        let saved = storage::load();
        let first_render_as_built =
            lang == Lang::En && region.is_none() && saved == state::Restored::default();
        let props = components::app::AppProps {
            saved: Some(saved),
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
