//! The start screen: what the checker is, the notices, and the Start button.

use yew::prelude::*;

use super::region_select::region_select;
use crate::app::focus::use_focus_on_mount;
use crate::content::lang::Lang;
use crate::content::messages::Msg;
use crate::content::regions::Region;

/// Props of [`Start`].
#[derive(Properties, PartialEq)]
pub struct StartProps {
    /// The language to speak.
    pub lang: Lang,
    /// Called when the person presses Start.
    pub on_start: Callback<()>,
    /// Whether Start works yet (not in the copy rendered at build time).
    #[prop_or(true)]
    pub ready: bool,
    /// Whether the heading takes focus (when coming back, not on first load).
    #[prop_or_default]
    pub focus_heading: bool,
    /// Where the person is, if chosen.
    #[prop_or_default]
    pub region: Option<&'static Region>,
    /// Called when the person chooses where they are.
    #[prop_or_default]
    pub on_region: Callback<Option<&'static Region>>,
}

/// The first screen a person sees.
#[function_component(Start)]
pub fn start(props: &StartProps) -> Html {
    let lang = props.lang;
    let heading = use_focus_on_mount(props.focus_heading);
    let on_click = props.on_start.reform(|_: MouseEvent| ());
    html! {
        <section class="screen start" aria-labelledby="start-title">
            <h1 id="start-title" tabindex="-1" ref={heading}>{ lang.msg(Msg::AppName) }</h1>
            <p class="intro">{ lang.msg(Msg::StartIntro) }</p>
            <aside class="notice notice-emergency" aria-labelledby="start-emergency-title">
                <h2 id="start-emergency-title">
                    <span class="notice-icon" aria-hidden="true">{ "!" }</span>
                    { lang.msg(Msg::StartEmergencyTitle) }
                </h2>
                <p>{ lang.msg(Msg::StartEmergency) }</p>
            </aside>
            <aside class="notice" aria-labelledby="start-diagnosis-title">
                <h2 id="start-diagnosis-title">{ lang.msg(Msg::StartNotDiagnosisTitle) }</h2>
                <p>{ lang.msg(Msg::StartNotDiagnosis) }</p>
            </aside>
            <aside class="notice" aria-labelledby="start-privacy-title">
                <h2 id="start-privacy-title">{ lang.msg(Msg::StartPrivacyTitle) }</h2>
                <p>{ lang.msg(Msg::StartPrivacy) }</p>
            </aside>
            { region_select(lang, props.region, &props.on_region) }
            <button type="button" class="button button-primary" disabled={!props.ready} onclick={on_click}>
                { lang.msg(Msg::StartButton) }
            </button>
        </section>
    }
}
