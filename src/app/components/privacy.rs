//! The privacy page: exactly what the app stores, where, and for how long.

use yew::prelude::*;

use crate::app::focus::use_focus_on_mount;
use crate::content::messages::Msg;

/// The privacy page; Back returns to where the person was.
#[function_component(Privacy)]
pub fn privacy() -> Html {
    let heading = use_focus_on_mount(true);
    let on_back = Callback::from(|_: MouseEvent| {
        // Going back can only fail without a history, where there is nowhere to go.
        let _ = gloo::utils::window()
            .history()
            .and_then(|history| history.back());
    });
    html! {
        <section class="screen privacy" aria-labelledby="privacy-title">
            <h1 id="privacy-title" tabindex="-1" ref={heading}>{ Msg::PrivacyTitle.en() }</h1>
            <p>{ Msg::PrivacyNothingSent.en() }</p>
            <p>{ Msg::PrivacySession.en() }</p>
            <p>{ Msg::PrivacyLocal.en() }</p>
            <p>{ Msg::PrivacyOffline.en() }</p>
            <p>{ Msg::PrivacyClear.en() }</p>
            <p>{ Msg::PrivacyEmbedded.en() }</p>
            <div class="actions">
                <button type="button" class="button" onclick={on_back}>{ Msg::BackFromPrivacy.en() }</button>
            </div>
        </section>
    }
}
