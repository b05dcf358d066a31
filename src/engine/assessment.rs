//! The assessment: the most urgent level reached, the rules behind it, and the
//! advice to show.

use super::condition::Truth;
use super::facts::Facts;
use super::model::{Advice, AdviceKind, Level, PersonText, Rule};
use super::told::{told, Told};

/// A rule that fired, with its reason worded for the answers.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Fired {
    /// The rule.
    pub rule: &'static Rule,
    /// Why it fired: its reason, or the other words its `reason_if` gives.
    pub reason: PersonText,
}

/// What the person should do, and why.
#[derive(Debug, PartialEq)]
pub struct Assessment {
    /// The most urgent level any rule reached, or self-care when none fired.
    pub level: Level,
    /// Every rule that fired, most urgent first (content order within a level).
    pub fired: Vec<Fired>,
    /// The answers that decided the level: what made the rules at that level
    /// fire, in question order (none when no rule fired).
    pub told: Vec<Told>,
    /// The advice to show, grouped by kind, without duplicates.
    pub advice: Vec<&'static Advice>,
    /// Whether a fired rule ends the questionnaire now.
    pub stops: bool,
}

/// Assesses the answers so far. A rule fires only when its condition is
/// certainly true, so a partial questionnaire never fires a rule too early.
pub(crate) fn assess(facts: &Facts) -> Assessment {
    let content = facts.content;
    let holds = |condition| facts.eval(condition) == Truth::True;
    let firing: Vec<Fired> = content
        .rules
        .iter()
        .filter(|rule| holds(&rule.when))
        .map(|rule| Fired {
            rule,
            reason: match &rule.reason_if {
                Some(case) if holds(&case.when) => case.text,
                _ => rule.reason,
            },
        })
        .collect();
    let fired = in_order(&firing, &Level::ALL, |fired| fired.rule.level);
    let level = fired
        .first()
        .map_or(Level::SelfCare, |fired| fired.rule.level);
    let stops = fired.iter().any(|fired| fired.rule.stop);

    let shown: Vec<&'static Advice> = content
        .advice
        .iter()
        .enumerate()
        .filter(|(index, advice)| {
            let brought = fired.iter().any(|fired| fired.rule.advice.contains(index));
            (brought || advice.levels.contains(&level)) && holds(&advice.when)
        })
        .map(|(_, advice)| advice)
        .collect();
    let advice = in_order(&shown, &AdviceKind::ALL, |advice| advice.kind);

    Assessment {
        level,
        told: told(facts, &fired, level),
        fired,
        advice,
        stops,
    }
}

/// `items` in the order of their keys in `order`, each key's items in their own
/// order: what a stable sort would give, without a sort's code in the download.
fn in_order<T: Copy, K: PartialEq>(items: &[T], order: &[K], key: impl Fn(T) -> K) -> Vec<T> {
    let key = &key;
    order
        .iter()
        .flat_map(|wanted| {
            items
                .iter()
                .copied()
                .filter(move |&item| key(item) == *wanted)
        })
        .collect()
}
