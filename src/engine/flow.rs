//! The flow through the steps: what comes next, what came before, and how far
//! along the person is.

use super::assessment::assess;
use super::condition::Truth;
use super::facts::Facts;

/// How far along the questionnaire a step is.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Progress {
    /// The step's number, from 1.
    pub number: usize,
    /// About how many steps there will be, given the answers so far.
    pub about_total: usize,
}

/// Whether a step may be shown: not when its condition is certainly false.
fn may_show(facts: &Facts, step: usize) -> bool {
    facts.step_shown(step) != Truth::False
}

/// The step to show after `current` (or the first step when `None`), or `None`
/// when the questionnaire is over: a rule stopped it, or no step is left.
pub fn next_step(facts: &Facts, current: Option<usize>) -> Option<usize> {
    if assess(facts).stops {
        return None;
    }
    let from = current.map_or(0, |step| step + 1);
    (from..facts.content.steps.len()).find(|&step| may_show(facts, step))
}

/// The step shown before `current`, if any.
pub fn previous_step(facts: &Facts, current: usize) -> Option<usize> {
    (0..current).rev().find(|&step| may_show(facts, step))
}

/// Where to carry on from: the first shown step that still needs an answer, or
/// `None` when the questionnaire is finished.
pub fn resume_step(facts: &Facts) -> Option<usize> {
    if assess(facts).stops {
        return None;
    }
    (0..facts.content.steps.len()).find(|&step| may_show(facts, step) && !facts.step_complete(step))
}

/// The step's number and the estimated number of steps, counting every step
/// that is shown or may still be shown.
pub fn progress(facts: &Facts, current: usize) -> Progress {
    let shown = |step: &usize| may_show(facts, *step);
    let number = (0..current).filter(shown).count() + 1;
    Progress {
        number,
        about_total: (0..facts.content.steps.len())
            .filter(shown)
            .count()
            .max(number),
    }
}
