//! When the app runs inside a clinic's iframe, it tells the host page its height
//! so the frame can fit it. That number is the only message it ever sends.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use wasm_bindgen::JsValue;
use web_sys::{ResizeObserver, Window};
use yew::prelude::*;

/// The message, as `embed-host.js` expects it.
fn height_message(height: i32) -> JsValue {
    JsValue::from_str(&format!("spasm-triage:height:{height}"))
}

/// Reports the page's height to the parent page, if there is one, from the
/// first render on and whenever it changes.
#[hook]
pub fn use_embed_height() {
    use_effect_with((), |_| report_height());
}

/// Starts reporting the page's height to the parent page, if there is one.
fn report_height() {
    let window = gloo::utils::window();
    let Some(parent) = window.parent().ok().flatten() else {
        return;
    };
    if JsValue::from(parent.clone()) == JsValue::from(window.clone()) {
        return;
    }
    let send = move |parent: &Window| {
        let height = gloo::utils::document()
            .document_element()
            .map_or(0, |root| root.scroll_height());
        // The parent may have gone; there is nothing to do then.
        let _ = parent.post_message(&height_message(height), "*");
    };
    send(&parent);
    let on_resize = Closure::<dyn FnMut()>::new(move || send(&parent));
    if let Ok(observer) = ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
        observer.observe(&gloo::utils::body());
        // The observer lives as long as the page.
        on_resize.forget();
    }
}
