//! How to reach the clinic whose website embeds the checker.

use yew::prelude::*;

use crate::app::settings::Clinic;
use crate::app::text::fill_html;
use crate::content::lang::Lang;
use crate::content::messages::Msg;

/// "Contact <clinic>", with its phone as a link that dials it and its website
/// as a link that opens in a new tab without telling it where the person came
/// from; nothing when the host page gave no way to reach the clinic. The
/// details come from the host page's URL options only, never from an answer.
pub fn clinic_contact(lang: Lang, clinic: &Clinic) -> Html {
    if !clinic.reachable() {
        return Html::default();
    }
    let title = match &clinic.name {
        Some(name) => fill_html(lang.msg(Msg::ClinicContact), &[("clinic", name)]),
        None => Html::from(lang.msg(Msg::ClinicContactUnnamed)),
    };
    html! {
        <section class="clinic" aria-labelledby="clinic-title">
            <h2 id="clinic-title">{ title }</h2>
            <ul class="clinic-links">
                if let (Some(phone), Some(dial)) = (&clinic.phone, clinic.dial()) {
                    <li><a href={dial}>{ fill_html(lang.msg(Msg::ClinicCall), &[("number", phone)]) }</a></li>
                }
                if let Some(url) = &clinic.url {
                    <li><a href={url.clone()} target="_blank" rel="noopener noreferrer">{ lang.msg(Msg::ClinicWebsite) }</a></li>
                }
            </ul>
        </section>
    }
}
