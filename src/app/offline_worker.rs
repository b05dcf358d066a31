//! The offline worker's registration, under Trusted Types where the page
//! enforces them.

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
pub(super) fn register(window: &web_sys::Window) {
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
