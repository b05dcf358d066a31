//! A rule's condition written out in words a person reads, from the same
//! condition the engine evaluates, for the page that shows how the checker
//! decides: "High temperature and (Very unwell or worse: Yes or Weak immune
//! system: Yes)".

use crate::app::text::fill;
use crate::content::lang::Lang;
use crate::content::messages::Msg;
use crate::content::questionnaire::CONTENT;
use crate::engine::{Condition, OptionSet, QuestionId};

/// The answers that make `condition` hold, in words, in `lang`. A warning
/// sign is named by its short label; any other answer follows its question's
/// short label. Groups inside groups are put in brackets.
pub fn condition_words(lang: Lang, condition: &Condition) -> String {
    match condition {
        Condition::Always => lang.msg(Msg::HowAlways).to_owned(),
        Condition::Chosen { question, options } => chosen(lang, *question, *options),
        Condition::InRange { question, min, max } => {
            let label = lang.t(CONTENT.question(*question).short);
            let (low, high) = (min.to_string(), max.to_string());
            let range = match (*min == i32::MIN, *max == i32::MAX) {
                (false, true) => fill(lang.msg(Msg::HowAtLeast), &[("number", &low)]),
                (true, false) => fill(lang.msg(Msg::HowAtMost), &[("number", &high)]),
                _ => fill(lang.msg(Msg::HowBetween), &[("min", &low), ("max", &high)]),
            };
            format!("{label}: {range}")
        }
        Condition::All(parts) => joined(lang, parts, Msg::HowAnd),
        Condition::Any(parts) => joined(lang, parts, Msg::HowOr),
        Condition::Not(part) => format!("{} {}", lang.msg(Msg::HowNot), part_words(lang, part)),
    }
}

/// The options of `question` in `options`, joined by "or": by their short
/// labels alone where they all have one (warning signs such as "High
/// temperature"), after the question's short label otherwise ("Where: Thigh").
fn chosen(lang: Lang, question: QuestionId, options: OptionSet) -> String {
    let question = CONTENT.question(question);
    let choices = question
        .options
        .iter()
        .enumerate()
        .filter(|(place, _)| options.contains(*place))
        .map(|(_, choice)| choice);
    let labelled = choices.clone().all(|choice| choice.short.is_some());
    let names: Vec<&str> = choices
        .map(|choice| lang.t(choice.short.unwrap_or(choice.text.you)))
        .collect();
    let names = names.join(&format!(" {} ", lang.msg(Msg::HowOr)));
    if labelled {
        names
    } else {
        format!("{}: {names}", lang.t(question.short))
    }
}

/// The parts' words joined by "and" or "or" (`word`).
fn joined(lang: Lang, parts: &[Condition], word: Msg) -> String {
    let words: Vec<String> = parts.iter().map(|part| part_words(lang, part)).collect();
    words.join(&format!(" {} ", lang.msg(word)))
}

/// A part's words, in brackets when it is itself a group.
fn part_words(lang: Lang, part: &Condition) -> String {
    let words = condition_words(lang, part);
    match part {
        Condition::All(_) | Condition::Any(_) => format!("({words})"),
        _ => words,
    }
}
