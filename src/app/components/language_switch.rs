//! The language switch, on every screen: answers and the step stay as they are.

use yew::prelude::*;

use crate::content::lang::Lang;
use crate::content::messages::Msg;

/// One button for each language, named in that language; `lang` is the one in
/// use, and `on_change` is called with the chosen one.
pub fn language_switch(lang: Lang, on_change: &Callback<Lang>) -> Html {
    html! {
        <nav class="language-switch" aria-label={lang.msg(Msg::Language)}>
            { for Lang::ALL.into_iter().map(|choice| {
                let on_click = on_change.reform(move |_: MouseEvent| choice);
                html! {
                    <button
                        type="button"
                        class="link-button"
                        lang={choice.code()}
                        aria-pressed={if choice == lang { "true" } else { "false" }}
                        onclick={on_click}
                    >{ choice.name() }</button>
                }
            }) }
        </nav>
    }
}
