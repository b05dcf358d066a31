//! One question: a fieldset with its legend, help, error and controls.

use yew::prelude::*;

use super::body_map::body_map;
use super::choice_list::{choice_list, Controls};
use super::help_now::help_now;
use super::number_field::NumberField;
use crate::content::lang::Wording;
use crate::content::messages::Msg;
use crate::content::questionnaire::CONTENT;
use crate::engine::{Advice, Answer, OptionSet, QuestionId, QuestionKind};

/// What a question's view shows.
pub struct Asked<'a> {
    /// The words for the person reading.
    pub wording: Wording,
    /// The question.
    pub question: QuestionId,
    /// Its answer, if given.
    pub answer: Option<Answer>,
    /// Whether it is flagged as unanswered.
    pub flagged: bool,
    /// The help its answer calls for at once (usually none).
    pub help_now: &'a [&'static Advice],
    /// Called with a new answer (`None` when cleared).
    pub on_answer: &'a Callback<(QuestionId, Option<Answer>)>,
}

/// The question with the controls its kind needs, keyed by its id so that
/// questions appearing or going keep their state.
pub fn question(asked: &Asked) -> Html {
    let (wording, flagged) = (asked.wording, asked.flagged);
    let question = CONTENT.question(asked.question);
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
    let error = if question.none_option().is_empty() {
        Msg::Required
    } else {
        Msg::ChooseOneOrNone
    };
    html! {
        <fieldset key={question.id} class={if flagged { "question question-flagged" } else { "question" }}>
            <legend id={format!("{}-legend", question.id)}><h2>{ wording.t(question.text) }</h2></legend>
            if let Some(help) = question.help {
                <p id={help_id.clone()} class="hint">{ wording.t(help) }</p>
            }
            if flagged {
                <p id={error_id.clone()} class="error">
                    <span class="error-icon" aria-hidden="true">{ "!" }</span>
                    { wording.lang.msg(error) }
                </p>
            }
            { controls(asked, &described_by) }
            { help_now(wording, question, asked.help_now) }
        </fieldset>
    }
}

/// The controls of the question's kind, described by the texts `described_by`
/// names.
fn controls(asked: &Asked, described_by: &str) -> Html {
    let (wording, id) = (asked.wording, asked.question);
    let question = CONTENT.question(id);
    let on_options = asked.on_answer.reform(move |chosen: OptionSet| {
        (id, (!chosen.is_empty()).then_some(Answer::Options(chosen)))
    });
    let controls = Controls {
        wording,
        question,
        chosen: match asked.answer {
            Some(Answer::Options(chosen)) => chosen,
            _ => OptionSet::EMPTY,
        },
        described_by,
        invalid: asked.flagged,
        on_change: &on_options,
    };
    match question.kind {
        QuestionKind::Number { min, max, unit } => html! {
            <NumberField
                lang={wording.lang}
                id={question.id}
                legend_id={format!("{}-legend", question.id)}
                min={min}
                max={max}
                unit={wording.lang.t(unit)}
                value={match asked.answer {
                    Some(Answer::Number(value)) => Some(value),
                    _ => None,
                }}
                described_by={described_by.to_owned()}
                invalid={asked.flagged}
                on_change={asked.on_answer.reform(move |value: Option<i32>| (id, value.map(Answer::Number)))}
            />
        },
        QuestionKind::Body => html! {
            <>
                { body_map(&controls) }
                { choice_list(&controls) }
            </>
        },
        QuestionKind::YesNo | QuestionKind::One | QuestionKind::Several => choice_list(&controls),
    }
}
