//! The questionnaire file as written: its TOML read into plain definitions,
//! before anything is checked.

use serde::Deserialize;

use crate::error::ContentError;

/// The whole file.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct File {
    pub version: String,
    /// The day this version was written, `YYYY-MM-DD`.
    pub date: String,
    pub spec_revision: u32,
    pub voice: VoiceDef,
    pub step: Vec<StepDef>,
    pub rule: Vec<RuleDef>,
    pub advice: Vec<AdviceDef>,
    pub source: Vec<SourceDef>,
}

/// When the words speak of the person as "they", and as "your child".
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VoiceDef {
    pub they: String,
    pub child: String,
}

/// A text about the person: the same words for everyone, or words for each
/// voice (`child` falls back to `they`).
#[derive(Deserialize, Clone)]
#[serde(untagged)]
pub enum TextDef {
    Same(String),
    Voiced {
        you: String,
        they: String,
        child: Option<String>,
    },
}

/// One screen.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StepDef {
    pub id: String,
    pub title: TextDef,
    pub when: Option<String>,
    pub question: Vec<QuestionDef>,
}

/// One question.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionDef {
    pub id: String,
    pub kind: String,
    pub text: TextDef,
    pub short: String,
    pub help: Option<TextDef>,
    pub when: Option<String>,
    #[serde(default)]
    pub warning: bool,
    #[serde(default)]
    pub options: Vec<OptionDef>,
    pub min: Option<i32>,
    pub max: Option<i32>,
    pub unit: Option<String>,
    pub help_now: Option<HelpNowDef>,
}

/// Help shown under a question at once, when an answer calls for it (a cramp
/// happening now): a title and pieces of advice.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HelpNowDef {
    pub when: String,
    pub title: String,
    pub advice: Vec<String>,
}

/// One answer option.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OptionDef {
    pub id: String,
    pub text: TextDef,
    pub short: Option<String>,
    pub help: Option<TextDef>,
    #[serde(default)]
    pub none: bool,
}

/// One rule.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleDef {
    pub id: String,
    pub level: String,
    #[serde(default)]
    pub stop: bool,
    pub decided_by: String,
    pub when: String,
    pub reason: TextDef,
    pub reason_if: Option<ReasonIfDef>,
    #[serde(default)]
    pub advice: Vec<String>,
    pub sources: Vec<String>,
}

/// Other words for a rule's reason, and when they apply.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReasonIfDef {
    pub when: String,
    pub text: TextDef,
}

/// One piece of advice.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AdviceDef {
    pub id: String,
    pub kind: String,
    #[serde(default)]
    pub levels: Vec<String>,
    pub when: Option<String>,
    pub text: TextDef,
    pub drawing: Option<String>,
    pub sources: Vec<String>,
}

/// One source.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceDef {
    pub key: String,
    pub title: String,
    pub url: String,
}

/// Reads the file's TOML; a syntax mistake or an unknown field is one error.
pub fn parse(source: &str) -> Result<File, ContentError> {
    toml::from_str(source).map_err(|error| ContentError::new("the file", error.to_string()))
}
