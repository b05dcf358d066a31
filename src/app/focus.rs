//! Focus management: a new screen's heading takes focus, so keyboard and screen
//! reader users start reading at the top of what changed.

use yew::prelude::*;

/// Returns a ref for a heading (which needs `tabindex="-1"`); when `enabled`,
/// the heading takes focus once, as the component appears.
#[hook]
pub fn use_focus_on_mount(enabled: bool) -> NodeRef {
    let heading = use_node_ref();
    {
        let heading = heading.clone();
        use_effect_with((), move |_| {
            if enabled {
                if let Some(element) = heading.cast::<web_sys::HtmlElement>() {
                    // Focus can fail only on a detached node; nothing to do then.
                    let _ = element.focus();
                }
            }
        });
    }
    heading
}
