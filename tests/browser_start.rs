//! In a real browser: the start screen appears and Start moves on.
#![cfg(target_arch = "wasm32")]

mod browser;

use spasm_triage::app::App;
use spasm_triage::content::messages::Msg;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn mounting_the_app_shows_the_start_button() {
    let root = browser::fresh_root();
    yew::Renderer::<App>::with_root(root.clone()).render();
    let start = browser::button(&root, Msg::StartButton.en()).await;
    assert_eq!(start.get_attribute("type").as_deref(), Some("button"));
}

#[wasm_bindgen_test]
async fn pressing_start_moves_to_the_questions_and_focuses_their_heading() {
    let root = browser::fresh_root();
    yew::Renderer::<App>::with_root(root.clone()).render();
    browser::button(&root, Msg::StartButton.en()).await.click();
    let heading = browser::find(&root, "#questions-title").await;
    assert_eq!(
        heading.text_content().as_deref(),
        Some(Msg::QuestionsTitle.en())
    );
    let focused = gloo::utils::document()
        .active_element()
        .expect("something has focus");
    assert_eq!(focused.id(), "questions-title");
    assert!(
        root.query_selector("#start-title").unwrap().is_none(),
        "the start screen is gone"
    );
}

#[wasm_bindgen_test]
async fn going_back_returns_to_the_start_screen_with_focus_on_its_heading() {
    let root = browser::fresh_root();
    yew::Renderer::<App>::with_root(root.clone()).render();
    browser::button(&root, Msg::StartButton.en()).await.click();
    browser::button(&root, Msg::BackToStart.en()).await.click();
    browser::find(&root, "#start-title").await;
    let focused = gloo::utils::document()
        .active_element()
        .expect("something has focus");
    assert_eq!(focused.id(), "start-title");
}
