//! What every screen's view is given: the app's state (its language and
//! region among it), the heading to focus, the way to act, and the embedding
//! clinic's details. The few
//! components below a screen get the language as a prop: a Yew context would
//! carry it for them, but costs 2.2 KB more to download (measured), for three
//! components one level down.

use yew::prelude::*;

use crate::app::settings::Clinic;
use crate::app::state::{Action, State};
use crate::content::lang::Wording;

/// A screen's view of the app: the state, the heading that takes focus when
/// the screen opens, and the way to act.
pub struct View<'a> {
    /// Everything the app shows follows from this.
    pub state: &'a State,
    /// Goes on the screen's heading.
    pub heading: &'a NodeRef,
    /// Where actions go.
    pub dispatcher: &'a UseReducerDispatcher<State>,
    /// The embedding clinic's details (none outside an embedding).
    pub clinic: &'a Clinic,
}

impl View<'_> {
    /// A callback that dispatches `action`, whatever its event.
    pub fn send<T: 'static>(&self, action: Action) -> Callback<T> {
        let dispatcher = self.dispatcher.clone();
        Callback::from(move |_| dispatcher.dispatch(action.clone()))
    }

    /// A callback that dispatches the action `make` builds from its value.
    pub fn send_with<T: 'static>(&self, make: fn(T) -> Action) -> Callback<T> {
        let dispatcher = self.dispatcher.clone();
        Callback::from(move |value| dispatcher.dispatch(make(value)))
    }

    /// The words for the person reading: their language, and whose body the
    /// questions are about.
    pub fn wording(&self) -> Wording {
        Wording {
            lang: self.state.lang,
            voice: self.state.evaluation.voice,
        }
    }
}
