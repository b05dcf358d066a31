//! One question: a fieldset with its legend, help, error and controls.

use yew::prelude::*;

use crate::app::i18n::use_lang;

use super::body_map::BodyMap;
use super::choice_list::ChoiceList;
use super::number_field::NumberField;
use crate::content::messages::Msg;
use crate::content::questionnaire::CONTENT;
use crate::engine::{Answer, QuestionKind};

/// Props of [`Question`].
#[derive(Properties, PartialEq)]
pub struct QuestionProps {
    /// The question's index.
    pub question: usize,
    /// Its answer, if given.
    pub answer: Option<Answer>,
    /// Whether it is flagged as unanswered.
    pub flagged: bool,
    /// Called with the new answer (`None` when cleared).
    pub on_answer: Callback<(usize, Option<Answer>)>,
}

/// A question with the controls its kind needs.
#[function_component(Question)]
pub fn question(props: &QuestionProps) -> Html {
    let lang = use_lang();
    let index = props.question;
    let question = &CONTENT.questions[index];
    let legend_id = format!("{}-legend", question.id);
    let help_id = format!("{}-hint", question.id);
    let error_id = format!("{}-error", question.id);
    let described_by: Vec<&str> = [
        question.help.map(|_| help_id.as_str()),
        props.flagged.then_some(error_id.as_str()),
    ]
    .into_iter()
    .flatten()
    .collect();
    let described_by = AttrValue::from(described_by.join(" "));
    let on_options = props
        .on_answer
        .reform(move |chosen: u32| (index, (chosen != 0).then_some(Answer::Options(chosen))));
    let chosen = match props.answer {
        Some(Answer::Options(chosen)) => chosen,
        _ => 0,
    };
    let choices = html! {
        <ChoiceList
            question={index}
            chosen={chosen}
            described_by={described_by.clone()}
            invalid={props.flagged}
            on_change={on_options.clone()}
        />
    };
    let controls = match question.kind {
        QuestionKind::Number { min, max, unit } => {
            let value = match props.answer {
                Some(Answer::Number(value)) => Some(value),
                _ => None,
            };
            html! {
                <NumberField
                    id={question.id}
                    legend_id={legend_id.clone()}
                    min={min}
                    max={max}
                    unit={lang.t(unit)}
                    value={value}
                    described_by={described_by.clone()}
                    invalid={props.flagged}
                    on_change={props.on_answer.reform(move |value: Option<i32>| (index, value.map(Answer::Number)))}
                />
            }
        }
        QuestionKind::Body => html! {
            <>
                <BodyMap question={index} chosen={chosen} on_change={on_options} />
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
        <fieldset class={classes!("question", props.flagged.then_some("question-flagged"))}>
            <legend id={legend_id.clone()}><h2>{ lang.t(question.text) }</h2></legend>
            if let Some(help) = question.help {
                <p id={help_id} class="hint">{ lang.t(help) }</p>
            }
            if props.flagged {
                <p id={error_id} class="error">
                    <span class="error-icon" aria-hidden="true">{ "!" }</span>
                    { lang.msg(error) }
                </p>
            }
            { controls }
        </fieldset>
    }
}
