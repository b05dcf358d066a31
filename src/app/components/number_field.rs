//! A whole-number answer with its unit, and the allowed range when it is wrong.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::app::digits::parse_whole_number;
use crate::app::text::fill_html;
use crate::content::lang::Lang;
use crate::content::messages::Msg;

/// Props of [`NumberField`].
#[derive(Properties, PartialEq)]
pub struct NumberFieldProps {
    /// The language to speak.
    pub lang: Lang,
    /// The input's id.
    pub id: AttrValue,
    /// The id of the question's legend, which names the field with the unit.
    pub legend_id: AttrValue,
    /// The smallest allowed number.
    pub min: i32,
    /// The largest allowed number.
    pub max: i32,
    /// The unit, in words.
    pub unit: AttrValue,
    /// The current answer.
    pub value: Option<i32>,
    /// Ids of the help and error texts that describe the field.
    pub described_by: AttrValue,
    /// Whether the question is flagged as unanswered.
    pub invalid: bool,
    /// Called with the number, or `None` while the field holds no valid number.
    pub on_change: Callback<Option<i32>>,
}

/// The whole number `text` holds, in the digits of any script, if it is one
/// from `min` to `max`.
fn number_in(text: &str, min: i32, max: i32) -> Option<i32> {
    parse_whole_number(text).filter(|value| (min..=max).contains(value))
}

/// A text field for a whole number (a numeric keypad on phones).
#[function_component(NumberField)]
pub fn number_field(props: &NumberFieldProps) -> Html {
    let lang = props.lang;
    let text = use_state(|| {
        props
            .value
            .map(|value| value.to_string())
            .unwrap_or_default()
    });
    let (min, max) = (props.min, props.max);
    let out_of_range = !text.trim().is_empty() && number_in(&text, min, max).is_none();
    let on_input = {
        let text = text.clone();
        let on_change = props.on_change.clone();
        Callback::from(move |event: InputEvent| {
            if let Some(input) = event.target_dyn_into::<HtmlInputElement>() {
                on_change.emit(number_in(&input.value(), min, max));
                text.set(input.value());
            }
        })
    };
    let range_id = format!("{}-range", props.id);
    let unit_id = format!("{}-unit", props.id);
    let described_by = if out_of_range {
        format!("{} {range_id}", props.described_by)
    } else {
        props.described_by.to_string()
    };
    html! {
        <div class="number">
            if out_of_range {
                <p id={range_id} class="error" role="alert">
                    <span class="error-icon" aria-hidden="true">{ "!" }</span>
                    { fill_html(lang.msg(Msg::NumberRange), &[("min", &props.min.to_string()), ("max", &props.max.to_string())]) }
                </p>
            }
            <input
                type="text"
                inputmode="numeric"
                autocomplete="off"
                id={props.id.clone()}
                class="number-input"
                aria-labelledby={format!("{} {unit_id}", props.legend_id)}
                value={(*text).clone()}
                aria-describedby={described_by}
                aria-invalid={(props.invalid || out_of_range).then_some("true")}
                oninput={on_input}
            />
            <span id={unit_id} class="unit">{ props.unit.clone() }</span>
        </div>
    }
}
