//! The one entry point of the engine: everything the answers so far settle,
//! worked out once each time the answers change. The app keeps it in its state
//! and every view reads it; nothing else asks the engine again.

use super::answers::Answers;
use super::assessment::{assess, Assessment};
use super::condition::Truth;
use super::facts::Facts;
use super::ids::{QuestionId, StepId};
use super::model::{Advice, Content, Voice};

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
    /// Whether each question is asked, in question order.
    asked: Vec<Truth>,
    /// Whether each step is shown, in step order.
    shown: Vec<Truth>,
    /// For each step, its questions that are asked (or may be) and have no
    /// answer yet.
    missing: Vec<Vec<QuestionId>>,
    /// The help shown under questions at once: for each question whose
    /// answer calls for it, the advice that applies.
    help_now: Vec<(QuestionId, Vec<&'static Advice>)>,
    /// Whose words to use for the person with the spasms.
    pub voice: Voice,
    /// What the person should do, and why.
    pub assessment: Assessment,
}

/// Works out everything the `answers` settle for `content`.
pub fn evaluate(content: &'static Content, answers: &Answers) -> Evaluation {
    let facts = Facts::new(content, answers);
    let missing = |question: &QuestionId| {
        facts.asked(*question) != Truth::False && answers.get(*question).is_none()
    };
    Evaluation {
        asked: content
            .question_ids()
            .map(|question| facts.asked(question))
            .collect(),
        shown: content
            .step_ids()
            .map(|step| facts.step_shown(step))
            .collect(),
        missing: content
            .steps
            .iter()
            .map(|step| step.question_ids().filter(missing).collect())
            .collect(),
        help_now: help_now(&facts),
        voice: facts.voice(),
        assessment: assess(&facts),
    }
}

/// For each question asked whose help is called for, the advice that applies
/// given the answers so far (questions not reached yet count as not given).
fn help_now(facts: &Facts) -> Vec<(QuestionId, Vec<&'static Advice>)> {
    let content = facts.content;
    let holds = |condition| facts.eval_so_far(condition) == Truth::True;
    content
        .question_ids()
        .filter(|&id| facts.asked(id) == Truth::True)
        .filter_map(|id| Some((id, content.question(id).help_now.as_ref()?)))
        .filter(|(_, help)| holds(&help.when))
        .map(|(id, help)| {
            let advice = help.advice.iter().map(|&index| &content.advice[index]);
            (id, advice.filter(|advice| holds(&advice.when)).collect())
        })
        .collect()
}

impl Evaluation {
    /// Whether `question` is asked, given the answers before it.
    pub fn asked(&self, question: QuestionId) -> Truth {
        self.asked
            .get(question.0)
            .copied()
            .unwrap_or(Truth::Unknown)
    }

    /// The advice to show under `question` at once (empty when its answer
    /// does not call for help).
    pub fn help_now(&self, question: QuestionId) -> &[&'static Advice] {
        self.help_now
            .iter()
            .find(|(id, _)| *id == question)
            .map_or(&[], |(_, advice)| advice.as_slice())
    }

    /// Whether `step` is shown.
    pub fn step_shown(&self, step: StepId) -> Truth {
        self.shown.get(step.0).copied().unwrap_or(Truth::Unknown)
    }

    /// The questions of `step` that are asked (or may be) and still need an answer.
    pub fn missing(&self, step: StepId) -> &[QuestionId] {
        self.missing.get(step.0).map_or(&[], Vec::as_slice)
    }

    /// Whether every question of `step` that is asked has its answer.
    pub fn step_complete(&self, step: StepId) -> bool {
        self.missing(step).is_empty()
    }

    /// Every step, in order.
    fn steps(&self) -> impl DoubleEndedIterator<Item = StepId> {
        (0..self.shown.len()).map(StepId)
    }

    /// Whether a step may be shown: not when its condition is certainly false.
    fn may_show(&self, step: StepId) -> bool {
        self.step_shown(step) != Truth::False
    }

    /// The step to show after `current` (or the first step when `None`), or
    /// `None` when the questionnaire is over: a rule stopped it, or no step is left.
    pub fn next_step(&self, current: Option<StepId>) -> Option<StepId> {
        if self.assessment.stops {
            return None;
        }
        self.steps()
            .filter(|&step| current.is_none_or(|current| step > current))
            .find(|&step| self.may_show(step))
    }

    /// The step shown before `current`, if any.
    pub fn previous_step(&self, current: StepId) -> Option<StepId> {
        self.steps()
            .rev()
            .filter(|&step| step < current)
            .find(|&step| self.may_show(step))
    }

    /// Where to carry on from: the first shown step that still needs an
    /// answer, or `None` when the questionnaire is finished or stopped.
    pub fn resume_step(&self) -> Option<StepId> {
        if self.assessment.stops {
            return None;
        }
        self.steps()
            .find(|&step| self.may_show(step) && !self.step_complete(step))
    }

    /// The step's number and the estimated number of steps, counting every
    /// step that is shown or may still be shown.
    pub fn progress(&self, current: StepId) -> Progress {
        let number = self
            .steps()
            .filter(|&step| step < current && self.may_show(step))
            .count()
            + 1;
        Progress {
            number,
            about_total: self
                .steps()
                .filter(|&step| self.may_show(step))
                .count()
                .max(number),
        }
    }
}
