//! The triage engine: pure Rust, no browser. It takes the content and the
//! answers so far, and says what to ask next and what the person should do.

mod answers;
mod assessment;
mod condition;
mod error;
mod evaluation;
mod facts;
mod ids;
mod model;
pub mod saved;
mod told;

pub use answers::{Answer, AnswerValue, Answers};
pub use assessment::{Assessment, Fired};
pub use condition::{Condition, Truth};
pub use error::EngineError;
pub use evaluation::{evaluate, Evaluation, Progress};
pub use ids::{OptionSet, QuestionId, StepId};
pub use model::{
    Advice, AdviceKind, Choice, Content, Drawing, HelpNow, Level, PersonText, Question,
    QuestionKind, ReasonIf, Rule, Source, Step, Text, Voice,
};
pub use told::Told;
