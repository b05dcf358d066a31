//! The start screen: what the checker is, the notices, and the Start button.

use yew::prelude::*;

use super::region_select::region_select;
use crate::content::lang::Lang;
use crate::content::messages::Msg;
use crate::content::regions::Region;

/// The first screen a person sees; `heading` goes on its heading. Start
/// works only when `ready` (not in the copy rendered at build time), and
/// calls `on_start`. `region` is where the person is, if chosen;
/// `on_region` is called when they choose.
pub fn start(
    lang: Lang,
    heading: &NodeRef,
    ready: bool,
    region: Option<&'static Region>,
    on_start: &Callback<()>,
    on_region: &Callback<Option<&'static Region>>,
) -> Html {
    let on_click = on_start.reform(|_: MouseEvent| ());
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
            <aside class="notice" aria-labelledby="start-diagnosis-title">
                <h2 id="start-diagnosis-title">{ lang.msg(Msg::StartNotDiagnosisTitle) }</h2>
                <p>{ lang.msg(Msg::StartNotDiagnosis) }</p>
            </aside>
            <aside class="notice" aria-labelledby="start-privacy-title">
                <h2 id="start-privacy-title">{ lang.msg(Msg::StartPrivacyTitle) }</h2>
                <p>{ lang.msg(Msg::StartPrivacy) }</p>
            </aside>
            { region_select(lang, region, on_region) }
            <button type="button" class="button button-primary" disabled={!ready} onclick={on_click}>
                { lang.msg(Msg::StartButton) }
            </button>
        </section>
    }
}
