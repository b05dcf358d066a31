//! The root component: holds the state, shows one screen at a time, and keeps
//! the URL fragment in step with the screen so the browser's Back and Forward
//! move between steps. Answers never go into the URL.

use gloo::events::EventListener;
use wasm_bindgen::JsValue;
use yew::prelude::*;

use crate::app::i18n::use_lang;

use super::footer::Footer;
use super::privacy::Privacy;
use super::progress::Progress;
use super::result::Result;
use super::review::Review;
use super::start::Start;
use super::step::Step;
use super::stop::Stop;
use crate::app::state::{Action, Screen, State};
use crate::app::storage;
use crate::content::messages::Msg;
use crate::content::questionnaire::CONTENT;
use crate::engine::{progress, Facts};

/// The screen the URL fragment names (the start screen for anything unknown).
fn screen_in_url() -> Screen {
    let hash = gloo::utils::window().location().hash().unwrap_or_default();
    Screen::from_hash(&hash).unwrap_or(Screen::Start)
}

/// Puts `screen` in the URL: a new history entry, or in place of the current one.
fn show_in_url(screen: Screen, replace: bool) {
    let window = gloo::utils::window();
    let location = window.location();
    if location.hash().unwrap_or_default() == screen.hash() {
        return;
    }
    let url = format!(
        "{}{}{}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default(),
        screen.hash()
    );
    if let Ok(history) = window.history() {
        // Only fails for a URL of another origin, which this is not.
        let _ = if replace {
            history.replace_state_with_url(&JsValue::NULL, "", Some(&url))
        } else {
            history.push_state_with_url(&JsValue::NULL, "", Some(&url))
        };
    }
}

/// Props of [`App`].
#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// Whether to load and save answers in the browser's storage (off when a
    /// test or the server-side renderer mounts the app).
    #[prop_or_default]
    pub use_storage: bool,
}

/// The whole app.
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let lang = use_lang();
    let use_storage = props.use_storage;
    let state = use_reducer(|| {
        if !use_storage {
            return State::default();
        }
        let loaded = storage::load();
        State::restored(loaded.answers, loaded.keep, loaded.discarded)
    });
    let first_screen = use_mut_ref(|| true);

    // Keep the answers on the device as the person chose (this tab, or 7 days).
    use_effect_with(
        (state.answers.clone(), state.keep),
        move |(answers, keep)| {
            if use_storage {
                storage::save(answers, *keep);
            }
        },
    );

    // Follow the browser's Back and Forward, and a fragment present on load.
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            if screen_in_url() != Screen::Start {
                dispatcher.dispatch(Action::Navigate(screen_in_url()));
            }
            let listener = EventListener::new(&gloo::utils::window(), "popstate", move |_| {
                dispatcher.dispatch(Action::Navigate(screen_in_url()));
            });
            move || drop(listener)
        });
    }
    // Keep the URL in step with the screen.
    {
        let first_screen = first_screen.clone();
        use_effect_with(
            (state.screen, state.from_history),
            move |&(screen, from_history)| {
                show_in_url(screen, from_history);
                *first_screen.borrow_mut() = screen == Screen::Start && *first_screen.borrow();
            },
        );
    }

    let send = |action: Action| {
        let dispatcher = state.dispatcher();
        Callback::from(move |_| dispatcher.dispatch(action.clone()))
    };
    let on_answer = {
        let dispatcher = state.dispatcher();
        Callback::from(move |(question, answer)| {
            dispatcher.dispatch(Action::Answer(question, answer))
        })
    };
    let on_change = {
        let dispatcher = state.dispatcher();
        Callback::from(move |step| dispatcher.dispatch(Action::Change(step)))
    };
    let screen = match state.screen {
        Screen::Start => html! {
            <Start on_start={send(Action::Start)} focus_heading={!*first_screen.borrow()} />
        },
        Screen::Step(step) => {
            let facts = Facts::new(&CONTENT, &state.answers);
            let at = progress(&facts, step);
            html! {
                <>
                    <Progress number={at.number} total={at.about_total} />
                    <Step
                        key={step}
                        step={step}
                        answers={state.answers.clone()}
                        flagged={state.flagged.clone()}
                        on_answer={on_answer}
                        on_next={send(Action::Next)}
                        on_back={send(Action::Back)}
                    />
                </>
            }
        }
        Screen::Review => html! {
            <Review answers={state.answers.clone()} on_change={on_change} on_result={send(Action::ShowResult)} />
        },
        Screen::Result => html! {
            <Result answers={state.answers.clone()} on_restart={send(Action::Restart)} />
        },
        Screen::Stopped(_) => html! {
            <Stop answers={state.answers.clone()} on_undo={send(Action::UndoStop)} />
        },
        Screen::Privacy => html! { <Privacy /> },
    };
    let on_keep = {
        let dispatcher = state.dispatcher();
        Callback::from(move |keep| dispatcher.dispatch(Action::SetKeep(keep)))
    };
    html! {
        <>
            <header class="app-header">
                <a href="#" class="app-name">{ lang.msg(Msg::AppName) }</a>
            </header>
            <main id="main">{ screen }</main>
            <Footer keep={state.keep} notice={state.notice} on_keep={on_keep} on_clear={send(Action::Clear)} />
        </>
    }
}
