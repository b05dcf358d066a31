//! The language switch, on every screen: answers and the step stay as they are.

use yew::prelude::*;

use crate::app::i18n::use_lang;
use crate::content::lang::Lang;
use crate::content::messages::Msg;

/// Props of [`LanguageSwitch`].
#[derive(Properties, PartialEq)]
pub struct LanguageSwitchProps {
    /// Called with the chosen language.
    pub on_change: Callback<Lang>,
}

/// One button for each language, named in that language.
#[function_component(LanguageSwitch)]
pub fn language_switch(props: &LanguageSwitchProps) -> Html {
    let lang = use_lang();
    html! {
        <nav class="language-switch" aria-label={lang.msg(Msg::Language)}>
            { for Lang::ALL.into_iter().map(|choice| {
                let on_click = props.on_change.reform(move |_: MouseEvent| choice);
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
