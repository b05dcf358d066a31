//! The result: the care level in words and with an icon, when to act, what the
//! person told us that decided it, why (with sources), and the advice, ending
//! with when to get help sooner.

use yew::prelude::*;

use super::advice::{advice_section, reasons};
use super::calf_stretch::calf_stretch;
use super::level_icon::level_icon;
use super::phone::urgent_service;
use super::told_us::told_us;
use crate::app::state::Action;
use crate::app::view::View;
use crate::content::messages::{Msg, LEVEL_TIME_FRAMES, LEVEL_WORDS};
use crate::engine::{AdviceKind, Level};

/// The result screen: the level, when to act, the answers behind it, why, the
/// advice, and the ways to the summary for a doctor or nurse and to starting
/// again.
pub fn result(view: &View) -> Html {
    let (state, heading) = (view.state, view.heading);
    let (lang, region, wording) = (state.lang, state.region, view.wording());
    let assessment = &state.evaluation.assessment;
    let level = assessment.level;
    let stretch = if assessment
        .advice
        .iter()
        .any(|advice| advice.id == "calf_stretch_now")
    {
        calf_stretch(lang)
    } else {
        Html::default()
    };
    let on_restart = view.send(Action::Restart);
    let on_summary = view.send(Action::OpenSummary);
    html! {
        <section class={format!("screen result level-{}", level.id())} aria-labelledby="result-title">
            <p class="eyebrow">{ lang.msg(Msg::ResultTitle) }</p>
            <div class="level-banner">
                { level_icon(level) }
                <h1 id="result-title" tabindex="-1" ref={heading.clone()}>{ lang.msg(LEVEL_WORDS[level as usize]) }</h1>
            </div>
            <p class="time-frame">{ lang.msg(LEVEL_TIME_FRAMES[level as usize]) }</p>
            if level == Level::Urgent {
                { urgent_service(lang, region) }
            }
            { told_us(wording, &assessment.told) }
            <section aria-labelledby="result-why">
                <h2 id="result-why">{ lang.msg(Msg::Why) }</h2>
                if assessment.fired.is_empty() {
                    <p>{ lang.msg(Msg::WhyNone) }</p>
                } else {
                    { reasons(wording, &assessment.fired) }
                }
            </section>
            { advice_section(wording, AdviceKind::Now, &assessment.advice, Html::default()) }
            { advice_section(wording, AdviceKind::SelfCare, &assessment.advice, stretch) }
            { advice_section(wording, AdviceKind::Prevention, &assessment.advice, Html::default()) }
            { advice_section(wording, AdviceKind::Caution, &assessment.advice, Html::default()) }
            { advice_section(wording, AdviceKind::SafetyNet, &assessment.advice, Html::default()) }
            <p class="not-diagnosis">{ lang.msg(Msg::ResultNotDiagnosis) }</p>
            <div class="actions">
                <button type="button" class="button button-primary" onclick={on_summary}>{ lang.msg(Msg::SummaryButton) }</button>
                <button type="button" class="button" onclick={on_restart}>{ lang.msg(Msg::StartAgain) }</button>
            </div>
        </section>
    }
}
