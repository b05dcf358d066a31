//! The privacy page: exactly what the app stores, where, and for how long.

use yew::prelude::*;

use super::history_back::history_back;
use crate::app::view::View;
use crate::content::messages::Msg;

/// The page's paragraphs, in order.
const PARAGRAPHS: [Msg; 6] = [
    Msg::PrivacyNothingSent,
    Msg::PrivacySession,
    Msg::PrivacyLocal,
    Msg::PrivacyOffline,
    Msg::PrivacyClear,
    Msg::PrivacyEmbedded,
];

/// The privacy page, with Back to where the person was.
pub fn privacy(view: &View) -> Html {
    let (lang, heading) = (view.state.lang, view.heading);
    html! {
        <section class="screen privacy" aria-labelledby="privacy-title">
            <h1 id="privacy-title" tabindex="-1" ref={heading.clone()}>{ lang.msg(Msg::PrivacyTitle) }</h1>
            { for PARAGRAPHS.iter().map(|&paragraph| html! { <p>{ lang.msg(paragraph) }</p> }) }
            { history_back(lang) }
        </section>
    }
}
