//! The questionnaire, generated at build time from `questionnaire.toml`.

use crate::engine::{
    Advice, AdviceKind, Choice, Condition, Content, Level, Question, QuestionKind, Rule, Source,
    Step,
};

include!(concat!(env!("OUT_DIR"), "/questionnaire.rs"));
