//! Errors are values: stored or typed answers that do not fit the content are
//! reported, never a panic.

use std::fmt;

/// Why an answer could not be taken.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum EngineError {
    /// No question has this id.
    UnknownQuestion(String),
    /// The question has no option with this id.
    UnknownOption {
        /// The question's id.
        question: String,
        /// The option id that was given.
        option: String,
    },
    /// A number outside the question's range.
    OutOfRange {
        /// The question's id.
        question: String,
        /// The number given.
        value: i64,
        /// The smallest allowed.
        min: i32,
        /// The largest allowed.
        max: i32,
    },
    /// A number for a choice question, options for a number question, several
    /// options for a one-choice question, or no option at all.
    WrongKind {
        /// The question's id.
        question: String,
    },
    /// "None of these" chosen together with another option.
    NoneWithOthers {
        /// The question's id.
        question: String,
    },
}

impl fmt::Display for EngineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EngineError::UnknownQuestion(id) => write!(f, "there is no question `{id}`"),
            EngineError::UnknownOption { question, option } => {
                write!(f, "question `{question}` has no option `{option}`")
            }
            EngineError::OutOfRange {
                question,
                value,
                min,
                max,
            } => {
                write!(
                    f,
                    "question `{question}` takes a number from {min} to {max}, not {value}"
                )
            }
            EngineError::WrongKind { question } => {
                write!(f, "that kind of answer does not fit question `{question}`")
            }
            EngineError::NoneWithOthers { question } => {
                write!(
                    f,
                    "question `{question}` has \"none of these\" with other options"
                )
            }
        }
    }
}

impl std::error::Error for EngineError {}
