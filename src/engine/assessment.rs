//! The assessment: the most urgent level reached, the rules behind it, and the
//! advice to show.

use super::condition::Truth;
use super::facts::Facts;
use super::model::{Advice, AdviceKind, Level, Rule};

/// What the person should do, and why.
#[derive(Debug, PartialEq)]
pub struct Assessment {
    /// The most urgent level any rule reached, or self-care when none fired.
    pub level: Level,
    /// Every rule that fired, most urgent first (content order within a level).
    pub fired: Vec<&'static Rule>,
    /// The advice to show, grouped by kind, without duplicates.
    pub advice: Vec<&'static Advice>,
    /// Whether a fired rule ends the questionnaire now.
    pub stops: bool,
}

/// Assesses the answers so far. A rule fires only when its condition is
/// certainly true, so a partial questionnaire never fires a rule too early.
pub fn assess(facts: &Facts) -> Assessment {
    let content = facts.content;
    // Grouped by going through the levels in order rather than sorting: the
    // same order as a stable sort, without a sort's code in the download.
    let fired: Vec<&'static Rule> = Level::ALL
        .iter()
        .flat_map(|&level| content.rules.iter().filter(move |rule| rule.level == level))
        .filter(|rule| facts.eval(&rule.when) == Truth::True)
        .collect();
    let level = fired.first().map_or(Level::SelfCare, |rule| rule.level);
    let stops = fired.iter().any(|rule| rule.stop);

    let advice: Vec<&'static Advice> = AdviceKind::ALL
        .iter()
        .flat_map(|&kind| {
            content
                .advice
                .iter()
                .enumerate()
                .filter(move |(_, advice)| advice.kind == kind)
        })
        .filter(|(index, advice)| {
            let brought = fired.iter().any(|rule| rule.advice.contains(index));
            let applies = advice.levels.contains(&level) && facts.eval(&advice.when) == Truth::True;
            brought || applies
        })
        .map(|(_, advice)| advice)
        .collect();

    Assessment {
        level,
        fired,
        advice,
        stops,
    }
}
