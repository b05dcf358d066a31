//! Helpers for browser tests: mount into a fresh element and wait for renders.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// A fresh element attached to the page, for one test to mount into. The URL
/// fragment is cleared, as the app reads it when it starts.
pub fn fresh_root() -> Element {
    let window = gloo::utils::window();
    let path = window.location().pathname().expect("a path");
    window
        .history()
        .expect("a history")
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path))
        .expect("the URL can be reset");
    let root = gloo::utils::document()
        .create_element("div")
        .expect("a div can be created");
    gloo::utils::body()
        .append_child(&root)
        .expect("the body takes a child");
    root
}

/// Yields one turn of the event loop, so that scheduled renders and effects run.
pub async fn next_tick() {
    let turn = js_sys::Promise::new(&mut |resolve, _| {
        gloo::utils::window()
            .set_timeout_with_callback(&resolve)
            .expect("a task can be queued");
    });
    wasm_bindgen_futures::JsFuture::from(turn)
        .await
        .expect("a queued task resolves");
}

/// Waits until `selector` matches inside `root` (renders are asynchronous) and
/// returns the match as `T`; fails the test if it never appears.
pub async fn find<T: JsCast>(root: &Element, selector: &str) -> T {
    for _ in 0..100 {
        if let Some(found) = root
            .query_selector(selector)
            .expect("the selector is valid")
        {
            return found.dyn_into().expect("the match has the expected type");
        }
        next_tick().await;
    }
    panic!("nothing matched {selector} in {}", root.inner_html());
}

/// Finds the button whose text is `label`, once it can be pressed.
pub async fn button(root: &Element, label: &str) -> HtmlElement {
    for _ in 0..100 {
        let buttons = root
            .query_selector_all("button")
            .expect("the selector is valid");
        for index in 0..buttons.length() {
            if let Some(node) = buttons.item(index) {
                let enabled = node
                    .dyn_ref::<Element>()
                    .is_some_and(|button| !button.has_attribute("disabled"));
                if enabled && node.text_content().is_some_and(|text| text.trim() == label) {
                    return node.dyn_into().expect("a button is an HTML element");
                }
            }
        }
        next_tick().await;
    }
    panic!("no button {label:?} in {}", root.inner_html());
}

/// Records which elements inside a root take focus. Tests run side by side in
/// one page, so focus may move on to another test's app; the record keeps what
/// happened inside this one.
pub struct FocusLog {
    ids: Rc<RefCell<Vec<String>>>,
    _listener: EventListener,
}

/// Starts recording focus inside `root`.
pub fn focus_log(root: &Element) -> FocusLog {
    let ids = Rc::new(RefCell::new(Vec::new()));
    let record = ids.clone();
    let listener = EventListener::new(root, "focusin", move |event| {
        if let Some(target) = event
            .target()
            .and_then(|target| target.dyn_into::<Element>().ok())
        {
            record.borrow_mut().push(target.id());
        }
    });
    FocusLog {
        ids,
        _listener: listener,
    }
}

impl FocusLog {
    /// Waits until the element with `id` has taken focus; fails the test if it never does.
    pub async fn saw(&self, id: &str) {
        for _ in 0..100 {
            if self.ids.borrow().iter().any(|seen| seen == id) {
                return;
            }
            next_tick().await;
        }
        panic!(
            "#{id} never took focus; focus went to {:?}",
            self.ids.borrow()
        );
    }
}

/// Mounts the app into a fresh root, presses Start, and waits for the first
/// step; returns the root and its focus record.
pub async fn app_on_first_step() -> (Element, FocusLog) {
    let root = fresh_root();
    let focus = focus_log(&root);
    yew::Renderer::<spasm_triage::app::App>::with_root(root.clone()).render();
    let start = spasm_triage::content::lang::Lang::En
        .msg(spasm_triage::content::messages::Msg::StartButton);
    button(&root, start).await.click();
    find::<Element>(&root, "#step-title").await;
    (root, focus)
}
