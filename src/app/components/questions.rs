//! The questionnaire screen (a holding screen until the questionnaire is built).

use yew::prelude::*;

use crate::app::focus::use_focus_on_mount;
use crate::content::messages::Msg;

/// Props of [`Questions`].
#[derive(Properties, PartialEq)]
pub struct QuestionsProps {
    /// Called when the person goes back to the start screen.
    pub on_back: Callback<()>,
}

/// The questionnaire; its heading takes focus when it appears.
#[function_component(Questions)]
pub fn questions(props: &QuestionsProps) -> Html {
    let heading = use_focus_on_mount(true);
    let on_click = props.on_back.reform(|_: MouseEvent| ());
    html! {
        <section class="screen" aria-labelledby="questions-title">
            <h1 id="questions-title" tabindex="-1" ref={heading}>{ Msg::QuestionsTitle.en() }</h1>
            <p>{ Msg::QuestionsComing.en() }</p>
            <button type="button" class="button" onclick={on_click}>{ Msg::BackToStart.en() }</button>
        </section>
    }
}
