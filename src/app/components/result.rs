//! The result: the care level in words and with an icon, when to act, why (with
//! sources), and the advice, ending with when to get help sooner.

use yew::prelude::*;

use super::advice::{advice_section, reasons};
use super::calf_stretch::calf_stretch;
use super::level_icon::{level_icon, level_time_frame};
use super::phone::urgent_service;
use crate::app::focus::use_focus_on_mount;
use crate::content::lang::Lang;
use crate::content::messages::Msg;
use crate::content::questionnaire::CONTENT;
use crate::content::regions::Region;
use crate::engine::{assess, AdviceKind, Answers, Facts, Level};
use crate::export::summary::level_words;

/// Props of [`Result`].
#[derive(Properties, PartialEq)]
pub struct ResultProps {
    /// The language to speak.
    pub lang: Lang,
    /// Every answer given.
    pub answers: Answers,
    /// Called to start again.
    pub on_restart: Callback<()>,
    /// Called to open the summary for a doctor or nurse.
    #[prop_or_default]
    pub on_summary: Callback<()>,
    /// Where the person is, for the numbers to call.
    #[prop_or_default]
    pub region: Option<&'static Region>,
}

/// The result screen.
#[function_component(Result)]
pub fn result(props: &ResultProps) -> Html {
    let lang = props.lang;
    let heading = use_focus_on_mount(true);
    let facts = Facts::new(&CONTENT, &props.answers);
    let assessment = assess(&facts);
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
    let on_restart = props.on_restart.reform(|_: MouseEvent| ());
    let on_summary = props.on_summary.reform(|_: MouseEvent| ());
    html! {
        <section class={classes!("screen", "result", format!("level-{}", level.id()))} aria-labelledby="result-title">
            <p class="eyebrow">{ lang.msg(Msg::ResultTitle) }</p>
            <div class="level-banner">
                { level_icon(level) }
                <h1 id="result-title" tabindex="-1" ref={heading}>{ lang.msg(level_words(level)) }</h1>
            </div>
            <p class="time-frame">{ lang.msg(level_time_frame(level)) }</p>
            if level == Level::Urgent {
                { urgent_service(lang, props.region) }
            }
            <section aria-labelledby="result-why">
                <h2 id="result-why">{ lang.msg(Msg::Why) }</h2>
                if assessment.fired.is_empty() {
                    <p>{ lang.msg(Msg::WhyNone) }</p>
                } else {
                    { reasons(lang, &assessment.fired) }
                }
            </section>
            { advice_section(lang, AdviceKind::Now, &assessment.advice, Html::default()) }
            { advice_section(lang, AdviceKind::SelfCare, &assessment.advice, stretch) }
            { advice_section(lang, AdviceKind::Prevention, &assessment.advice, Html::default()) }
            { advice_section(lang, AdviceKind::Caution, &assessment.advice, Html::default()) }
            { advice_section(lang, AdviceKind::SafetyNet, &assessment.advice, Html::default()) }
            <p class="not-diagnosis">{ lang.msg(Msg::ResultNotDiagnosis) }</p>
            <div class="actions">
                <button type="button" class="button button-primary" onclick={on_summary}>{ lang.msg(Msg::SummaryButton) }</button>
                <button type="button" class="button" onclick={on_restart}>{ lang.msg(Msg::StartAgain) }</button>
            </div>
        </section>
    }
}
