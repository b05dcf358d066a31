//! The root component: the state and its edges (hooks), and the page's frame
//! around the current screen.

use yew::prelude::*;

use super::footer::footer;
use super::language_switch::language_switch;
use super::screen::screen;
use super::translation_pending::translation_pending;
use crate::app::hooks::{
    use_embed_height, use_focus_heading, use_running, use_saved_state, use_url_sync,
};
use crate::app::language_pack;
use crate::app::settings::Clinic;
use crate::app::state::{Action, Restored, Screen};
use crate::app::view::View;
use crate::content::lang::Lang;
use crate::content::messages::Msg;
use crate::content::regions::Region;

/// Props of [`App`].
#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// What was found in the browser's storage, when the app loads and saves
    /// answers there; `None` (when a test or the build-time renderer mounts
    /// the app) leaves the device alone.
    #[prop_or_default]
    pub saved: Option<Restored>,
    /// The language to start in.
    #[prop_or_default]
    pub lang: Lang,
    /// The region to start with, if known.
    #[prop_or_default]
    pub region: Option<&'static Region>,
    /// The embedding clinic's details, if a host page gave them.
    #[prop_or_default]
    pub clinic: Clinic,
    /// A language asked for whose texts could not be loaded: the app then
    /// starts in English, and says so.
    #[prop_or_default]
    pub unavailable: Option<Lang>,
}

/// The whole app. Its first render is the start screen rendered at build time
/// (Start disabled), so that it can take over that copy without rebuilding it;
/// Start works from the next render on, once the app is running.
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let state = use_saved_state(&props.saved, props.lang, props.region);
    let running = use_running();
    // First of the effects, so that no other work delays the focus.
    let heading = use_focus_heading(state.screen);
    use_url_sync(&state);
    use_embed_height();
    let dispatcher = state.dispatcher();
    let view = View {
        state: &state,
        heading: &heading,
        dispatcher: &dispatcher,
        clinic: &props.clinic,
    };
    // A language shows once its texts are here; if they cannot be loaded, the
    // app stays in its language and says so.
    let on_lang = {
        let dispatcher = dispatcher.clone();
        Callback::from(move |lang| {
            let dispatcher = dispatcher.clone();
            language_pack::load(lang, move |loaded| {
                dispatcher.dispatch(if loaded {
                    Action::SetLang(lang)
                } else {
                    Action::LangUnavailable(lang)
                })
            });
        })
    };
    {
        let dispatcher = dispatcher.clone();
        use_effect_with(props.unavailable, move |unavailable| {
            if let Some(lang) = *unavailable {
                dispatcher.dispatch(Action::LangUnavailable(lang));
            }
        });
    }
    let lang = state.lang;
    html! {
        <>
            <header class="app-header">
                <a href="#" class="app-name">{ lang.msg(Msg::AppName) }</a>
            </header>
            { language_switch(lang, &on_lang) }
            <main id="main">
                // The start screen shows it under Start, to keep Start in a phone's first screenful.
                if state.screen != Screen::Start {
                    { translation_pending(lang) }
                }
                { screen(&view, running) }
            </main>
            { footer(&view) }
        </>
    }
}
