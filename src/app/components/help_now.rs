//! Help shown under a question the moment its answer calls for it, such as
//! what to do during a cramp that is happening now.

use yew::prelude::*;

use super::advice::advice_list;
use crate::content::lang::Wording;
use crate::content::messages::Msg;
use crate::engine::{Advice, Question};

/// For a question that can call for help: a live region that holds the help
/// (`advice`) while its answer calls for it, so a screen reader reads it out
/// when it appears. Nothing for other questions.
pub fn help_now(wording: Wording, question: &Question, advice: &[&'static Advice]) -> Html {
    let Some(help) = &question.help_now else {
        return Html::default();
    };
    let id = format!("{}-help-now", question.id);
    html! {
        <div aria-live="polite">
            if !advice.is_empty() {
                <aside class="help-now" aria-labelledby={id.clone()}>
                    <h3 id={id}>{ wording.lang.t(help.title) }</h3>
                    { advice_list(wording, advice.iter()) }
                    <p>{ wording.lang.msg(Msg::HelpNowGoOn) }</p>
                </aside>
            }
        </div>
    }
}
