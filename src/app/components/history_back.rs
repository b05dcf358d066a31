//! The Back button of the pages reached by a link (privacy, how the checker
//! decides): it goes back in the browser's history, which then tells the app
//! where the person was.

use yew::prelude::*;

use crate::content::lang::Lang;
use crate::content::messages::Msg;

/// "Back", in its own row of actions.
pub fn history_back(lang: Lang) -> Html {
    let on_back = Callback::from(|_: MouseEvent| {
        // Going back can only fail without a history, where there is nowhere to go.
        let _ = gloo::utils::window()
            .history()
            .and_then(|history| history.back());
    });
    html! {
        <div class="actions">
            <button type="button" class="button" onclick={on_back}>{ lang.msg(Msg::BackFromPrivacy) }</button>
        </div>
    }
}
