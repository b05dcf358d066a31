//! The answers kept on this device: found when the app starts, and saved
//! each time they or the person's choice to keep them change (see `storage`);
//! if the storage refuses them, the person is told once. The language and
//! region chosen are remembered in the tab too.

use yew::prelude::*;

use crate::app::state::{Action, Notice, Restored, State};
use crate::app::storage;
use crate::content::lang::Lang;
use crate::content::regions::Region;

/// The app's state, in `lang` and for `region`, started from what was `saved`
/// on this device and saved there as it changes; with nothing `saved` (in
/// tests and the page rendered at build time), the device is left alone.
#[hook]
pub fn use_saved_state(
    saved: &Option<Restored>,
    lang: Lang,
    region: Option<&'static Region>,
) -> UseReducerHandle<State> {
    let use_storage = saved.is_some();
    let state = use_reducer(|| State {
        lang,
        region,
        ..saved.clone().map_or_else(State::default, State::restored)
    });
    let told = use_mut_ref(|| false);
    let loaded = use_mut_ref(|| false);
    let dispatcher = state.dispatcher();
    // Saved on each change, not when loaded: a tab only opened writes nothing.
    use_effect_with(
        (state.answers.clone(), state.keep),
        move |(answers, keep)| {
            let changed = loaded.replace(true);
            if use_storage && changed && !storage::save(answers, *keep) && !told.replace(true) {
                dispatcher.dispatch(Action::NotKept);
            }
        },
    );
    // "Clear my answers" removes them everywhere, kept by this tab or not.
    use_effect_with(state.notice == Some(Notice::Cleared), move |&cleared| {
        if use_storage && cleared {
            storage::clear();
        }
    });
    // Only a choice made in the app is remembered, not the page's options.
    let placed = use_mut_ref(|| false);
    use_effect_with((state.lang, state.region), move |&(lang, region)| {
        if use_storage && placed.replace(true) {
            storage::remember_place(lang, region);
        }
    });
    state
}
