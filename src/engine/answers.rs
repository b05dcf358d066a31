//! The answers a person has given, checked against the content.

use serde::{Deserialize, Serialize};

use super::error::EngineError;
use super::ids::{OptionSet, QuestionId};
use super::model::{Content, Question, QuestionKind};

/// One answer, in the engine's compact form.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Answer {
    /// The chosen options.
    Options(OptionSet),
    /// A number within the question's range.
    Number(i32),
}

/// One answer by ids, as stored, exported or written in a scenario file.
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[serde(untagged)]
pub enum AnswerValue {
    /// A number.
    Number(i64),
    /// One option id.
    One(String),
    /// Several option ids.
    Several(Vec<String>),
}

/// Every answer given so far, one slot a question. Answers to questions that
/// are no longer asked are kept (so going back loses nothing) and ignored.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Answers {
    values: Vec<Option<Answer>>,
}

impl Answers {
    /// No answers yet.
    pub fn new(content: &Content) -> Answers {
        Answers {
            values: vec![None; content.questions.len()],
        }
    }

    /// The answer to `question`, if given.
    pub fn get(&self, question: QuestionId) -> Option<&Answer> {
        self.values.get(question.0).and_then(Option::as_ref)
    }

    /// Sets the answer to `question` after checking it fits the question.
    pub fn set(
        &mut self,
        content: &Content,
        question: QuestionId,
        answer: Answer,
    ) -> Result<(), EngineError> {
        let asked = content
            .questions
            .get(question.0)
            .ok_or_else(|| EngineError::UnknownQuestion(question.0.to_string()))?;
        check(asked, answer)?;
        self.values[question.0] = Some(answer);
        Ok(())
    }

    /// Removes the answer to `question` (when a person unticks everything).
    pub fn clear(&mut self, question: QuestionId) {
        if let Some(slot) = self.values.get_mut(question.0) {
            *slot = None;
        }
    }

    /// Sets an answer given by ids (from storage, a file or a test).
    pub fn set_by_id(
        &mut self,
        content: &Content,
        question_id: &str,
        value: &AnswerValue,
    ) -> Result<(), EngineError> {
        let question = content
            .find_question(question_id)
            .ok_or_else(|| EngineError::UnknownQuestion(question_id.to_owned()))?;
        let answer = from_value(content.question(question), value)?;
        self.set(content, question, answer)
    }

    /// Every answer given, by ids, in question order.
    pub fn to_values(&self, content: &Content) -> Vec<(&'static str, AnswerValue)> {
        content
            .questions
            .iter()
            .zip(&self.values)
            .filter_map(|(question, answer)| {
                answer.map(|answer| (question.id, to_value(question, answer)))
            })
            .collect()
    }
}

fn wrong_kind(question: &Question) -> EngineError {
    EngineError::WrongKind {
        question: question.id.to_owned(),
    }
}

/// Checks that `answer` fits `question`.
fn check(question: &Question, answer: Answer) -> Result<(), EngineError> {
    match (question.kind, answer) {
        (QuestionKind::Number { min, max, .. }, Answer::Number(value)) => {
            if (min..=max).contains(&value) {
                Ok(())
            } else {
                Err(EngineError::OutOfRange {
                    question: question.id.to_owned(),
                    value: value.into(),
                    min,
                    max,
                })
            }
        }
        (QuestionKind::Number { .. }, Answer::Options(_)) | (_, Answer::Number(_)) => {
            Err(wrong_kind(question))
        }
        (_, Answer::Options(chosen)) => {
            if chosen.is_empty()
                || !chosen.within(OptionSet::first(question.options.len()))
                || (!question.takes_several() && chosen.len() != 1)
            {
                Err(wrong_kind(question))
            } else if chosen.meets(question.none_option()) && chosen.len() > 1 {
                Err(EngineError::NoneWithOthers {
                    question: question.id.to_owned(),
                })
            } else {
                Ok(())
            }
        }
    }
}

fn option(question: &Question, id: &str) -> Result<OptionSet, EngineError> {
    question
        .option_index(id)
        .map(OptionSet::one)
        .ok_or_else(|| EngineError::UnknownOption {
            question: question.id.to_owned(),
            option: id.to_owned(),
        })
}

fn from_value(question: &Question, value: &AnswerValue) -> Result<Answer, EngineError> {
    match value {
        AnswerValue::Number(number) => match question.kind {
            QuestionKind::Number { min, max, .. } => i32::try_from(*number)
                .map(Answer::Number)
                .map_err(|_| EngineError::OutOfRange {
                    question: question.id.to_owned(),
                    value: *number,
                    min,
                    max,
                }),
            _ => Err(wrong_kind(question)),
        },
        AnswerValue::One(id) => option(question, id).map(Answer::Options),
        AnswerValue::Several(ids) => ids
            .iter()
            .try_fold(OptionSet::EMPTY, |chosen, id| {
                Ok(chosen.with(option(question, id)?))
            })
            .map(Answer::Options),
    }
}

fn to_value(question: &Question, answer: Answer) -> AnswerValue {
    match answer {
        Answer::Number(value) => AnswerValue::Number(value.into()),
        Answer::Options(chosen) => {
            let ids = chosen
                .iter()
                .filter_map(|option| question.options.get(option))
                .map(|option| option.id.to_owned());
            if question.takes_several() {
                AnswerValue::Several(ids.collect())
            } else {
                AnswerValue::One(ids.collect())
            }
        }
    }
}
