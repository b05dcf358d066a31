//! The start screen: what the checker is, the notices, and the Start button.

use yew::prelude::*;

use crate::app::focus::use_focus_on_mount;
use crate::content::messages::Msg;

/// Props of [`Start`].
#[derive(Properties, PartialEq)]
pub struct StartProps {
    /// Called when the person presses Start.
    pub on_start: Callback<()>,
    /// Whether the heading takes focus (when coming back, not on first load).
    #[prop_or_default]
    pub focus_heading: bool,
}

/// The first screen a person sees.
#[function_component(Start)]
pub fn start(props: &StartProps) -> Html {
    let heading = use_focus_on_mount(props.focus_heading);
    let on_click = props.on_start.reform(|_: MouseEvent| ());
    html! {
        <section class="screen start" aria-labelledby="start-title">
            <h1 id="start-title" tabindex="-1" ref={heading}>{ Msg::AppName.en() }</h1>
            <p class="intro">{ Msg::StartIntro.en() }</p>
            <aside class="notice notice-emergency" aria-labelledby="start-emergency-title">
                <h2 id="start-emergency-title">
                    <span class="notice-icon" aria-hidden="true">{ "!" }</span>
                    { Msg::StartEmergencyTitle.en() }
                </h2>
                <p>{ Msg::StartEmergency.en() }</p>
            </aside>
            <aside class="notice" aria-labelledby="start-diagnosis-title">
                <h2 id="start-diagnosis-title">{ Msg::StartNotDiagnosisTitle.en() }</h2>
                <p>{ Msg::StartNotDiagnosis.en() }</p>
            </aside>
            <aside class="notice" aria-labelledby="start-privacy-title">
                <h2 id="start-privacy-title">{ Msg::StartPrivacyTitle.en() }</h2>
                <p>{ Msg::StartPrivacy.en() }</p>
            </aside>
            <button type="button" class="button button-primary" onclick={on_click}>
                { Msg::StartButton.en() }
            </button>
        </section>
    }
}
