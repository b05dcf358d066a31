//! The notice that a translation has not yet been checked by clinicians.

use yew::prelude::*;

use crate::content::lang::Lang;
use crate::content::messages::Msg;

/// The notice, for a language clinicians have not reviewed; nothing in English.
pub fn translation_pending(lang: Lang) -> Html {
    if lang.reviewed() {
        return Html::default();
    }
    html! {
        <p class="notice translation-pending">{ lang.msg(Msg::TranslationPending) }</p>
    }
}
