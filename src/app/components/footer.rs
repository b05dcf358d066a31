//! The footer on every screen: keep answers on this device (opt-in), clear
//! them, and the privacy page; with a message about stored answers.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::app::i18n::use_lang;
use crate::app::state::Notice;
use crate::content::messages::Msg;

/// Props of [`Footer`].
#[derive(Properties, PartialEq)]
pub struct FooterProps {
    /// Whether answers are kept on this device.
    pub keep: bool,
    /// A message to show, if any.
    pub notice: Option<Notice>,
    /// Called when the person ticks or unticks "keep".
    pub on_keep: Callback<bool>,
    /// Called when the person clears their answers.
    pub on_clear: Callback<()>,
}

/// The footer.
#[function_component(Footer)]
pub fn footer(props: &FooterProps) -> Html {
    let lang = use_lang();
    let on_keep = props
        .on_keep
        .reform(|event: Event| event.target_unchecked_into::<HtmlInputElement>().checked());
    let on_clear = props.on_clear.reform(|_: MouseEvent| ());
    let notice = props.notice.map(|notice| match notice {
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
                <input type="checkbox" id="keep-answers" checked={props.keep} onchange={on_keep} aria-describedby="keep-answers-hint" />
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
