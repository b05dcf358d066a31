//! The questionnaire, generated at build time from `questionnaire.toml`.

use super::messages::Msg;
use crate::engine::{
    Advice, AdviceKind, Choice, Condition, Content, Drawing, HelpNow, Level, OptionSet, PersonText,
    Question, QuestionId, QuestionKind, ReasonIf, Rule, Source, Step, StepId, Text,
};

include!(concat!(env!("OUT_DIR"), "/questionnaire.rs"));
