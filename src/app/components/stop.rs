//! The screen shown the moment an answer stops the questionnaire: call for help
//! now (or get help today, for a baby), why, what to do, and a way back.

use yew::prelude::*;

use super::advice::{advice_section, reasons};
use super::clinic::clinic_contact;
use super::level_icon::level_icon;
use super::phone::{emergency_call, urgent_service};
use crate::app::state::Action;
use crate::app::view::View;
use crate::content::messages::{Msg, LEVEL_TIME_FRAMES};
use crate::engine::{AdviceKind, Level};

/// The early-stop screen: call for help now (or get help today), what to do,
/// why, and a way back when the answer was a mistake.
pub fn stop(view: &View) -> Html {
    let (state, heading) = (view.state, view.heading);
    let (lang, region, wording) = (state.lang, state.region, view.wording());
    let assessment = &state.evaluation.assessment;
    let emergency = assessment.level == Level::Emergency;
    let title = if emergency {
        Msg::StopEmergencyTitle
    } else {
        Msg::StopUrgentTitle
    };
    let on_undo = view.send(Action::UndoStop);
    html! {
        <section class={format!("screen stop level-{}", assessment.level.id())} aria-labelledby="stop-title">
            <div class="level-banner">
                { level_icon(assessment.level) }
                <h1 id="stop-title" tabindex="-1" ref={heading.clone()}>{ lang.msg(title) }</h1>
            </div>
            if emergency {
                { emergency_call(lang, region) }
            } else {
                <p class="time-frame">{ lang.msg(LEVEL_TIME_FRAMES[assessment.level as usize]) }</p>
                { urgent_service(lang, region) }
            }
            { advice_section(wording, AdviceKind::Now, &assessment.advice) }
            <section aria-labelledby="stop-why">
                <h2 id="stop-why">{ lang.msg(Msg::WhyStop) }</h2>
                { reasons(wording, assessment.fired.iter()) }
            </section>
            { clinic_contact(lang, view.clinic) }
            <p class="not-diagnosis">{ lang.msg(Msg::ResultNotDiagnosis) }</p>
            <div class="actions">
                <button type="button" class="button" onclick={on_undo} aria-describedby="mistake-hint">{ lang.msg(Msg::Mistake) }</button>
                <p id="mistake-hint" class="hint">{ lang.msg(Msg::MistakeHint) }</p>
            </div>
        </section>
    }
}
