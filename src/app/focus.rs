//! Focus management: a new screen's heading takes focus, so keyboard and screen
//! reader users start reading at the top of what changed.

use yew::NodeRef;

/// Moves focus to `heading` (which needs `tabindex="-1"`), if it is in the page.
pub fn focus_heading(heading: &NodeRef) {
    if let Some(element) = heading.cast::<web_sys::HtmlElement>() {
        // Focus can fail only on a detached node; nothing to do then.
        let _ = element.focus();
    }
}
