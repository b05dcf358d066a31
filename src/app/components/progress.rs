//! The progress bar with its words ("Step 3 of about 8"), announced politely.

use yew::prelude::*;

use crate::app::i18n::use_lang;
use crate::app::text::fill;
use crate::content::messages::Msg;

/// Props of [`Progress`].
#[derive(Properties, PartialEq)]
pub struct ProgressProps {
    /// The step's number, from 1.
    pub number: usize,
    /// About how many steps there are.
    pub total: usize,
}

/// Shows how far along the questionnaire the person is. It stays mounted
/// between steps, so screen readers announce each change.
#[function_component(Progress)]
pub fn progress(props: &ProgressProps) -> Html {
    let lang = use_lang();
    let words = fill(
        lang.msg(Msg::Progress),
        &[
            ("number", &props.number.to_string()),
            ("total", &props.total.to_string()),
        ],
    );
    html! {
        <div class="progress">
            <p id="progress-text" class="progress-text" aria-live="polite">{ words }</p>
            <progress
                aria-labelledby="progress-text"
                max={props.total.to_string()}
                value={props.number.to_string()}
            ></progress>
        </div>
    }
}
