//! Advice lists and reasons, shared by the result and the early-stop screens.

use yew::prelude::*;

use super::sources::source_list;
use crate::content::lang::Wording;
use crate::content::messages::{Msg, ADVICE_TITLES};
use crate::engine::{Advice, AdviceKind, Fired};

/// The advice of one kind under its heading; nothing when there is none.
/// `extra` follows the list (a drawing, say).
pub fn advice_section(
    wording: Wording,
    kind: AdviceKind,
    advice: &[&'static Advice],
    extra: Html,
) -> Html {
    let items: Vec<&&Advice> = advice.iter().filter(|advice| advice.kind == kind).collect();
    if items.is_empty() {
        return Html::default();
    }
    let id = format!("advice-{}", kind.id());
    html! {
        <section class={format!("advice {id}")} aria-labelledby={id.clone()}>
            <h2 id={id}>{ wording.lang.msg(ADVICE_TITLES[kind as usize]) }</h2>
            <ul>
                { for items.iter().map(|advice| html! { <li>{ wording.t(advice.text) }</li> }) }
            </ul>
            { extra }
        </section>
    }
}

/// Each fired rule's reason with its sources.
pub fn reasons(wording: Wording, fired: &[Fired]) -> Html {
    html! {
        <ul class="reasons">
            { for fired.iter().map(|fired| html! {
                <li class={format!("reason reason-{}", fired.rule.level.id())}>
                    <p>{ wording.t(fired.reason) }</p>
                    <details class="reason-sources">
                        <summary>{ wording.lang.msg(Msg::Sources) }</summary>
                        { source_list(fired.rule.sources) }
                    </details>
                </li>
            }) }
        </ul>
    }
}
