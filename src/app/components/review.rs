//! The review: every answer on one line, grouped by step, each group with a
//! way to change it, then the result.

use yew::prelude::*;

use crate::app::state::Action;
use crate::app::text::fill;
use crate::app::view::View;
use crate::content::messages::Msg;
use crate::content::questionnaire::CONTENT;
use crate::engine::{QuestionId, Truth};
use crate::export::summary::short_answer;

/// The review screen: for each step shown, one line per answer (the
/// question's short label and the answer in short words) and a Change button
/// named after the step, then the way to the result.
pub fn review(view: &View) -> Html {
    let (state, heading) = (view.state, view.heading);
    let (answers, evaluation) = (&state.answers, &state.evaluation);
    let (lang, wording) = (state.lang, view.wording());
    let on_result = view.send(Action::ShowResult);
    let asked = |question: &QuestionId| evaluation.asked(*question) == Truth::True;
    html! {
        <section class="screen review" aria-labelledby="review-title">
            <h1 id="review-title" tabindex="-1" ref={heading.clone()}>{ lang.msg(Msg::ReviewTitle) }</h1>
            { for CONTENT.step_ids().filter(|&shown| evaluation.step_shown(shown) == Truth::True).map(|shown| {
                let title = wording.t(CONTENT.step(shown).title);
                html! {
                <section class="review-step" aria-label={title}>
                    <dl>
                        { for CONTENT.step(shown).question_ids().filter(asked).map(|question| html! {
                            <div class="review-item">
                                <dt>{ lang.t(CONTENT.question(question).short) }{ ": " }</dt>
                                <dd>{ answers.get(question).map(|answer| short_answer(wording, question, answer)).unwrap_or_default() }</dd>
                            </div>
                        }) }
                    </dl>
                    <button
                        type="button"
                        class="link-button"
                        aria-label={fill(lang.msg(Msg::ChangeStep), &[("step", title)])}
                        onclick={view.send(Action::Change(shown))}
                    >{ lang.msg(Msg::Change) }</button>
                </section>
            }}) }
            <div class="actions">
                <button type="button" class="button button-primary" onclick={on_result}>{ lang.msg(Msg::SeeResult) }</button>
            </div>
        </section>
    }
}
