//! A body map: the front and back of a simple, friendly figure drawn in SVG,
//! each region a focusable checkbox with a name. Chosen regions get a tick and
//! a heavy striped outline as well as a colour.
//!
//! The figures are made only of regions, so every part of them is a target.
//! The figure is symmetric and no option has a side, so left and right are
//! true on both: on the front the person's left is on the viewer's right, on
//! the back it is on the viewer's left.

use yew::prelude::*;

use super::choice_list::Controls;
use crate::content::messages::Msg;

/// The transforms that place a shape, drawn once on the front figure's left
/// (x 0 to 120, centre 60): as drawn, mirrored to the front's right, on the back
/// figure (x 120 to 240), and mirrored there. A shape's flags pick them by bit.
const PLACES: [&str; 4] = [
    "",
    "matrix(-1 0 0 1 120 0)",
    "translate(120)",
    "matrix(-1 0 0 1 240 0)",
];
/// As drawn, on the front figure: a shape of the middle of the body.
const FRONT: u8 = 1;
/// Moved onto the back figure.
const BACK: u8 = 4;
/// A limb: on both figures, and mirrored onto each one's other side.
const ALL: u8 = 15;
/// With `FRONT`: the face's features, drawn as lines on the head.
const FACE: u8 = 16;

/// The head: the face on the front, the back of the head (with the neck) behind.
const HEAD: &str = "M60 4a21 21 0 1 0 .1 0z";
/// The neck, its top following the chin; its foot lies under the chest.
const NECK: &str = "M49 43A21 21 0 0 0 71 43V86H49z";
/// The upper body; its foot lies under the belly.
const CHEST: &str = "M30 90Q30 73 46 72H49Q60 81 71 72H74Q90 73 90 90V132H30z";
/// The lower body down to the hips, under the thighs.
const BELLY: &str = "M30 120H90Q88 140 89 158L60 172 31 158Q32 140 30 120z";
/// One arm with its hand.
const ARM: &str = "M8 90a11 11 0 0 1 22 0l-3 88a11 11 0 0 1-22 0z";
/// One thigh, from the hip to the knee.
const THIGH: &str = "M31 152Q46 158 60 170L56 238H35Q29 196 31 152z";
/// One lower leg: the shin on the front, the calf behind.
const CALF: &str = "M34 234Q45 228 56 234L53 300H41Q31 264 34 234z";
/// One foot.
const FOOT: &str = "M38 290H54Q58 294 58 304V312Q58 322 48 322H40Q31 322 32 312Q33 298 38 290z";

/// One option's shapes, with where each is drawn (`PLACES` bits, plus `FACE`).
struct Region {
    /// The option's id in the `where` question.
    option: &'static str,
    /// Path data and flags, painted in this order.
    shapes: &'static [(&'static str, u8)],
    /// The tick shown when it is chosen, on each figure the region is drawn on.
    tick: &'static str,
}

/// The regions from head to foot: the order of Tab, and of painting, so each
/// shape's top edge is drawn over the one above it.
const REGIONS: &[Region] = &[
    Region {
        option: "jaw",
        shapes: &[
            (HEAD, FRONT),
            ("M52 22h1M67 22h1M53 31q7 5 14 0", FRONT | FACE),
        ],
        tick: "M54 14l4 4 8-9",
    },
    Region {
        option: "neck",
        shapes: &[(HEAD, BACK), (NECK, FRONT | BACK)],
        tick: "M54 60l4 4 8-9",
    },
    Region {
        option: "chest",
        shapes: &[(CHEST, FRONT)],
        tick: "M54 98l4 4 8-9",
    },
    Region {
        option: "belly",
        shapes: &[(BELLY, FRONT)],
        tick: "M54 140l4 4 8-9",
    },
    Region {
        option: "back",
        shapes: &[(CHEST, BACK), (BELLY, BACK)],
        tick: "M54 110l4 4 8-9",
    },
    Region {
        option: "hand_arm",
        shapes: &[(ARM, ALL)],
        tick: "M12 132l4 4 8-9",
    },
    Region {
        option: "thigh",
        shapes: &[(THIGH, ALL)],
        tick: "M39 198l4 4 8-9",
    },
    Region {
        option: "calf",
        shapes: &[(CALF, ALL)],
        tick: "M38 266l4 4 8-9",
    },
    Region {
        option: "foot",
        shapes: &[(FOOT, ALL)],
        tick: "M40 310l4 4 8-9",
    },
];

/// One `<path>`: a shape, the face or a tick, placed by `PLACES[place]`.
fn path(d: &'static str, class: Option<&'static str>, place: usize) -> Html {
    html! { <path d={d} class={class} transform={(place > 0).then_some(PLACES[place])} /> }
}

/// A region's shapes, each copy placed by its transform, and when `selected` a
/// tick on each figure it is drawn on.
fn shapes(region: &Region, selected: bool) -> Html {
    let mut paths = Vec::new();
    let mut figures = 0;
    for &(d, flags) in region.shapes {
        figures |= flags;
        let class = (flags & FACE != 0).then_some("face");
        for place in 0..PLACES.len() {
            if flags & (1 << place) != 0 {
                paths.push(path(d, class, place));
            }
        }
    }
    for place in [0, 2] {
        if selected && figures & (3 << place) != 0 {
            paths.push(path(region.tick, Some("region-tick"), place));
        }
    }
    paths.into_iter().collect()
}

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
            { shapes(region, selected) }
        </g>
    })
}

/// The body map for a `body` question: its regions, each ticked when chosen,
/// with the two figures named below them.
pub fn body_map(controls: &Controls) -> Html {
    let lang = controls.wording.lang;
    let regions = REGIONS
        .iter()
        .filter_map(|region| region_view(region, controls));
    html! {
        <div class="body-map">
            <p id="body-map-label" class="hint">{ lang.msg(Msg::BodyMapLabel) }</p>
            <svg
                viewBox="0 0 240 324"
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
                { for regions }
            </svg>
            <p class="body-map-views" dir="ltr" aria-hidden="true">
                <span>{ lang.msg(Msg::BodyFront) }</span>
                <span>{ lang.msg(Msg::BodyBack) }</span>
            </p>
        </div>
    }
}
