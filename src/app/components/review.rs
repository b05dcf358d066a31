//! The review: every answer, each with a way to change it, then the result.

use yew::prelude::*;

use crate::app::focus::use_focus_on_mount;
use crate::app::text::fill;
use crate::content::messages::Msg;
use crate::content::questionnaire::CONTENT;
use crate::engine::{Answer, Answers, Facts, QuestionKind, Truth};

/// Props of [`Review`].
#[derive(Properties, PartialEq)]
pub struct ReviewProps {
    /// Every answer given.
    pub answers: Answers,
    /// Called with a step to change its answers.
    pub on_change: Callback<usize>,
    /// Called to see the result.
    pub on_result: Callback<()>,
}

/// An answer in words.
fn answer_text(question: usize, answer: &Answer) -> String {
    let question = &CONTENT.questions[question];
    match (*answer, question.kind) {
        (Answer::Number(value), QuestionKind::Number { unit, .. }) => format!("{value} {unit}"),
        (Answer::Number(value), _) => value.to_string(),
        (Answer::Options(chosen), _) => question
            .options
            .iter()
            .enumerate()
            .filter(|(index, _)| chosen & (1 << index) != 0)
            .map(|(_, option)| option.text)
            .collect::<Vec<_>>()
            .join("; "),
    }
}

/// The review screen.
#[function_component(Review)]
pub fn review(props: &ReviewProps) -> Html {
    let heading = use_focus_on_mount(true);
    let facts = Facts::new(&CONTENT, &props.answers);
    let on_result = props.on_result.reform(|_: MouseEvent| ());
    let asked = |question: &usize| facts.asked(*question) == Truth::True;
    html! {
        <section class="screen review" aria-labelledby="review-title">
            <h1 id="review-title" tabindex="-1" ref={heading}>{ Msg::ReviewTitle.en() }</h1>
            <p>{ Msg::ReviewIntro.en() }</p>
            { for CONTENT.steps.iter().enumerate().filter(|(index, _)| facts.step_shown(*index) == Truth::True).map(|(index, step)| html! {
                <section class="review-step" aria-labelledby={format!("review-{}", step.id)}>
                    <h2 id={format!("review-{}", step.id)}>{ step.title }</h2>
                    <dl>
                        { for step.questions.clone().filter(asked).map(|question| {
                            let text = props.answers.get(question).map(|answer| answer_text(question, answer)).unwrap_or_default();
                            let on_change = props.on_change.reform(move |_: MouseEvent| index);
                            html! {
                                <div class="review-item">
                                    <dt>{ CONTENT.questions[question].text }</dt>
                                    <dd>
                                        <span>{ text }</span>
                                        <button
                                            type="button"
                                            class="link-button"
                                            aria-label={fill(Msg::ChangeAnswer.en(), &[("question", CONTENT.questions[question].text)])}
                                            onclick={on_change}
                                        >{ Msg::Change.en() }</button>
                                    </dd>
                                </div>
                            }
                        }) }
                    </dl>
                </section>
            }) }
            <div class="actions">
                <button type="button" class="button button-primary" onclick={on_result}>{ Msg::SeeResult.en() }</button>
            </div>
        </section>
    }
}
