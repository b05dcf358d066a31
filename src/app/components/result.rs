//! The result: the care level in words and with an icon, when to act, what the
//! person told us that decided it, why this level (with sources), the harmless
//! pattern the answers fit, and the advice, with when to get help sooner.

use yew::prelude::*;

use super::advice::{advice_section, patterns, reasons, while_you_wait};
use super::clinic::clinic_contact;
use super::level_icon::level_icon;
use super::phone::urgent_service;
use super::told_us::told_us;
use crate::app::state::Action;
use crate::app::view::View;
use crate::content::messages::{Msg, LEVEL_TIME_FRAMES, LEVEL_WHY, LEVEL_WORDS};
use crate::engine::{AdviceKind, Fired, Level};

/// The result screen: the level, when to act, the answers behind it, why,
/// the advice, and the ways to the summary for a doctor or nurse and to
/// starting again. Reasons at a lower level than the result are listed apart,
/// as things to mention, so that none reads as the reason for the level.
pub fn result(view: &View) -> Html {
    let (state, heading) = (view.state, view.heading);
    let (lang, region, wording) = (state.lang, state.region, view.wording());
    let assessment = &state.evaluation.assessment;
    let advice = assessment.advice.as_slice();
    let level = assessment.level;
    let at_level = |fired: &&Fired| fired.rule.level == level;
    let also = assessment
        .fired
        .iter()
        .filter(|fired| fired.rule.level != level);
    let waits = matches!(level, Level::Urgent | Level::Soon | Level::Routine);
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
            if waits {
                { clinic_contact(lang, view.clinic) }
            }
            { told_us(wording, &assessment.told) }
            <section aria-labelledby="result-why">
                <h2 id="result-why">{ lang.msg(Msg::Why) }</h2>
                <p>{ lang.msg(LEVEL_WHY[level as usize]) }</p>
                if !assessment.fired.is_empty() {
                    { reasons(wording, assessment.fired.iter().filter(at_level)) }
                }
            </section>
            { patterns(wording, advice) }
            if also.clone().next().is_some() {
                <section aria-labelledby="result-also">
                    <h2 id="result-also">{ lang.msg(Msg::AlsoTell) }</h2>
                    { reasons(wording, also) }
                </section>
            }
            { advice_section(wording, AdviceKind::Now, advice) }
            if waits {
                { while_you_wait(wording, advice) }
            }
            { advice_section(wording, AdviceKind::SelfCare, advice) }
            { advice_section(wording, AdviceKind::Prevention, advice) }
            { advice_section(wording, AdviceKind::Caution, advice) }
            if !waits {
                { advice_section(wording, AdviceKind::SafetyNet, advice) }
            }
            <p class="not-diagnosis">{ lang.msg(Msg::ResultNotDiagnosis) }{ " " }<a href="#how-it-works">{ lang.msg(Msg::HowLink) }</a></p>
            <div class="actions">
                <button type="button" class="button button-primary" onclick={on_summary}>{ lang.msg(Msg::SummaryButton) }</button>
                <button type="button" class="button" onclick={on_restart}>{ lang.msg(Msg::StartAgain) }</button>
            </div>
        </section>
    }
}
