//! Focus management: a new screen's heading takes focus, so keyboard and screen
//! reader users start reading at the top of what changed; after Next, the
//! first question still to answer does.

use yew::prelude::*;

use crate::app::state::Screen;
use crate::content::questionnaire::CONTENT;
use crate::engine::QuestionId;

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

/// When Next flags questions that were not flagged before, the first one's
/// field takes focus, so the person lands on what is missing.
#[hook]
pub fn use_focus_flagged(flagged: &[QuestionId]) {
    let previously_flagged = use_mut_ref(Vec::new);
    let first = flagged
        .first()
        .map(|&question| CONTENT.question(question).id);
    use_effect_with(flagged.to_vec(), move |flagged| {
        let newly_flagged = flagged
            .iter()
            .any(|question| !previously_flagged.borrow().contains(question));
        previously_flagged.replace(flagged.clone());
        let field = first.filter(|_| newly_flagged).and_then(|id| {
            gloo::utils::document()
                .query_selector(&format!("[name=\"{id}\"], #{id}"))
                .ok()
                .flatten()
        });
        if let Some(field) = field
            .and_then(|field| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(field).ok())
        {
            // Focus can fail only on a detached node; nothing to do then.
            let _ = field.focus();
        }
    });
}
