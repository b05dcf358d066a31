//! The URL and the document follow the state: the fragment names the screen
//! (never an answer), so the browser's Back and Forward move between screens;
//! the document's language, direction and title follow the language. The
//! query is left as the page was opened: the language and region chosen are
//! remembered on the device (see `storage`), never written in the URL, which a
//! reload would send to the server.

use gloo::events::EventListener;
use wasm_bindgen::JsValue;
use yew::prelude::*;

use crate::app::state::{Action, Screen, State};
use crate::content::lang::Lang;
use crate::content::messages::Msg;

/// The screen the URL fragment names (the start screen for anything unknown).
fn screen_in_url() -> Screen {
    let hash = gloo::utils::window().location().hash().unwrap_or_default();
    Screen::from_hash(&hash).unwrap_or(Screen::Start)
}

/// Puts `search` and `hash` in the URL, as a new history entry or in place of
/// the current one, if the URL is not that already.
fn set_url(search: &str, hash: &str, new_entry: bool) {
    let window = gloo::utils::window();
    let location = window.location();
    if location.search().unwrap_or_default() == search
        && location.hash().unwrap_or_default() == hash
    {
        return;
    }
    let url = format!("{}{search}{hash}", location.pathname().unwrap_or_default());
    if let Ok(history) = window.history() {
        // Only fails for a URL of another origin, which this is not.
        let _ = if new_entry {
            history.push_state_with_url(&JsValue::NULL, "", Some(&url))
        } else {
            history.replace_state_with_url(&JsValue::NULL, "", Some(&url))
        };
    }
}

/// Puts `screen` in the fragment: a new history entry, unless the move came
/// from the history itself.
fn show_screen(screen: Screen, from_history: bool) {
    let search = gloo::utils::window()
        .location()
        .search()
        .unwrap_or_default();
    set_url(&search, &screen.hash(), !from_history);
}

/// Puts the language on the document.
fn show_language(lang: Lang) {
    let document = gloo::utils::document();
    if let Some(root) = document.document_element() {
        // Setting a plain attribute cannot fail.
        let _ = root.set_attribute("lang", lang.code());
        let _ = root.set_attribute("dir", lang.dir());
    }
    document.set_title(lang.msg(Msg::AppName));
}

/// Keeps the URL and the document in step with `state`, and follows the
/// browser's Back and Forward (and a fragment present when the page opens).
#[hook]
pub fn use_url_sync(state: &UseReducerHandle<State>) {
    let dispatcher = state.dispatcher();
    use_effect_with((), move |_| {
        if screen_in_url() != Screen::Start {
            dispatcher.dispatch(Action::Open(screen_in_url()));
        }
        let listener = EventListener::new(&gloo::utils::window(), "popstate", move |_| {
            dispatcher.dispatch(Action::Navigate(screen_in_url()));
        });
        move || drop(listener)
    });
    use_effect_with(
        (state.screen, state.from_history),
        |&(screen, from_history)| show_screen(screen, from_history),
    );
    use_effect_with(state.lang, |&lang| show_language(lang));
}
