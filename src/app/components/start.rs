//! The start screen: what the checker is, the notices, and the Start button.

use yew::prelude::*;

use super::phone::call_now;
use super::region_select::region_select;
use super::translation_pending::translation_pending;
use crate::app::state::Action;
use crate::app::view::View;
use crate::content::lang::Lang;
use crate::content::messages::Msg;

/// The first screen a person sees: what the checker is, when to call for help
/// instead (with the region's number to dial, once the region is known), the
/// region and Start, all within a phone's first screenful, then what the
/// checker is not and how it keeps answers; for a translation, the notice that
/// clinicians have not checked it comes right under Start (on every other
/// screen it comes first). A reader of a translation is asked
/// the region first, above the emergency notice: each of its languages is
/// spoken in many countries, with different numbers. Start works only when
/// `ready` (not in the copy rendered at build time).
pub fn start(view: &View, ready: bool) -> Html {
    let lang = view.state.lang;
    let region = view.state.region;
    let heading = view.heading;
    let on_click = view.send(Action::Start);
    let region_first = lang != Lang::En;
    let choose_region = region_select(lang, region, &view.send_with(Action::SetRegion));
    html! {
        <section class="screen start" aria-labelledby="start-title">
            <h1 id="start-title" tabindex="-1" ref={heading.clone()}>{ lang.msg(Msg::AppName) }</h1>
            <p class="intro">{ lang.msg(Msg::StartIntro) }</p>
            if region_first {
                { choose_region.clone() }
            }
            <aside class="notice notice-emergency" aria-labelledby="start-emergency-title">
                <h2 id="start-emergency-title">
                    <span class="notice-icon" aria-hidden="true">{ "!" }</span>
                    { lang.msg(Msg::StartEmergencyTitle) }
                </h2>
                <p>{ lang.msg(Msg::StartEmergency) }</p>
                if region.is_some() {
                    { call_now(lang, region) }
                }
            </aside>
            if !region_first {
                { choose_region }
            }
            <button type="button" class="button button-primary" disabled={!ready} onclick={on_click}>
                { lang.msg(Msg::StartButton) }
            </button>
            { translation_pending(lang) }
            <aside class="notice" aria-labelledby="start-diagnosis-title">
                <h2 id="start-diagnosis-title">{ lang.msg(Msg::StartNotDiagnosisTitle) }</h2>
                <p>{ lang.msg(Msg::StartNotDiagnosis) }</p>
                <p><a href="#how-it-works">{ lang.msg(Msg::HowLink) }</a></p>
            </aside>
            <aside class="notice" aria-labelledby="start-privacy-title">
                <h2 id="start-privacy-title">{ lang.msg(Msg::StartPrivacyTitle) }</h2>
                <p>{ lang.msg(Msg::StartPrivacy) }</p>
            </aside>
        </section>
    }
}
