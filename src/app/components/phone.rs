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

/// "Call 999 now", big, as a link that dials the region's emergency number (or
/// 112 where no region is chosen).
pub fn call_now(lang: Lang, region: Option<&'static Region>) -> Html {
    let main = region.map_or(DEFAULT_EMERGENCY, Region::emergency_number);
    html! {
        <a class="call-now" href={dial(main)}>{ fill_html(lang.msg(Msg::CallNow), &[("number", main)]) }</a>
    }
}

/// The emergency number as `call_now`, then the region's other emergency
/// numbers; with no region chosen, the numbers of the countries where the
/// person's language is read, each a link.
pub fn emergency_call(lang: Lang, region: Option<&'static Region>) -> Html {
    let others = region
        .and_then(|region| region.emergency.get(1..))
        .unwrap_or_default();
    html! {
        <>
            { call_now(lang, region) }
            if region.is_none() {
                <p class="hint">{ lang.msg(Msg::EmergencyNumberNote) }</p>
                <ul class="hint numbers">
                    { for Region::reading(lang).filter(|choice| choice.emergency_number() != DEFAULT_EMERGENCY).map(|choice| html! {
                        <li>{ lang.msg(choice.name) }{ ": " }<a href={dial(choice.emergency_number())}><bdi dir="ltr">{ choice.emergency_number() }</bdi></a></li>
                    }) }
                </ul>
            }
            { for others.iter().map(|phone| html! {
                <p class="hint">{ fill_html(lang.msg(Msg::CallAlso), &[("number", phone.number)]) }</p>
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
            &[("service", name), ("number", service.phone.number)],
        ),
        None => fill_html(lang.msg(Msg::CallLine), &[("number", service.phone.number)]),
    };
    html! {
        <p class="service"><a href={dial(service.phone.number)}>{ text }</a></p>
    }
}
