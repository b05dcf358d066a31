//! Whether the app is running in the page yet.

use yew::prelude::*;

/// False on the first render, true from the next one on: the first render is
/// the one the server-side renderer writes into the page at build time (where
/// no effect ever runs), and the one the browser takes that copy over with.
#[hook]
pub fn use_running() -> bool {
    let running = use_state_eq(|| false);
    {
        let running = running.clone();
        use_effect_with((), move |_| running.set(true));
    }
    *running
}
