//! Answers as saved text, and back. The format is a few plain lines:
//!
//! ```text
//! spasm-triage answers 1
//! content 1.0.0
//! saved 1764000000000
//! age_group=adult
//! where=calf,foot
//! severity=5
//! ```
//!
//! Reading checks everything: a wrong header, another content version, an old
//! save, an unknown id or a bad number is an error value, never a panic.
//!
//! Answers are saved by question and option ids, never by position. Answers
//! saved by any other content version, earlier or later, are not read at all
//! (the app discards them with its notice): a revision may keep an id and
//! change what it asks (2.1.0 merged screens and put conditions and medicines
//! behind a yes-or-no question), so no mapping from an earlier version is
//! trusted, and saved answers live 7 days at most anyway.

use super::answers::{AnswerValue, Answers};
use super::error::EngineError;
use super::model::{Content, QuestionKind};

const HEADER: &str = "spasm-triage answers 1";

/// How long saved answers are kept: 7 days, in milliseconds.
pub const KEEP_FOR_MS: u64 = 7 * 24 * 60 * 60 * 1000;

/// How far ahead of the clock now a saved time may be and still count as now:
/// a device's clock set back a little (by a time sync, say) must not discard
/// answers saved a moment ago. A save from further ahead is not trusted.
pub const CLOCK_SLACK_MS: u64 = 24 * 60 * 60 * 1000;

/// Why saved answers could not be used.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum SavedError {
    /// Not answers saved by this app, or damaged.
    Malformed,
    /// Saved by another version of the questionnaire.
    OtherVersion(String),
    /// Saved more than [`KEEP_FOR_MS`] ago (or more than [`CLOCK_SLACK_MS`] ahead).
    Expired,
    /// An answer that does not fit the questionnaire.
    Answer(EngineError),
}

/// The answers as saved text, stamped with the content version and `saved_at_ms`.
pub fn encode(content: &Content, answers: &Answers, saved_at_ms: u64) -> String {
    let mut text = format!(
        "{HEADER}\ncontent {}\nsaved {saved_at_ms}\n",
        content.version
    );
    for (question, value) in answers.to_values(content) {
        let value = match value {
            AnswerValue::Number(number) => number.to_string(),
            AnswerValue::One(option) => option,
            AnswerValue::Several(options) => options.join(","),
        };
        text.push_str(&format!("{question}={value}\n"));
    }
    text
}

/// Reads saved text back into answers, given the time now.
pub fn decode(content: &Content, text: &str, now_ms: u64) -> Result<Answers, SavedError> {
    let mut lines = text.lines();
    if lines.next() != Some(HEADER) {
        return Err(SavedError::Malformed);
    }
    let version = lines
        .next()
        .and_then(|line| line.strip_prefix("content "))
        .ok_or(SavedError::Malformed)?;
    if version != content.version {
        return Err(SavedError::OtherVersion(version.to_owned()));
    }
    let saved_at: u64 = lines
        .next()
        .and_then(|line| line.strip_prefix("saved "))
        .and_then(|number| number.parse().ok())
        .ok_or(SavedError::Malformed)?;
    if saved_at > now_ms.saturating_add(CLOCK_SLACK_MS)
        || now_ms.saturating_sub(saved_at) > KEEP_FOR_MS
    {
        return Err(SavedError::Expired);
    }
    let mut answers = Answers::new(content);
    for line in lines {
        let (question_id, value) = line.split_once('=').ok_or(SavedError::Malformed)?;
        let question = content
            .find_question(question_id)
            .map(|question| content.question(question))
            .ok_or_else(|| {
                SavedError::Answer(EngineError::UnknownQuestion(question_id.to_owned()))
            })?;
        let value = match question.kind {
            QuestionKind::Number { .. } => {
                AnswerValue::Number(value.parse().map_err(|_| SavedError::Malformed)?)
            }
            _ if question.takes_several() => {
                AnswerValue::Several(value.split(',').map(str::to_owned).collect())
            }
            _ => AnswerValue::One(value.to_owned()),
        };
        answers
            .set_by_id(content, question_id, &value)
            .map_err(SavedError::Answer)?;
    }
    Ok(answers)
}
