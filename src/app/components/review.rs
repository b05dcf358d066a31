//! The review: every answer, each with a way to change it, then the result.

use yew::prelude::*;

use crate::app::state::Action;
use crate::app::text::fill;
use crate::app::view::View;
use crate::content::messages::Msg;
use crate::content::questionnaire::CONTENT;
use crate::engine::{QuestionId, Truth};
use crate::export::summary::answer_text;

/// The review screen: every answer, each step with a Change button, then the
/// way to the result.
pub fn review(view: &View) -> Html {
    let (state, heading) = (view.state, view.heading);
    let (answers, evaluation) = (&state.answers, &state.evaluation);
    let (lang, wording) = (state.lang, view.wording());
    let on_result = view.send(Action::ShowResult);
    let asked = |question: &QuestionId| evaluation.asked(*question) == Truth::True;
    html! {
        <section class="screen review" aria-labelledby="review-title">
            <h1 id="review-title" tabindex="-1" ref={heading.clone()}>{ lang.msg(Msg::ReviewTitle) }</h1>
            <p>{ lang.msg(Msg::ReviewIntro) }</p>
            { for CONTENT.step_ids().filter(|&shown| evaluation.step_shown(shown) == Truth::True).map(|shown| {
                let step = CONTENT.step(shown);
                html! {
                <section class="review-step" aria-labelledby={format!("review-{}", step.id)}>
                    <h2 id={format!("review-{}", step.id)}>{ wording.t(step.title) }</h2>
                    <dl>
                        { for step.question_ids().filter(asked).map(|question| {
                            let text = answers.get(question).map(|answer| answer_text(wording, question, answer)).unwrap_or_default();
                            let on_change = view.send(Action::Change(shown));
                            html! {
                                <div class="review-item">
                                    <dt>{ wording.t(CONTENT.question(question).text) }</dt>
                                    <dd>
                                        <span>{ text }</span>
                                        <button
                                            type="button"
                                            class="link-button"
                                            aria-label={fill(lang.msg(Msg::ChangeAnswer), &[("question", wording.t(CONTENT.question(question).text))])}
                                            onclick={on_change}
                                        >{ lang.msg(Msg::Change) }</button>
                                    </dd>
                                </div>
                            }
                        }) }
                    </dl>
                </section>
            }}) }
            <div class="actions">
                <button type="button" class="button button-primary" onclick={on_result}>{ lang.msg(Msg::SeeResult) }</button>
            </div>
        </section>
    }
}
