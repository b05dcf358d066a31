//! In a real browser: the start screen appears and Start moves on.
#![cfg(target_arch = "wasm32")]

mod browser;

use spasm_triage::app::App;
use spasm_triage::content::lang::Lang;
use spasm_triage::content::messages::Msg;
use spasm_triage::content::questionnaire::CONTENT;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn mounting_the_app_shows_the_start_button() {
    let root = browser::fresh_root();
    yew::Renderer::<App>::with_root(root.clone()).render();
    let start = browser::button(&root, Lang::En.msg(Msg::StartButton)).await;
    assert_eq!(start.get_attribute("type").as_deref(), Some("button"));
}

#[wasm_bindgen_test]
async fn pressing_start_moves_to_the_first_step_and_focuses_its_heading() {
    let (root, focus) = browser::app_on_first_step().await;
    let heading: web_sys::Element = browser::find(&root, "#step-title").await;
    assert_eq!(
        heading.text_content().as_deref(),
        Some(Lang::En.t(CONTENT.steps[0].title.you))
    );
    focus.saw("step-title").await;
    assert!(
        root.query_selector("#start-title").unwrap().is_none(),
        "the start screen is gone"
    );
}

#[wasm_bindgen_test]
async fn going_back_returns_to_the_start_screen_with_focus_on_its_heading() {
    let (root, focus) = browser::app_on_first_step().await;
    browser::button(&root, Lang::En.msg(Msg::Back))
        .await
        .click();
    browser::find::<web_sys::Element>(&root, "#start-title").await;
    focus.saw("start-title").await;
}
