//! The footer on every screen: keep answers on this device (opt-in), clear
//! them, and the privacy page; with a message about stored answers, or about a
//! language that could not be loaded.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::app::state::{Action, Notice};
use crate::app::text::fill_html;
use crate::app::view::View;
use crate::content::messages::Msg;

/// The footer on every screen.
pub fn footer(view: &View) -> Html {
    let (lang, keep) = (view.state.lang, view.state.keep);
    let set_keep = view.send_with(Action::SetKeep);
    let on_keep = Callback::from(move |event: Event| {
        if let Some(input) = event.target_dyn_into::<HtmlInputElement>() {
            set_keep.emit(input.checked());
        }
    });
    let on_clear = view.send(Action::Clear);
    let notice = view.state.notice.map(|notice| match notice {
        Notice::Cleared => Html::from(lang.msg(Msg::Cleared)),
        Notice::Discarded => Html::from(lang.msg(Msg::Discarded)),
        Notice::LangUnavailable(other) => fill_html(
            lang.msg(Msg::LangUnavailable),
            &[("language", other.name())],
        ),
        Notice::NotKept => Html::from(lang.msg(Msg::NotKept)),
    });
    html! {
        <footer class="app-footer">
            <div role="status" class="notice-region">
                if let Some(notice) = notice {
                    <p class="notice">{ notice }</p>
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
                <a href="#how-it-works">{ lang.msg(Msg::HowLink) }</a>
            </div>
        </footer>
    }
}
