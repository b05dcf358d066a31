//! The start screen: what the checker is, the notices, and the Start button.

use yew::prelude::*;

use super::region_select::region_select;
use crate::app::state::Action;
use crate::app::view::View;
use crate::content::messages::Msg;

/// The first screen a person sees: what the checker is, when to call for help
/// instead, the region (for phone numbers) and Start, all within a phone's
/// first screenful, then what the checker is not and how it keeps answers.
/// Start works only when `ready` (not in the copy rendered at build time).
pub fn start(view: &View, ready: bool) -> Html {
    let lang = view.state.lang;
    let heading = view.heading;
    let on_click = view.send(Action::Start);
    html! {
        <section class="screen start" aria-labelledby="start-title">
            <h1 id="start-title" tabindex="-1" ref={heading.clone()}>{ lang.msg(Msg::AppName) }</h1>
            <p class="intro">{ lang.msg(Msg::StartIntro) }</p>
            <aside class="notice notice-emergency" aria-labelledby="start-emergency-title">
                <h2 id="start-emergency-title">
                    <span class="notice-icon" aria-hidden="true">{ "!" }</span>
                    { lang.msg(Msg::StartEmergencyTitle) }
                </h2>
                <p>{ lang.msg(Msg::StartEmergency) }</p>
            </aside>
            { region_select(lang, view.state.region, &view.send_with(Action::SetRegion)) }
            <button type="button" class="button button-primary" disabled={!ready} onclick={on_click}>
                { lang.msg(Msg::StartButton) }
            </button>
            <aside class="notice" aria-labelledby="start-diagnosis-title">
                <h2 id="start-diagnosis-title">{ lang.msg(Msg::StartNotDiagnosisTitle) }</h2>
                <p>{ lang.msg(Msg::StartNotDiagnosis) }</p>
            </aside>
            <aside class="notice" aria-labelledby="start-privacy-title">
                <h2 id="start-privacy-title">{ lang.msg(Msg::StartPrivacyTitle) }</h2>
                <p>{ lang.msg(Msg::StartPrivacy) }</p>
            </aside>
        </section>
    }
}
