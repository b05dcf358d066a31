//! Conditions over the answers, evaluated with three values: an answer not
//! given yet makes a condition unknown rather than false, so nothing fires early.

use super::answers::Answer;
use super::ids::{OptionSet, QuestionId};

/// Whether a step, question or rule applies, given the answers.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Condition {
    /// Always holds.
    Always,
    /// The question's answer includes any of the options.
    Chosen {
        /// The question.
        question: QuestionId,
        /// The options that make it hold.
        options: OptionSet,
    },
    /// The question's number is within `min..=max`.
    InRange {
        /// The question.
        question: QuestionId,
        /// Smallest value that holds.
        min: i32,
        /// Largest value that holds.
        max: i32,
    },
    /// Every part holds.
    All(&'static [Condition]),
    /// At least one part holds.
    Any(&'static [Condition]),
    /// The part does not hold.
    Not(&'static Condition),
}

/// A three-valued truth: unknown while an answer it needs is still to come.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Truth {
    /// Holds.
    True,
    /// Does not hold.
    False,
    /// Cannot be told yet.
    Unknown,
}

impl Truth {
    fn from_bool(value: bool) -> Truth {
        if value {
            Truth::True
        } else {
            Truth::False
        }
    }

    fn not(self) -> Truth {
        match self {
            Truth::True => Truth::False,
            Truth::False => Truth::True,
            Truth::Unknown => Truth::Unknown,
        }
    }

    /// Kleene "and".
    pub fn and(self, other: Truth) -> Truth {
        match (self, other) {
            (Truth::False, _) | (_, Truth::False) => Truth::False,
            (Truth::True, Truth::True) => Truth::True,
            _ => Truth::Unknown,
        }
    }

    fn or(self, other: Truth) -> Truth {
        self.not().and(other.not()).not()
    }
}

/// What a condition can know about one question: its answer if it is asked and
/// answered, `False` if it is not asked, `Unknown` if it may still be answered.
pub(crate) enum Known<'a> {
    Answered(&'a Answer),
    NotAsked,
    Pending,
}

impl Condition {
    /// Evaluates the condition; `known` tells what is known of each question
    /// (a `dyn` function: one copy of the code for every caller, which is less to download).
    pub(crate) fn eval<'a>(&self, known: &dyn Fn(QuestionId) -> Known<'a>) -> Truth {
        match *self {
            Condition::Always => Truth::True,
            Condition::Chosen { question, options } => match known(question) {
                Known::Answered(Answer::Options(chosen)) => Truth::from_bool(chosen.meets(options)),
                Known::Answered(Answer::Number(_)) | Known::NotAsked => Truth::False,
                Known::Pending => Truth::Unknown,
            },
            Condition::InRange { question, min, max } => match known(question) {
                Known::Answered(Answer::Number(value)) => {
                    Truth::from_bool((min..=max).contains(value))
                }
                Known::Answered(Answer::Options(_)) | Known::NotAsked => Truth::False,
                Known::Pending => Truth::Unknown,
            },
            Condition::All(parts) => parts
                .iter()
                .fold(Truth::True, |truth, part| truth.and(part.eval(known))),
            Condition::Any(parts) => parts
                .iter()
                .fold(Truth::False, |truth, part| truth.or(part.eval(known))),
            Condition::Not(part) => part.eval(known).not(),
        }
    }

    /// Reports to `found` the answers that make the condition true, and only
    /// those: every part of an "and", the parts of an "or" that hold, nothing
    /// under a "not" (an answer not given is nothing the person told us); of a
    /// chosen answer, the options the condition names. Nothing when it does not
    /// hold. A question may be reported more than once.
    pub(crate) fn needed<'a>(
        &self,
        known: &dyn Fn(QuestionId) -> Known<'a>,
        found: &mut impl FnMut(QuestionId, Answer),
    ) {
        if self.eval(known) != Truth::True {
            return;
        }
        match *self {
            Condition::Chosen { question, options } => {
                if let Known::Answered(Answer::Options(chosen)) = known(question) {
                    found(question, Answer::Options(chosen.common(options)));
                }
            }
            Condition::InRange { question, .. } => {
                if let Known::Answered(&answer) = known(question) {
                    found(question, answer);
                }
            }
            Condition::All(parts) | Condition::Any(parts) => {
                parts.iter().for_each(|part| part.needed(known, found))
            }
            Condition::Always | Condition::Not(_) => {}
        }
    }
}
