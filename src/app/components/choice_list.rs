//! A question's options as real radio buttons or checkboxes.

use yew::prelude::*;

use crate::content::lang::Wording;
use crate::engine::{OptionSet, Question};

/// What a question's controls need, for the list and the body map alike.
pub struct Controls<'a> {
    /// The words for the person reading.
    pub wording: Wording,
    /// The question.
    pub question: &'static Question,
    /// The options chosen so far.
    pub chosen: OptionSet,
    /// The ids of the help and error texts that describe the controls.
    pub described_by: &'a str,
    /// Whether the question is flagged as unanswered.
    pub invalid: bool,
    /// Called with the newly chosen options (empty when none).
    pub on_change: &'a Callback<OptionSet>,
}

/// The question's options as radio buttons for one choice, checkboxes for several.
pub fn choice_list(controls: &Controls) -> Html {
    let Controls {
        wording,
        question,
        chosen,
        described_by,
        invalid,
        on_change,
    } = *controls;
    let input_type = if question.takes_several() {
        "checkbox"
    } else {
        "radio"
    };
    html! {
        <div class="choices">
            { for question.options.iter().enumerate().map(|(index, option)| {
                let id = format!("{}-{}", question.id, option.id);
                let checked = chosen.contains(index);
                let on_change = {
                    let on_change = on_change.clone();
                    Callback::from(move |_: Event| on_change.emit(question.toggle(chosen, index)))
                };
                let help_id = format!("{id}-help");
                let described_by = [described_by, option.help.map_or("", |_| help_id.as_str())]
                    .join(" ")
                    .trim()
                    .to_owned();
                html! {
                    <div class={if option.none { "choice choice-none" } else { "choice" }}>
                        <input
                            type={input_type}
                            id={id.clone()}
                            name={question.id}
                            value={option.id}
                            checked={checked}
                            aria-describedby={(!described_by.is_empty()).then_some(described_by)}
                            aria-invalid={invalid.then_some("true")}
                            onchange={on_change}
                        />
                        <label for={id}>
                            { wording.t(option.text) }
                            if let Some(help) = option.help {
                                <span id={help_id} class="hint">{ wording.t(help) }</span>
                            }
                        </label>
                    </div>
                }
            }) }
        </div>
    }
}
