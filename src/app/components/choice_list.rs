//! A question's options as real radio buttons or checkboxes.

use yew::prelude::*;

use crate::content::lang::Wording;
use crate::content::questionnaire::CONTENT;

/// The options of the question at index `question` as radio buttons for one
/// choice, checkboxes for several. `chosen` has bit `i` set for option `i`;
/// `described_by` holds the ids of the help and error texts that describe the
/// controls; `invalid` says the question is flagged as unanswered; `on_change`
/// is called with the newly chosen options (0 when none).
pub fn choice_list(
    wording: Wording,
    question: usize,
    chosen: u32,
    described_by: &str,
    invalid: bool,
    on_change: &Callback<u32>,
) -> Html {
    let question = &CONTENT.questions[question];
    let input_type = if question.takes_several() {
        "checkbox"
    } else {
        "radio"
    };
    html! {
        <div class="choices">
            { for question.options.iter().enumerate().map(|(index, option)| {
                let id = format!("{}-{}", question.id, option.id);
                let checked = chosen & (1 << index) != 0;
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
