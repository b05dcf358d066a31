//! Phone numbers for the person's region, as links that dial them.

use yew::prelude::*;

use crate::app::text::fill_html;
use crate::content::lang::Lang;
use crate::content::messages::Msg;
use crate::content::regions::{Region, DEFAULT_EMERGENCY};

/// A `tel:` link for a number as people write it ("1800 022 222").
fn dial(number: &str) -> String {
    format!("tel:{}", number.replace(' ', ""))
}

/// The emergency number, big, as a link; the other numbers of the region, or
/// (with no region chosen) a note on the numbers elsewhere.
pub fn emergency_call(lang: Lang, region: Option<&'static Region>) -> Html {
    let numbers = region.map_or(&[DEFAULT_EMERGENCY][..], |region| region.emergency);
    let main = numbers.first().copied().unwrap_or(DEFAULT_EMERGENCY);
    html! {
        <>
            <a class="call-now" href={dial(main)}>{ fill_html(lang.msg(Msg::CallNow), &[("number", main)]) }</a>
            if region.is_none() {
                <p class="hint">{ lang.msg(Msg::EmergencyNumberNote) }</p>
            }
            { for numbers.iter().skip(1).map(|number| html! {
                <p class="hint">{ fill_html(lang.msg(Msg::CallAlso), &[("number", number)]) }</p>
            }) }
        </>
    }
}

/// The region's line for urgent help that is not an emergency, if it has one.
pub fn urgent_service(lang: Lang, region: Option<&'static Region>) -> Html {
    let Some(service) = region.and_then(|region| region.service) else {
        return Html::default();
    };
    let text = match service.name {
        Some(name) => fill_html(
            lang.msg(Msg::CallService),
            &[("service", name), ("number", service.number)],
        ),
        None => fill_html(lang.msg(Msg::CallLine), &[("number", service.number)]),
    };
    html! {
        <p class="service"><a href={dial(service.number)}>{ text }</a></p>
    }
}
