//! The browser app: state, screens and their components, and the edges that
//! touch the browser (storage, URL options, the embedding host, offline use).

pub mod components;
mod embed;
mod focus;
mod i18n;
pub mod settings;
pub mod state;
mod storage;
mod text;

pub use components::app::App;

use settings::Settings;

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
    embed::report_height();
    // Offline use is an extra: the app works without it where workers are off.
    let _ = window.navigator().service_worker().register("/sw.js");
    yew::Renderer::<App>::with_props(components::app::AppProps { use_storage: true }).render();
}
