//! The screen the state is on, with its view.

use yew::prelude::*;

use super::how_it_works::how_it_works;
use super::privacy::privacy;
use super::progress::progress;
use super::result::result;
use super::review::review;
use super::start::start;
use super::step::Step;
use super::stop::stop;
use super::summary::Summary;
use crate::app::state::{Action, Screen};
use crate::app::view::View;
use crate::content::regions::clinician_lang;

/// The view of the screen `view.state` is on. The start screen's Start button
/// works only when `ready` (not in the copy rendered at build time).
pub fn screen(view: &View, ready: bool) -> Html {
    let state = view.state;
    match state.screen {
        Screen::Start => start(view, ready),
        Screen::Step(step) => {
            let at = state.evaluation.progress(step);
            html! {
                <>
                    { progress(state.lang, at.number, at.about_total) }
                    <Step
                        key={step.0}
                        lang={state.lang}
                        heading={view.heading.clone()}
                        step={step}
                        answers={state.answers.clone()}
                        evaluation={state.evaluation.clone()}
                        flagged={state.flagged.clone()}
                        on_answer={view.send_with(|(question, answer)| Action::Answer(question, answer))}
                        on_next={view.send(Action::Next)}
                        on_back={view.send(Action::Back)}
                    />
                </>
            }
        }
        Screen::Review => review(view),
        Screen::Result => result(view),
        Screen::Stopped(_) => stop(view),
        Screen::Privacy => privacy(view),
        Screen::HowItWorks => how_it_works(view),
        Screen::Summary => html! {
            <Summary
                lang={state.lang}
                clinician={clinician_lang(state.region)}
                heading={view.heading.clone()}
                answers={state.answers.clone()}
                evaluation={state.evaluation.clone()}
                clinic={view.clinic.clone()}
                on_back={view.send(Action::CloseSummary)}
            />
        },
    }
}
