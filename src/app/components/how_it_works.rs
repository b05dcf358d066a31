//! "How the checker decides": what it is and is not, and every rule it
//! follows, grouped by care level, each with the answers that lead to it and
//! its sources. Written from the same content the engine evaluates, so it
//! cannot say anything the checker does not do. It asks and stores nothing.

use yew::prelude::*;

use super::history_back::history_back;
use super::level_icon::level_icon;
use super::sources::source_list;
use crate::app::rule_words::condition_words;
use crate::app::text::fill_html;
use crate::app::view::View;
use crate::content::lang::Lang;
use crate::content::messages::{Msg, LEVEL_WORDS};
use crate::content::questionnaire::{CONTENT, CONTENT_DATE};
use crate::engine::{Level, Rule};

/// The page, with Back to where the person was.
pub fn how_it_works(view: &View) -> Html {
    let (lang, heading) = (view.state.lang, view.heading);
    html! {
        <section class="screen how" aria-labelledby="how-title">
            <h1 id="how-title" tabindex="-1" ref={heading.clone()}>{ lang.msg(Msg::HowTitle) }</h1>
            <p>{ lang.msg(Msg::HowWhat) }</p>
            <p>{ lang.msg(Msg::HowWho) }</p>
            <p>{ fill_html(lang.msg(Msg::HowVersion), &[("version", CONTENT.version), ("date", CONTENT_DATE)]) }</p>
            { for Level::ALL.into_iter().map(|level| level_rules(lang, level)) }
            <p>{ lang.msg(Msg::HowPrivate) }</p>
            { history_back(lang) }
        </section>
    }
}

/// The rules that lead to `level`, most urgent level first; for self-care,
/// which no rule leads to, what happens when none applies.
fn level_rules(lang: Lang, level: Level) -> Html {
    let rules = CONTENT.rules.iter().filter(|rule| rule.level == level);
    let title = format!("how-{}", level.id());
    html! {
        <section class={format!("how-level level-{}", level.id())} aria-labelledby={title.clone()}>
            <h2 id={title}>{ level_icon(level) }{ lang.msg(LEVEL_WORDS[level as usize]) }</h2>
            if level == Level::SelfCare {
                <p>{ lang.msg(Msg::HowNone) }</p>
            } else {
                <ul class="how-rules">{ for rules.map(|rule| rule_item(lang, rule)) }</ul>
            }
        </section>
    }
}

/// One rule: its reason, the answers that lead to it, and its sources.
fn rule_item(lang: Lang, rule: &Rule) -> Html {
    html! {
        <li class="how-rule" data-rule={rule.id}>
            <p>{ lang.t(rule.reason.you) }</p>
            <p><strong>{ lang.msg(Msg::HowAnswers) }</strong>{ " " }{ condition_words(lang, &rule.when) }</p>
            <p class="how-sources">{ lang.msg(Msg::Sources) }</p>
            { source_list(rule.sources) }
        </li>
    }
}
