//! One question: a fieldset with its legend, help, error and controls.

use yew::prelude::*;

use super::body_map::body_map;
use super::choice_list::choice_list;
use super::number_field::NumberField;
use crate::content::lang::Wording;
use crate::content::messages::Msg;
use crate::content::questionnaire::CONTENT;
use crate::engine::{Answer, QuestionKind};

/// The question at `index` with the controls its kind needs, keyed by its id
/// so that questions appearing or going keep their state. `answer` is its
/// answer if given, `flagged` whether it is flagged as unanswered;
/// `on_answer` is called with a new answer (`None` when cleared).
pub fn question(
    wording: Wording,
    index: usize,
    answer: Option<Answer>,
    flagged: bool,
    on_answer: &Callback<(usize, Option<Answer>)>,
) -> Html {
    let lang = wording.lang;
    let question = &CONTENT.questions[index];
    let legend_id = format!("{}-legend", question.id);
    let help_id = format!("{}-hint", question.id);
    let error_id = format!("{}-error", question.id);
    let described_by: Vec<&str> = [
        question.help.map(|_| help_id.as_str()),
        flagged.then_some(error_id.as_str()),
    ]
    .into_iter()
    .flatten()
    .collect();
    let described_by = described_by.join(" ");
    let on_options = on_answer
        .reform(move |chosen: u32| (index, (chosen != 0).then_some(Answer::Options(chosen))));
    let chosen = match answer {
        Some(Answer::Options(chosen)) => chosen,
        _ => 0,
    };
    let choices = choice_list(wording, index, chosen, &described_by, flagged, &on_options);
    let controls = match question.kind {
        QuestionKind::Number { min, max, unit } => {
            let value = match answer {
                Some(Answer::Number(value)) => Some(value),
                _ => None,
            };
            html! {
                <NumberField
                    lang={lang}
                    id={question.id}
                    legend_id={legend_id.clone()}
                    min={min}
                    max={max}
                    unit={lang.t(unit)}
                    value={value}
                    described_by={described_by}
                    invalid={flagged}
                    on_change={on_answer.reform(move |value: Option<i32>| (index, value.map(Answer::Number)))}
                />
            }
        }
        QuestionKind::Body => html! {
            <>
                { body_map(wording, index, chosen, &on_options) }
                <p class="list-label">{ lang.msg(Msg::BodyList) }</p>
                { choices }
            </>
        },
        QuestionKind::YesNo | QuestionKind::One | QuestionKind::Several => choices,
    };
    let error = if question.takes_several() && question.options.iter().any(|option| option.none) {
        Msg::ChooseOneOrNone
    } else {
        Msg::Required
    };
    html! {
        <fieldset key={question.id} class={if flagged { "question question-flagged" } else { "question" }}>
            <legend id={legend_id.clone()}><h2>{ wording.t(question.text) }</h2></legend>
            if let Some(help) = question.help {
                <p id={help_id} class="hint">{ wording.t(help) }</p>
            }
            if flagged {
                <p id={error_id} class="error">
                    <span class="error-icon" aria-hidden="true">{ "!" }</span>
                    { lang.msg(error) }
                </p>
            }
            { controls }
        </fieldset>
    }
}
