//! What the answers so far establish: which questions are asked, and the truth
//! of any condition. Answers to questions no longer asked are ignored here.

use super::answers::{Answer, Answers};
use super::condition::{Condition, Known, Truth};
use super::ids::{QuestionId, StepId};
use super::model::{Content, Voice};

/// The content and answers, with whether each question is asked.
#[derive(Debug)]
pub(crate) struct Facts<'a> {
    /// The content the answers belong to.
    pub(crate) content: &'static Content,
    /// The answers, including ignored ones.
    pub(crate) answers: &'a Answers,
    asked: Vec<Truth>,
}

impl<'a> Facts<'a> {
    /// Works out, question by question, which are asked. A condition only reads
    /// earlier questions (the content build checks this), so one pass settles all.
    pub(crate) fn new(content: &'static Content, answers: &'a Answers) -> Facts<'a> {
        let mut facts = Facts {
            content,
            answers,
            asked: Vec::with_capacity(content.questions.len()),
        };
        for question in content.questions {
            let step = content.step(question.step);
            let asked = facts.eval(&step.when).and(facts.eval(&question.when));
            facts.asked.push(asked);
        }
        facts
    }

    /// Whether `question` is asked, given the answers before it.
    pub(crate) fn asked(&self, question: QuestionId) -> Truth {
        self.asked
            .get(question.0)
            .copied()
            .unwrap_or(Truth::Unknown)
    }

    /// Whether `step` is shown.
    pub(crate) fn step_shown(&self, step: StepId) -> Truth {
        self.eval(&self.content.step(step).when)
    }

    /// What is known of `question`: its answer only if it is asked.
    fn known(&self, question: QuestionId) -> Known<'a> {
        match (self.asked(question), self.answers.get(question)) {
            (Truth::False, _) => Known::NotAsked,
            (Truth::True, Some(answer)) => Known::Answered(answer),
            _ => Known::Pending,
        }
    }

    /// The truth of `condition` over the answers that count.
    pub(crate) fn eval(&self, condition: &Condition) -> Truth {
        condition.eval(&|question| self.known(question))
    }

    /// Reports to `found` the answers that make `condition` true (see
    /// [`Condition::needed`]).
    pub(crate) fn needed(&self, condition: &Condition, found: &mut impl FnMut(QuestionId, Answer)) {
        condition.needed(&|question| self.known(question), found);
    }

    /// The truth of `condition` over the answers given so far, a question not
    /// yet answered counting as not given: for help offered before the rest
    /// of the questions.
    pub(crate) fn eval_so_far(&self, condition: &Condition) -> Truth {
        condition.eval(&|question| match self.known(question) {
            Known::Pending => Known::NotAsked,
            known => known,
        })
    }

    /// Whose words to use for the person with the spasms, once the answers say
    /// who answers for whom (until then, the person answering).
    pub(crate) fn voice(&self) -> Voice {
        if self.eval(&self.content.voice_child) == Truth::True {
            Voice::Child
        } else if self.eval(&self.content.voice_they) == Truth::True {
            Voice::They
        } else {
            Voice::You
        }
    }
}
