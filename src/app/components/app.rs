//! The root component: shows one screen at a time and moves focus to its heading.

use yew::prelude::*;

use super::questions::Questions;
use super::start::Start;

/// The screens a person moves between.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Screen {
    /// The welcome screen with the notices and the Start button.
    Start,
    /// The welcome screen again, after going back to it.
    StartAgain,
    /// The questionnaire.
    Questions,
}

/// The whole app.
#[function_component(App)]
pub fn app() -> Html {
    let screen = use_state_eq(|| Screen::Start);
    let go = |to: Screen| {
        let screen = screen.clone();
        Callback::from(move |_| screen.set(to))
    };
    html! {
        <main id="main">
            {
                match *screen {
                    Screen::Start | Screen::StartAgain => html! {
                        <Start
                            on_start={go(Screen::Questions)}
                            focus_heading={*screen == Screen::StartAgain}
                        />
                    },
                    Screen::Questions => html! { <Questions on_back={go(Screen::StartAgain)} /> },
                }
            }
        </main>
    }
}
