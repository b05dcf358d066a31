//! The privacy page: exactly what the app stores, where, and for how long.

use yew::prelude::*;

use crate::app::focus::use_focus_on_mount;
use crate::content::lang::Lang;
use crate::content::messages::Msg;

/// Props of [`Privacy`].
#[derive(Properties, PartialEq)]
pub struct PrivacyProps {
    /// The language to speak.
    pub lang: Lang,
}

/// The privacy page; Back returns to where the person was.
#[function_component(Privacy)]
pub fn privacy(props: &PrivacyProps) -> Html {
    let lang = props.lang;
    let heading = use_focus_on_mount(true);
    let on_back = Callback::from(|_: MouseEvent| {
        // Going back can only fail without a history, where there is nowhere to go.
        let _ = gloo::utils::window()
            .history()
            .and_then(|history| history.back());
    });
    html! {
        <section class="screen privacy" aria-labelledby="privacy-title">
            <h1 id="privacy-title" tabindex="-1" ref={heading}>{ lang.msg(Msg::PrivacyTitle) }</h1>
            <p>{ lang.msg(Msg::PrivacyNothingSent) }</p>
            <p>{ lang.msg(Msg::PrivacySession) }</p>
            <p>{ lang.msg(Msg::PrivacyLocal) }</p>
            <p>{ lang.msg(Msg::PrivacyOffline) }</p>
            <p>{ lang.msg(Msg::PrivacyClear) }</p>
            <p>{ lang.msg(Msg::PrivacyEmbedded) }</p>
            <div class="actions">
                <button type="button" class="button" onclick={on_back}>{ lang.msg(Msg::BackFromPrivacy) }</button>
            </div>
        </section>
    }
}
