//! "You told us": the answers that decided the result, in the words the
//! person saw them in.

use yew::prelude::*;

use crate::content::lang::Wording;
use crate::content::messages::Msg;
use crate::content::questionnaire::CONTENT;
use crate::engine::{Answer, QuestionKind, Told};
use crate::export::summary::answer_text;

/// The answers that decided the result, under their heading; nothing when
/// none did (no rule fired).
pub fn told_us(wording: Wording, told: &[Told]) -> Html {
    if told.is_empty() {
        return Html::default();
    }
    html! {
        <section class="told-us" aria-labelledby="result-told">
            <h2 id="result-told">{ wording.lang.msg(Msg::ToldUs) }</h2>
            <ul>{ for told.iter().map(|told| items(wording, told)) }</ul>
        </section>
    }
}

/// The list items for one answer: each option that counted in its own words;
/// a yes or no, or a number with its unit, after the question's short label,
/// since it means nothing alone.
fn items(wording: Wording, told: &Told) -> Html {
    let question = CONTENT.question(told.question);
    match told.answer {
        Answer::Options(chosen) if question.kind != QuestionKind::YesNo => question
            .options_in(chosen)
            .map(|(_, option)| html! { <li>{ wording.t(option.text) }</li> })
            .collect(),
        answer => html! {
            <li>{ format!("{}: {}", wording.lang.t(question.short), answer_text(wording, told.question, &answer)) }</li>
        },
    }
}
