//! The root component: holds the state, shows one screen at a time, and keeps
//! the URL fragment in step with the screen so the browser's Back and Forward
//! move between steps. Answers never go into the URL.

use gloo::events::EventListener;
use wasm_bindgen::JsValue;
use yew::prelude::*;

use super::footer::footer;
use super::language_switch::language_switch;
use super::privacy::privacy;
use super::progress::progress;
use super::result::result;
use super::review::review;
use super::start::start;
use super::step::Step;
use super::stop::stop;
use super::summary::Summary;
use crate::app::focus::focus_heading;
use crate::app::language_pack;
use crate::app::settings::with_param;
use crate::app::state::{Action, Screen, State};
use crate::app::storage;
use crate::content::lang::Lang;
use crate::content::messages::Msg;
use crate::content::questionnaire::CONTENT;
use crate::content::regions::Region;
use crate::engine::{self, Facts};

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
    /// The language to start in.
    #[prop_or_default]
    pub lang: Lang,
    /// The region to start with, if known.
    #[prop_or_default]
    pub region: Option<&'static Region>,
    /// Whether this is the start screen rendered at build time, shown until the
    /// app has loaded: its Start button is disabled until then.
    #[prop_or_default]
    pub prerendered: bool,
}

/// Puts the language and region in the page: `lang`, `dir` and the title on the
/// document, and `lang`/`region` in the URL query so a reload keeps them.
fn show_language_and_region(lang: Lang, region: Option<&'static Region>) {
    let document = gloo::utils::document();
    if let Some(root) = document.document_element() {
        // Setting a plain attribute cannot fail.
        let _ = root.set_attribute("lang", lang.code());
        let _ = root.set_attribute("dir", lang.dir());
    }
    document.set_title(lang.msg(Msg::AppName));
    let location = gloo::utils::window().location();
    let search = location.search().unwrap_or_default();
    let search = with_param(&search, "lang", Some(lang.code()));
    let search = with_param(&search, "region", region.map(|region| region.id));
    let url = format!(
        "{}{search}{}",
        location.pathname().unwrap_or_default(),
        location.hash().unwrap_or_default()
    );
    if let Ok(history) = gloo::utils::window().history() {
        // Only fails for a URL of another origin, which this is not.
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
}

/// The whole app.
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let use_storage = props.use_storage;
    let (start_lang, start_region) = (props.lang, props.region);
    let state = use_reducer(|| {
        let state = if use_storage {
            let loaded = storage::load();
            State::restored(loaded.answers, loaded.keep, loaded.discarded)
        } else {
            State::default()
        };
        State {
            lang: start_lang,
            region: start_region,
            ..state
        }
    });
    let lang = state.lang;
    let heading = use_node_ref();
    // A new screen's heading takes focus, except on the screen the page opens
    // with, where reading starts at the top of the page as usual. This effect
    // comes first, so that no other work delays it.
    {
        let heading = heading.clone();
        let opening = use_mut_ref(|| true);
        use_effect_with(state.screen, move |_| {
            if !opening.replace(false) {
                focus_heading(&heading);
            }
        });
    }
    use_effect_with((state.lang, state.region), |&(lang, region)| {
        show_language_and_region(lang, region)
    });

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
    use_effect_with(
        (state.screen, state.from_history),
        move |&(screen, from_history)| show_in_url(screen, from_history),
    );

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
    let on_region = {
        let dispatcher = state.dispatcher();
        Callback::from(move |region| dispatcher.dispatch(Action::SetRegion(region)))
    };
    let on_lang = {
        let dispatcher = state.dispatcher();
        Callback::from(move |lang| {
            let dispatcher = dispatcher.clone();
            language_pack::load(lang, move || dispatcher.dispatch(Action::SetLang(lang)));
        })
    };
    let screen = match state.screen {
        Screen::Start => start(
            lang,
            &heading,
            !props.prerendered,
            state.region,
            &send(Action::Start),
            &on_region,
        ),
        Screen::Step(step) => {
            let facts = Facts::new(&CONTENT, &state.answers);
            let at = engine::progress(&facts, step);
            html! {
                <>
                    { progress(lang, at.number, at.about_total) }
                    <Step
                        key={step}
                        lang={lang}
                        heading={heading.clone()}
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
        Screen::Review => review(
            lang,
            &heading,
            &state.answers,
            &on_change,
            &send(Action::ShowResult),
        ),
        Screen::Result => result(
            lang,
            &heading,
            &state.answers,
            state.region,
            &send(Action::ShowSummary(true)),
            &send(Action::Restart),
        ),
        Screen::Stopped(_) => stop(
            lang,
            &heading,
            &state.answers,
            state.region,
            &send(Action::UndoStop),
        ),
        Screen::Privacy => privacy(lang, &heading),
        Screen::Summary => html! {
            <Summary lang={lang} heading={heading.clone()} answers={state.answers.clone()} on_back={send(Action::ShowSummary(false))} />
        },
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
            { language_switch(lang, &on_lang) }
            <main id="main">
                if !lang.reviewed() {
                    <p class="notice translation-pending">{ lang.msg(Msg::TranslationPending) }</p>
                }
                { screen }
            </main>
            { footer(lang, state.keep, state.notice, &on_keep, &send(Action::Clear)) }
        </>
    }
}
