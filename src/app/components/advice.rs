//! Advice lists and reasons, shared by the result, the early-stop screen and
//! the help shown during a cramp.

use yew::prelude::*;

use super::drawing::drawing;
use super::sources::source_list;
use crate::content::lang::Wording;
use crate::content::messages::{Msg, ADVICE_TITLES};
use crate::engine::{Advice, AdviceKind, Fired, PersonText};

/// The pieces of advice as a list, each with its drawing if it has one.
pub fn advice_list<'a>(
    wording: Wording,
    advice: impl Iterator<Item = &'a &'static Advice>,
) -> Html {
    html! {
        <ul class="advice-list">
            { for advice.map(|advice| html! {
                <li>
                    { wording.t(advice.text) }
                    { advice.drawing.map(drawing).unwrap_or_default() }
                </li>
            }) }
        </ul>
    }
}

/// The advice of `kind` among `advice`.
fn of_kind<'a>(
    advice: &'a [&'static Advice],
    kind: AdviceKind,
) -> impl Iterator<Item = &'a &'static Advice> + Clone {
    advice.iter().filter(move |advice| advice.kind == kind)
}

/// The advice of one kind under its heading (at `level`, 2 or 3); nothing when
/// there is none.
fn titled(wording: Wording, kind: AdviceKind, advice: &[&'static Advice], level: u8) -> Html {
    let mut items = of_kind(advice, kind).peekable();
    if items.peek().is_none() {
        return Html::default();
    }
    let id = format!("advice-{}", kind.id());
    let title = wording.lang.msg(ADVICE_TITLES[kind as usize]);
    html! {
        <section class={format!("advice {id}")} aria-labelledby={id.clone()}>
            if level == 2 {
                <h2 id={id}>{ title }</h2>
            } else {
                <h3 id={id}>{ title }</h3>
            }
            { advice_list(wording, items) }
        </section>
    }
}

/// The advice of one kind under its heading; nothing when there is none.
pub fn advice_section(wording: Wording, kind: AdviceKind, advice: &[&'static Advice]) -> Html {
    titled(wording, kind, advice, 2)
}

/// For a person who will be seen later: what to do while waiting, and within
/// it, when to get help sooner.
pub fn while_you_wait(wording: Wording, advice: &[&'static Advice]) -> Html {
    html! {
        <section class="advice advice-wait" aria-labelledby="advice-wait">
            <h2 id="advice-wait">{ wording.lang.msg(ADVICE_TITLES[AdviceKind::Wait as usize]) }</h2>
            { advice_list(wording, of_kind(advice, AdviceKind::Wait)) }
            { titled(wording, AdviceKind::SafetyNet, advice, 3) }
        </section>
    }
}

/// Texts, each with its sources behind a "Sources" disclosure.
fn sourced(wording: Wording, items: impl Iterator<Item = (PersonText, &'static [usize])>) -> Html {
    html! {
        <ul class="reasons">
            { for items.map(|(text, sources)| html! {
                <li class="reason">
                    <p>{ wording.t(text) }</p>
                    <details class="reason-sources">
                        <summary>{ wording.lang.msg(Msg::Sources) }</summary>
                        { source_list(sources) }
                    </details>
                </li>
            }) }
        </ul>
    }
}

/// Each fired rule's reason with its sources.
pub fn reasons<'a>(wording: Wording, fired: impl Iterator<Item = &'a Fired>) -> Html {
    sourced(
        wording,
        fired.map(|fired| (fired.reason, fired.rule.sources)),
    )
}

/// The harmless patterns the answers fit, each with its sources; nothing when
/// there is none.
pub fn patterns(wording: Wording, advice: &[&'static Advice]) -> Html {
    let mut items = of_kind(advice, AdviceKind::Pattern).peekable();
    if items.peek().is_none() {
        return Html::default();
    }
    html! {
        <section class="advice advice-pattern" aria-labelledby="advice-pattern">
            <h2 id="advice-pattern">{ wording.lang.msg(ADVICE_TITLES[AdviceKind::Pattern as usize]) }</h2>
            { sourced(wording, items.map(|advice| (advice.text, advice.sources))) }
        </section>
    }
}
