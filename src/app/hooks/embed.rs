//! When the app runs inside a clinic's iframe, it tells the host page its height
//! so the frame can fit it. That number is the only message it ever sends, and
//! it is coarse: what the app shows depends on the answers, so an exact height
//! would tell the host page more (the result screens still differ by several
//! steps; README, Embedding).

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use wasm_bindgen::JsValue;
use web_sys::{ResizeObserver, Window};
use yew::prelude::*;

/// The step, in CSS pixels, that the reported height is rounded up to, so small
/// differences in the content do not show in it.
const HEIGHT_STEP: i32 = 160;

/// `height` rounded up to a whole number of [`HEIGHT_STEP`]s, at least one step.
fn coarse_height(height: f64) -> i32 {
    // The page's height is a few thousand pixels at most, far within i32.
    let steps = (height / f64::from(HEIGHT_STEP)).ceil().max(1.0) as i32;
    steps * HEIGHT_STEP
}

/// The message, as `embed-host.js` expects it.
fn height_message(height: i32) -> JsValue {
    JsValue::from_str(&format!("spasm-triage:height:{height}"))
}

/// The height of the page's own content, coarsened. Unlike `scrollHeight`, the
/// root element's box is never stretched to the frame, so it shrinks with the
/// content when the frame is taller.
fn content_height() -> i32 {
    let height = gloo::utils::document()
        .document_element()
        .map_or(0.0, |root| root.get_bounding_client_rect().height());
    coarse_height(height)
}

/// Reports the page's height to the parent page, if there is one, from the
/// first render on and whenever it changes.
#[hook]
pub fn use_embed_height() {
    use_effect_with((), |_| report_height());
}

/// Starts reporting the page's height to the parent page, if there is one:
/// now, and each time the rounded height changes.
fn report_height() {
    let window = gloo::utils::window();
    let Some(parent) = window.parent().ok().flatten() else {
        return;
    };
    if JsValue::from(parent.clone()) == JsValue::from(window.clone()) {
        return;
    }
    let mut sent = None;
    let mut send = move |parent: &Window| {
        let height = content_height();
        if sent != Some(height) {
            sent = Some(height);
            // The parent may have gone; there is nothing to do then.
            let _ = parent.post_message(&height_message(height), "*");
        }
    };
    send(&parent);
    let on_resize = Closure::<dyn FnMut()>::new(move || send(&parent));
    if let Some(root) = gloo::utils::document().document_element() {
        if let Ok(observer) = ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
            observer.observe(&root);
            // The observer lives as long as the page.
            on_resize.forget();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::coarse_height;

    #[test]
    fn heights_round_up_to_whole_steps() {
        assert_eq!(coarse_height(0.0), 160);
        assert_eq!(coarse_height(160.0), 160);
        assert_eq!(coarse_height(160.5), 320);
        assert_eq!(coarse_height(1134.6), 1280);
    }
}
