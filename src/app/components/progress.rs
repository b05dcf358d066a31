//! The progress bar with its words ("Step 3 of about 8"), announced politely.

use yew::prelude::*;

use crate::app::text::fill_html;
use crate::content::lang::Lang;
use crate::content::messages::Msg;

/// Shows how far along the questionnaire the person is: step `number` of
/// about `total`. Its element stays in place between steps, so screen readers
/// announce each change.
pub fn progress(lang: Lang, number: usize, total: usize) -> Html {
    let words = fill_html(
        lang.msg(Msg::Progress),
        &[
            ("number", &number.to_string()),
            ("total", &total.to_string()),
        ],
    );
    html! {
        <div class="progress">
            <p id="progress-text" class="progress-text" aria-live="polite">{ words }</p>
            <progress
                aria-labelledby="progress-text"
                max={total.to_string()}
                value={number.to_string()}
            ></progress>
        </div>
    }
}
