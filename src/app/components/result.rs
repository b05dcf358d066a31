//! The result: the care level in words and with an icon, when to act, why (with
//! sources), and the advice, ending with when to get help sooner.

use yew::prelude::*;

use super::advice::{advice_section, reasons};
use super::calf_stretch::calf_stretch;
use super::level_icon::{level_icon, level_time_frame, level_title};
use crate::app::focus::use_focus_on_mount;
use crate::content::messages::Msg;
use crate::content::questionnaire::CONTENT;
use crate::engine::{assess, AdviceKind, Answers, Facts};

/// Props of [`Result`].
#[derive(Properties, PartialEq)]
pub struct ResultProps {
    /// Every answer given.
    pub answers: Answers,
    /// Called to start again.
    pub on_restart: Callback<()>,
}

/// The result screen.
#[function_component(Result)]
pub fn result(props: &ResultProps) -> Html {
    let heading = use_focus_on_mount(true);
    let facts = Facts::new(&CONTENT, &props.answers);
    let assessment = assess(&facts);
    let level = assessment.level;
    let stretch = if assessment
        .advice
        .iter()
        .any(|advice| advice.id == "calf_stretch_now")
    {
        calf_stretch()
    } else {
        Html::default()
    };
    let on_restart = props.on_restart.reform(|_: MouseEvent| ());
    html! {
        <section class={classes!("screen", "result", format!("level-{}", level.id()))} aria-labelledby="result-title">
            <p class="eyebrow">{ Msg::ResultTitle.en() }</p>
            <div class="level-banner">
                { level_icon(level) }
                <h1 id="result-title" tabindex="-1" ref={heading}>{ level_title(level).en() }</h1>
            </div>
            <p class="time-frame">{ level_time_frame(level).en() }</p>
            <section aria-labelledby="result-why">
                <h2 id="result-why">{ Msg::Why.en() }</h2>
                if assessment.fired.is_empty() {
                    <p>{ Msg::WhyNone.en() }</p>
                } else {
                    { reasons(&assessment.fired) }
                }
            </section>
            { advice_section(AdviceKind::Now, &assessment.advice, Html::default()) }
            { advice_section(AdviceKind::SelfCare, &assessment.advice, stretch) }
            { advice_section(AdviceKind::Prevention, &assessment.advice, Html::default()) }
            { advice_section(AdviceKind::Caution, &assessment.advice, Html::default()) }
            { advice_section(AdviceKind::SafetyNet, &assessment.advice, Html::default()) }
            <p class="not-diagnosis">{ Msg::ResultNotDiagnosis.en() }</p>
            <div class="actions">
                <button type="button" class="button" onclick={on_restart}>{ Msg::StartAgain.en() }</button>
            </div>
        </section>
    }
}
