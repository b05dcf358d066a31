//! A question's options as real radio buttons or checkboxes.

use yew::prelude::*;

use crate::app::i18n::use_lang;
use crate::content::questionnaire::CONTENT;

/// Props of [`ChoiceList`].
#[derive(Properties, PartialEq)]
pub struct ChoiceListProps {
    /// The question's index.
    pub question: usize,
    /// The chosen options (bit `i` for option `i`).
    pub chosen: u32,
    /// Ids of the help and error texts that describe the controls.
    pub described_by: AttrValue,
    /// Whether the question is flagged as unanswered.
    pub invalid: bool,
    /// Called with the newly chosen options (0 when none).
    pub on_change: Callback<u32>,
}

/// Radio buttons for one choice, checkboxes for several.
#[function_component(ChoiceList)]
pub fn choice_list(props: &ChoiceListProps) -> Html {
    let lang = use_lang();
    let question = &CONTENT.questions[props.question];
    let input_type = if question.takes_several() {
        "checkbox"
    } else {
        "radio"
    };
    html! {
        <div class="choices">
            { for question.options.iter().enumerate().map(|(index, option)| {
                let id = format!("{}-{}", question.id, option.id);
                let checked = props.chosen & (1 << index) != 0;
                let on_change = {
                    let on_change = props.on_change.clone();
                    let chosen = props.chosen;
                    Callback::from(move |_: Event| on_change.emit(question.toggle(chosen, index)))
                };
                let help_id = format!("{id}-help");
                let described_by = [props.described_by.as_str(), option.help.map_or("", |_| help_id.as_str())]
                    .join(" ")
                    .trim()
                    .to_owned();
                html! {
                    <div class={classes!("choice", option.none.then_some("choice-none"))}>
                        <input
                            type={input_type}
                            id={id.clone()}
                            name={question.id}
                            value={option.id}
                            checked={checked}
                            aria-describedby={(!described_by.is_empty()).then_some(described_by)}
                            aria-invalid={props.invalid.then_some("true")}
                            onchange={on_change}
                        />
                        <label for={id}>
                            { lang.t(option.text) }
                            if let Some(help) = option.help {
                                <span id={help_id} class="hint">{ lang.t(help) }</span>
                            }
                        </label>
                    </div>
                }
            }) }
        </div>
    }
}
