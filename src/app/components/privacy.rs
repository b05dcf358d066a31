//! The privacy page: exactly what the app stores, where, and for how long.

use yew::prelude::*;

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

/// The privacy page. Back returns to where the person was, through the
/// browser's history (which then tells the app where that is).
pub fn privacy(view: &View) -> Html {
    let (lang, heading) = (view.state.lang, view.heading);
    let on_back = Callback::from(|_: MouseEvent| {
        // Going back can only fail without a history, where there is nowhere to go.
        let _ = gloo::utils::window()
            .history()
            .and_then(|history| history.back());
    });
    html! {
        <section class="screen privacy" aria-labelledby="privacy-title">
            <h1 id="privacy-title" tabindex="-1" ref={heading.clone()}>{ lang.msg(Msg::PrivacyTitle) }</h1>
            { for PARAGRAPHS.iter().map(|&paragraph| html! { <p>{ lang.msg(paragraph) }</p> }) }
            <div class="actions">
                <button type="button" class="button" onclick={on_back}>{ lang.msg(Msg::BackFromPrivacy) }</button>
            </div>
        </section>
    }
}
