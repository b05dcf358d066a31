//! Choosing where the person is, for the phone numbers the app shows.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::content::lang::Lang;
use crate::content::messages::Msg;
use crate::content::regions::{region as region_by_id, Region, REGIONS};

/// A labelled list of regions: "somewhere else" first, then the regions where
/// `lang` is read (`Region::reading`), then the others; `region` is the one chosen, and
/// `on_change` is called with a new choice.
pub fn region_select(
    lang: Lang,
    region: Option<&'static Region>,
    on_change: &Callback<Option<&'static Region>>,
) -> Html {
    let on_change = on_change.clone();
    let on_change = Callback::from(move |event: Event| {
        let Some(select) = event.target_dyn_into::<HtmlSelectElement>() else {
            return;
        };
        // "Somewhere else" has no id, and so is no region.
        on_change.emit(region_by_id(&select.value()));
    });
    let others = REGIONS.iter().filter(|choice| choice.reads(lang).is_none());
    html! {
        <div class="region-select">
            <label for="region">{ lang.msg(Msg::RegionLabel) }</label>
            <p id="region-hint" class="hint">{ lang.msg(Msg::RegionHint) }</p>
            <select id="region" aria-describedby="region-hint" onchange={on_change}>
                <option value="" selected={region.is_none()}>{ lang.msg(Msg::RegionNone) }</option>
                { for Region::reading(lang).chain(others).map(|choice| html! {
                    <option value={choice.id} selected={region == Some(choice)}>{ lang.msg(choice.name) }</option>
                }) }
            </select>
        </div>
    }
}
