//! A simple drawing of easing a calf cramp: sitting, leg straight, pulling the
//! top of the foot towards the body.

use yew::prelude::*;

use crate::content::lang::Lang;
use crate::content::messages::Msg;

/// The drawing, as static markup (named by the caption).
const DRAWING: &str = r#"<svg viewBox="0 0 180 110" width="180" height="110" role="img" aria-labelledby="calf-stretch-caption" focusable="false"><path class="floor" d="M6 100 H174"/><circle class="figure" cx="40" cy="22" r="10"/><path class="figure" d="M42 33 L50 76 L150 84 M150 84 L156 66 M46 44 L100 64 L152 70"/><path class="arrow" d="M168 58 Q172 74 160 80 M160 80 l2 -7 M160 80 l7 1"/></svg>"#;

/// The drawing with its caption, shown beside the self-care steps.
pub fn calf_stretch(lang: Lang) -> Html {
    html! {
        <figure class="calf-stretch">
            { Html::from_html_unchecked(AttrValue::Static(DRAWING)) }
            <figcaption id="calf-stretch-caption">{ lang.msg(Msg::CalfStretchCaption) }</figcaption>
        </figure>
    }
}
