//! The footer on every screen: keep answers on this device (opt-in), clear
//! them, and the privacy page; with a message about stored answers.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::app::state::Notice;
use crate::content::lang::Lang;
use crate::content::messages::Msg;

/// The footer: `keep` is whether answers are kept on this device, `notice` a
/// message to show; `on_keep` is called when the person ticks or unticks
/// "keep", `on_clear` when they clear their answers.
pub fn footer(
    lang: Lang,
    keep: bool,
    notice: Option<Notice>,
    on_keep: &Callback<bool>,
    on_clear: &Callback<()>,
) -> Html {
    let on_keep =
        on_keep.reform(|event: Event| event.target_unchecked_into::<HtmlInputElement>().checked());
    let on_clear = on_clear.reform(|_: MouseEvent| ());
    let notice = notice.map(|notice| match notice {
        Notice::Cleared => Msg::Cleared,
        Notice::Discarded => Msg::Discarded,
    });
    html! {
        <footer class="app-footer">
            <div role="status" class="notice-region">
                if let Some(notice) = notice {
                    <p class="notice">{ lang.msg(notice) }</p>
                }
            </div>
            <div class="choice keep">
                <input type="checkbox" id="keep-answers" checked={keep} onchange={on_keep} aria-describedby="keep-answers-hint" />
                <label for="keep-answers">
                    { lang.msg(Msg::KeepAnswers) }
                    <span id="keep-answers-hint" class="hint">{ lang.msg(Msg::KeepAnswersHint) }</span>
                </label>
            </div>
            <div class="actions">
                <button type="button" class="button" onclick={on_clear}>{ lang.msg(Msg::ClearAnswers) }</button>
                <a href="#privacy">{ lang.msg(Msg::PrivacyLink) }</a>
            </div>
        </footer>
    }
}
