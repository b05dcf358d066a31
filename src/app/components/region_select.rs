//! Choosing where the person is, for the phone numbers the app shows.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::app::i18n::use_lang;
use crate::content::messages::Msg;
use crate::content::regions::{Region, REGIONS};

/// Props of [`RegionSelect`].
#[derive(Properties, PartialEq)]
pub struct RegionSelectProps {
    /// The region chosen, if any.
    pub region: Option<&'static Region>,
    /// Called with the new choice.
    pub on_change: Callback<Option<&'static Region>>,
}

/// A labelled list of regions, with "somewhere else" first.
#[function_component(RegionSelect)]
pub fn region_select(props: &RegionSelectProps) -> Html {
    let lang = use_lang();
    let on_change = props.on_change.reform(|event: Event| {
        let index = event
            .target_unchecked_into::<HtmlSelectElement>()
            .selected_index();
        usize::try_from(index)
            .ok()
            .and_then(|index| index.checked_sub(1))
            .and_then(|index| REGIONS.get(index))
    });
    html! {
        <div class="region-select">
            <label for="region">{ lang.msg(Msg::RegionLabel) }</label>
            <p id="region-hint" class="hint">{ lang.msg(Msg::RegionHint) }</p>
            <select id="region" aria-describedby="region-hint" onchange={on_change}>
                <option value="" selected={props.region.is_none()}>{ lang.msg(Msg::RegionNone) }</option>
                { for REGIONS.iter().map(|region| html! {
                    <option value={region.id} selected={props.region == Some(region)}>{ lang.msg(region.name) }</option>
                }) }
            </select>
        </div>
    }
}
