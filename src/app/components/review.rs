//! The review: every answer, each with a way to change it, then the result.

use yew::prelude::*;

use crate::app::text::fill;
use crate::content::lang::{Lang, Wording};
use crate::content::messages::Msg;
use crate::content::questionnaire::CONTENT;
use crate::engine::{Answers, Facts, Truth};
use crate::export::summary::answer_text;

/// The review screen of every answer in `answers`; `heading` goes on its
/// heading. `on_change` is called with a step to change its answers,
/// `on_result` to see the result.
pub fn review(
    lang: Lang,
    heading: &NodeRef,
    answers: &Answers,
    on_change: &Callback<usize>,
    on_result: &Callback<()>,
) -> Html {
    let facts = Facts::new(&CONTENT, answers);
    let wording = Wording {
        lang,
        voice: facts.voice(),
    };
    let on_result = on_result.reform(|_: MouseEvent| ());
    let asked = |question: &usize| facts.asked(*question) == Truth::True;
    html! {
        <section class="screen review" aria-labelledby="review-title">
            <h1 id="review-title" tabindex="-1" ref={heading.clone()}>{ lang.msg(Msg::ReviewTitle) }</h1>
            <p>{ lang.msg(Msg::ReviewIntro) }</p>
            { for CONTENT.steps.iter().enumerate().filter(|(index, _)| facts.step_shown(*index) == Truth::True).map(|(index, step)| html! {
                <section class="review-step" aria-labelledby={format!("review-{}", step.id)}>
                    <h2 id={format!("review-{}", step.id)}>{ wording.t(step.title) }</h2>
                    <dl>
                        { for step.questions.clone().filter(asked).map(|question| {
                            let text = answers.get(question).map(|answer| answer_text(wording, question, answer)).unwrap_or_default();
                            let on_change = on_change.reform(move |_: MouseEvent| index);
                            html! {
                                <div class="review-item">
                                    <dt>{ wording.t(CONTENT.questions[question].text) }</dt>
                                    <dd>
                                        <span>{ text }</span>
                                        <button
                                            type="button"
                                            class="link-button"
                                            aria-label={fill(lang.msg(Msg::ChangeAnswer), &[("question", wording.t(CONTENT.questions[question].text))])}
                                            onclick={on_change}
                                        >{ lang.msg(Msg::Change) }</button>
                                    </dd>
                                </div>
                            }
                        }) }
                    </dl>
                </section>
            }) }
            <div class="actions">
                <button type="button" class="button button-primary" onclick={on_result}>{ lang.msg(Msg::SeeResult) }</button>
            </div>
        </section>
    }
}
