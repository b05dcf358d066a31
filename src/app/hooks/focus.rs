//! Focus management: a new screen's heading takes focus, so keyboard and screen
//! reader users start reading at the top of what changed.

use yew::prelude::*;

use crate::app::state::Screen;

/// A reference for the current screen's heading (which needs `tabindex="-1"`).
/// Each time `screen` changes, the heading takes focus, except on the screen
/// the page opens with, where reading starts at the top of the page as usual.
#[hook]
pub fn use_focus_heading(screen: Screen) -> NodeRef {
    let heading = use_node_ref();
    let opening = use_mut_ref(|| true);
    {
        let heading = heading.clone();
        use_effect_with(screen, move |_| {
            if !opening.replace(false) {
                if let Some(element) = heading.cast::<web_sys::HtmlElement>() {
                    // Focus can fail only on a detached node; nothing to do then.
                    let _ = element.focus();
                }
            }
        });
    }
    heading
}
