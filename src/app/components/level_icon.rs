//! An icon for each care level, always shown beside the level's words.

use yew::prelude::*;
use yew::virtual_dom::VTag;

use crate::engine::Level;

/// The drawing inside each level's icon: a warning sign, a clock, a calendar
/// with lines or with a tick, or a house. Static markup, so the app carries
/// strings rather than the code that would build the same elements.
pub const SHAPES: [&str; 5] = [
    r#"<path d="M16 3 L30 28 H2 Z"/><path class="icon-mark" d="M16 11 V19 M16 22.5 V24"/>"#,
    r#"<circle cx="16" cy="16" r="13"/><path class="icon-mark" d="M16 8 V16 L22 19"/>"#,
    r#"<rect x="3" y="6" width="26" height="23" rx="3"/><path class="icon-mark" d="M9 13 H23 M9 19 H15"/>"#,
    r#"<rect x="3" y="6" width="26" height="23" rx="3"/><path class="icon-mark" d="M9 18 L14 23 L23 12"/>"#,
    r#"<path d="M3 15 L16 4 L29 15 V29 H3 Z"/><path class="icon-mark" d="M13 29 V20 H19 V29"/>"#,
];

/// A small drawing for the level. Decorative: the words carry the meaning.
pub fn level_icon(level: Level) -> Html {
    let mut icon = VTag::new("svg");
    for (name, value) in [
        ("class", "level-icon"),
        ("viewBox", "0 0 32 32"),
        ("width", "40"),
        ("height", "40"),
        ("aria-hidden", "true"),
        ("focusable", "false"),
    ] {
        icon.add_attribute(name, value);
    }
    icon.add_children(super::svg::elements(SHAPES[level as usize]));
    icon.into()
}
