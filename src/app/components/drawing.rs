//! The drawings shown beside advice: simple line figures, as static markup.
//! They are decorative: the advice beside each says what it shows.

use yew::prelude::*;

use crate::engine::Drawing;

/// The markup of `drawing`.
pub const fn markup(drawing: Drawing) -> &'static str {
    match drawing {
        Drawing::CalfStretch => {
            r#"<svg class="drawing" viewBox="0 0 180 110" width="180" height="110" aria-hidden="true" focusable="false"><path class="floor" d="M6 100 H174"/><circle class="figure" cx="40" cy="22" r="10"/><path class="figure" d="M42 33 L50 76 L150 84 M150 84 L156 66 M46 44 L100 64 L152 70"/><path class="arrow" d="M168 58 Q172 74 160 80 M160 80 l2 -7 M160 80 l7 1"/></svg>"#
        }
        Drawing::ThighStretch => {
            r#"<svg class="drawing" viewBox="0 0 180 110" width="180" height="110" aria-hidden="true" focusable="false"><path class="floor" d="M6 100 H174 M128 34 V100 M128 68 H160 V100"/><circle class="figure" cx="84" cy="20" r="10"/><path class="figure" d="M84 31 L84 64 L86 100 M84 64 L80 86 L62 70 M84 40 L128 36 M84 42 L64 68"/><path class="arrow" d="M50 86 Q44 72 54 64 M54 64 l-7 2 M54 64 l-1 7"/></svg>"#
        }
    }
}

/// `drawing`, to show beside the advice that describes it.
pub fn drawing(drawing: Drawing) -> Html {
    super::svg::elements(markup(drawing)).into_iter().collect()
}
