//! The one entry point of the engine: everything the answers so far settle,
//! worked out once each time the answers change. The app keeps it in its state
//! and every view reads it; nothing else asks the engine again.

use super::answers::Answers;
use super::assessment::{assess, Assessment};
use super::condition::Truth;
use super::facts::Facts;
use super::model::{Content, Voice};

/// How far along the questionnaire a step is.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Progress {
    /// The step's number, from 1.
    pub number: usize,
    /// About how many steps there will be, given the answers so far.
    pub about_total: usize,
}

/// What the answers so far settle: which steps and questions are asked, what
/// is still missing, whose words to use, and what the person should do.
#[derive(Debug)]
pub struct Evaluation {
    /// Whether each question is asked, by index.
    asked: Vec<Truth>,
    /// Whether each step is shown, by index.
    shown: Vec<Truth>,
    /// For each step, its questions that are asked (or may be) and have no
    /// answer yet.
    missing: Vec<Vec<usize>>,
    /// Whose words to use for the person with the spasms.
    pub voice: Voice,
    /// What the person should do, and why.
    pub assessment: Assessment,
}

/// Works out everything the `answers` settle for `content`.
pub fn evaluate(content: &'static Content, answers: &Answers) -> Evaluation {
    let facts = Facts::new(content, answers);
    Evaluation {
        asked: (0..content.questions.len())
            .map(|question| facts.asked(question))
            .collect(),
        shown: (0..content.steps.len())
            .map(|step| facts.step_shown(step))
            .collect(),
        missing: content
            .steps
            .iter()
            .map(|step| {
                step.questions
                    .clone()
                    .filter(|&question| {
                        facts.asked(question) != Truth::False && answers.get(question).is_none()
                    })
                    .collect()
            })
            .collect(),
        voice: facts.voice(),
        assessment: assess(&facts),
    }
}

impl Evaluation {
    /// Whether question `index` is asked, given the answers before it.
    pub fn asked(&self, question: usize) -> Truth {
        self.asked.get(question).copied().unwrap_or(Truth::Unknown)
    }

    /// Whether step `index` is shown.
    pub fn step_shown(&self, step: usize) -> Truth {
        self.shown.get(step).copied().unwrap_or(Truth::Unknown)
    }

    /// The questions of `step` that are asked (or may be) and still need an answer.
    pub fn missing(&self, step: usize) -> &[usize] {
        self.missing.get(step).map_or(&[], Vec::as_slice)
    }

    /// Whether every question of `step` that is asked has its answer.
    pub fn step_complete(&self, step: usize) -> bool {
        self.missing(step).is_empty()
    }

    /// Whether a step may be shown: not when its condition is certainly false.
    fn may_show(&self, step: usize) -> bool {
        self.step_shown(step) != Truth::False
    }

    /// The step to show after `current` (or the first step when `None`), or
    /// `None` when the questionnaire is over: a rule stopped it, or no step is left.
    pub fn next_step(&self, current: Option<usize>) -> Option<usize> {
        if self.assessment.stops {
            return None;
        }
        let from = current.map_or(0, |step| step + 1);
        (from..self.shown.len()).find(|&step| self.may_show(step))
    }

    /// The step shown before `current`, if any.
    pub fn previous_step(&self, current: usize) -> Option<usize> {
        (0..current).rev().find(|&step| self.may_show(step))
    }

    /// Where to carry on from: the first shown step that still needs an
    /// answer, or `None` when the questionnaire is finished or stopped.
    pub fn resume_step(&self) -> Option<usize> {
        if self.assessment.stops {
            return None;
        }
        (0..self.shown.len()).find(|&step| self.may_show(step) && !self.step_complete(step))
    }

    /// The step's number and the estimated number of steps, counting every
    /// step that is shown or may still be shown.
    pub fn progress(&self, current: usize) -> Progress {
        let shown = |step: &usize| self.may_show(*step);
        let number = (0..current).filter(shown).count() + 1;
        Progress {
            number,
            about_total: (0..self.shown.len()).filter(shown).count().max(number),
        }
    }
}
