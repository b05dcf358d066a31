//! One step of the questionnaire: its title, its questions, Back and Next.

use yew::prelude::*;

use super::question::{question, Asked};
use crate::app::hooks::use_focus_flagged;
use crate::app::state::Evaluated;
use crate::content::lang::{Lang, Wording};
use crate::content::messages::Msg;
use crate::content::questionnaire::CONTENT;
use crate::engine::{Answer, Answers, QuestionId, StepId, Truth};

/// Props of [`Step`].
#[derive(Properties, PartialEq)]
pub struct StepProps {
    /// The language to speak.
    pub lang: Lang,
    /// Goes on the heading, so the app can move focus to it.
    pub heading: NodeRef,
    /// The step's index.
    pub step: StepId,
    /// Every answer so far.
    pub answers: Answers,
    /// What the answers settle: which questions are asked, and in whose words.
    pub evaluation: Evaluated,
    /// Questions flagged as unanswered after Next.
    pub flagged: Vec<QuestionId>,
    /// Called with a new answer.
    pub on_answer: Callback<(QuestionId, Option<Answer>)>,
    /// Called on Next.
    pub on_next: Callback<()>,
    /// Called on Back.
    pub on_back: Callback<()>,
}

/// A step; after a Next with missing answers, the first flagged field takes
/// focus.
#[function_component(Step)]
pub fn step(props: &StepProps) -> Html {
    let lang = props.lang;
    use_focus_flagged(&props.flagged);
    let step = CONTENT.step(props.step);
    let evaluation = &props.evaluation;
    let wording = Wording {
        lang,
        voice: evaluation.voice,
    };
    let on_submit = props
        .on_next
        .reform(|event: SubmitEvent| event.prevent_default());
    let on_back = props.on_back.reform(|_: MouseEvent| ());
    html! {
        <section class="screen step" aria-labelledby="step-title">
            <h1 id="step-title" tabindex="-1" ref={props.heading.clone()}>{ wording.t(step.title) }</h1>
            <div aria-live="assertive" class="error-summary-region">
                if !props.flagged.is_empty() {
                    <p class="error-summary">
                        <span class="error-icon" aria-hidden="true">{ "!" }</span>
                        { lang.msg(Msg::StepHasErrors) }
                    </p>
                }
            </div>
            <form novalidate=true onsubmit={on_submit}>
                // Its own element, so that questions appearing or going keep their keys.
                <div class="questions">
                    { for step.question_ids().filter(|&id| evaluation.asked(id) == Truth::True).map(|id| question(&Asked {
                        wording,
                        question: id,
                        answer: props.answers.get(id).copied(),
                        flagged: props.flagged.contains(&id),
                        help_now: evaluation.help_now(id),
                        on_answer: &props.on_answer,
                    })) }
                </div>
                <div class="actions">
                    <button type="submit" class="button button-primary">{ lang.msg(Msg::Next) }</button>
                    <button type="button" class="button" onclick={on_back}>{ lang.msg(Msg::Back) }</button>
                </div>
            </form>
        </section>
    }
}
