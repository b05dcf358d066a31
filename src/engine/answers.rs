//! The answers a person has given, checked against the content.

use serde::{Deserialize, Serialize};

use super::error::EngineError;
use super::model::{Content, Question, QuestionKind};

/// One answer, in the engine's compact form.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Answer {
    /// The chosen options: bit `i` stands for option `i`.
    Options(u32),
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

    /// The answer to question `index`, if given.
    pub fn get(&self, index: usize) -> Option<&Answer> {
        self.values.get(index).and_then(Option::as_ref)
    }

    /// Sets the answer to question `index` after checking it fits the question.
    pub fn set(
        &mut self,
        content: &Content,
        index: usize,
        answer: Answer,
    ) -> Result<(), EngineError> {
        let question = content
            .questions
            .get(index)
            .ok_or_else(|| EngineError::UnknownQuestion(index.to_string()))?;
        check(question, answer)?;
        self.values[index] = Some(answer);
        Ok(())
    }

    /// Removes the answer to question `index` (when a person unticks everything).
    pub fn clear(&mut self, index: usize) {
        if let Some(slot) = self.values.get_mut(index) {
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
        let index = content
            .question_index(question_id)
            .ok_or_else(|| EngineError::UnknownQuestion(question_id.to_owned()))?;
        let answer = from_value(&content.questions[index], value)?;
        self.set(content, index, answer)
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
            let all = if question.options.len() >= 32 {
                u32::MAX
            } else {
                (1u32 << question.options.len()) - 1
            };
            let none = question.none_mask();
            if chosen == 0
                || chosen & !all != 0
                || (!question.takes_several() && chosen.count_ones() != 1)
            {
                Err(wrong_kind(question))
            } else if chosen & none != 0 && chosen.count_ones() > 1 {
                Err(EngineError::NoneWithOthers {
                    question: question.id.to_owned(),
                })
            } else {
                Ok(())
            }
        }
    }
}

fn option_bit(question: &Question, id: &str) -> Result<u32, EngineError> {
    question
        .option_index(id)
        .map(|index| 1u32 << index)
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
        AnswerValue::One(id) => option_bit(question, id).map(Answer::Options),
        AnswerValue::Several(ids) => ids
            .iter()
            .try_fold(0u32, |mask, id| Ok(mask | option_bit(question, id)?))
            .map(Answer::Options),
    }
}

fn to_value(question: &Question, answer: Answer) -> AnswerValue {
    match answer {
        Answer::Number(value) => AnswerValue::Number(value.into()),
        Answer::Options(chosen) => {
            let ids = question
                .options
                .iter()
                .enumerate()
                .filter(|(index, _)| chosen & (1 << index) != 0)
                .map(|(_, option)| option.id.to_owned());
            if question.takes_several() {
                AnswerValue::Several(ids.collect())
            } else {
                AnswerValue::One(ids.collect())
            }
        }
    }
}
