//! A body map: the front and back of a body drawn in SVG, each region a
//! focusable checkbox with a name. Chosen regions get a tick and a heavy
//! striped outline as well as a colour.

use yew::prelude::*;

use super::choice_list::Controls;
use crate::content::messages::Msg;

/// The shapes of one region; `x` offsets place them on the front or back figure.
struct Region {
    option: &'static str,
    /// SVG path data, already placed.
    paths: &'static [&'static str],
    /// Where the tick goes.
    tick: (u16, u16),
}

/// Front figure at x 0 to 160, back figure at x 180 to 340 (the person's left is
/// on the viewer's right on the front, and on the viewer's left on the back).
const REGIONS: &[Region] = &[
    Region {
        option: "jaw",
        paths: &["M68 40 Q80 56 92 40 Z"],
        tick: (80, 46),
    },
    Region {
        option: "chest",
        paths: &["M56 66 H104 V104 H56 Z"],
        tick: (80, 86),
    },
    Region {
        option: "belly",
        paths: &["M58 106 H102 V142 H58 Z"],
        tick: (80, 126),
    },
    Region {
        option: "hand_arm",
        paths: &["M36 66 H52 V170 H36 Z", "M108 66 H124 V170 H108 Z"],
        tick: (44, 120),
    },
    Region {
        option: "thigh",
        paths: &["M58 146 H78 V206 H58 Z", "M82 146 H102 V206 H82 Z"],
        tick: (68, 178),
    },
    Region {
        option: "foot",
        paths: &["M54 272 H78 V284 H54 Z", "M82 272 H106 V284 H82 Z"],
        tick: (66, 280),
    },
    Region {
        option: "neck",
        paths: &["M252 46 H268 V62 H252 Z"],
        tick: (260, 56),
    },
    Region {
        option: "back",
        paths: &["M236 66 H284 V142 H236 Z"],
        tick: (260, 104),
    },
    Region {
        option: "calf",
        paths: &["M240 210 H258 V266 H240 Z", "M262 210 H280 V266 H262 Z"],
        tick: (249, 240),
    },
];

/// The parts of each figure that are not regions, drawn for context only.
const OUTLINE: &[&str] = &[
    "M80 6 a18 18 0 1 0 0.1 0 Z",
    "M72 46 H88 V62 H72 Z",
    "M60 208 H76 V270 H60 Z",
    "M84 208 H100 V270 H84 Z",
    "M260 6 a18 18 0 1 0 0.1 0 Z",
    "M216 66 H232 V170 H216 Z",
    "M288 66 H304 V170 H288 Z",
    "M238 146 H258 V206 H238 Z",
    "M262 146 H282 V206 H262 Z",
    "M236 272 H258 V284 H236 Z",
    "M262 272 H284 V284 H262 Z",
];

/// One region of the map as a checkbox, or nothing if the question lacks
/// its option. Space or Enter toggles it, as a click does.
fn region_view(region: &Region, controls: &Controls) -> Option<Html> {
    let Controls {
        wording,
        question,
        chosen,
        on_change,
        ..
    } = *controls;
    let index = question.option_index(region.option)?;
    let selected = chosen.contains(index);
    let toggle = {
        let on_change = on_change.clone();
        move || on_change.emit(question.toggle(chosen, index))
    };
    let on_click = {
        let toggle = toggle.clone();
        Callback::from(move |_: MouseEvent| toggle())
    };
    let on_key = Callback::from(move |event: KeyboardEvent| {
        if event.key() == " " || event.key() == "Enter" {
            event.prevent_default();
            toggle();
        }
    });
    let (x, y) = region.tick;
    Some(html! {
        <g
            class={if selected { "region region-selected" } else { "region" }}
            role="checkbox"
            tabindex="0"
            aria-checked={if selected { "true" } else { "false" }}
            aria-label={wording.t(question.options[index].text)}
            onclick={on_click}
            onkeydown={on_key}
        >
            { for region.paths.iter().map(|path| html! { <path d={*path} /> }) }
            if selected {
                <path class="region-tick" d={format!("M{} {} l4 4 l8 -9", x - 6, y)} />
            }
        </g>
    })
}

/// The body map for a `body` question: its regions, each ticked when chosen.
pub fn body_map(controls: &Controls) -> Html {
    let lang = controls.wording.lang;
    let regions = REGIONS
        .iter()
        .filter_map(|region| region_view(region, controls));
    html! {
        <div class="body-map">
            <p id="body-map-label" class="hint">{ lang.msg(Msg::BodyMapLabel) }</p>
            <svg
                viewBox="0 0 340 300"
                role="group"
                aria-labelledby="body-map-label"
                focusable="false"
            >
                <defs>
                    <pattern id="region-stripes" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                        <rect width="6" height="6" class="stripe-base" />
                        <rect width="2" height="6" class="stripe" />
                    </pattern>
                </defs>
                <g class="outline" aria-hidden="true">
                    { for OUTLINE.iter().map(|path| html! { <path d={*path} /> }) }
                </g>
                { for regions }
                <text x="80" y="298" text-anchor="middle" aria-hidden="true">{ lang.msg(Msg::BodyFront) }</text>
                <text x="260" y="298" text-anchor="middle" aria-hidden="true">{ lang.msg(Msg::BodyBack) }</text>
            </svg>
        </div>
    }
}
