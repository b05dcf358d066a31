//! The questionnaire once checked: every id resolved to a place, every
//! condition parsed. Emitting it cannot fail.

use crate::condition::Cond;
use crate::parse::{
    AdviceDef, HelpNowDef, OptionDef, QuestionDef, RuleDef, SourceDef, StepDef, TextDef,
};

/// The whole questionnaire, checked.
pub struct Checked<'f> {
    pub version: &'f str,
    pub date: &'f str,
    pub spec_revision: u32,
    pub steps: Vec<CheckedStep<'f>>,
    pub questions: Vec<CheckedQuestion<'f>>,
    pub rules: Vec<CheckedRule<'f>>,
    pub advice: Vec<CheckedAdvice<'f>>,
    pub sources: &'f [SourceDef],
    pub voice_they: Cond,
    pub voice_child: Cond,
}

/// A step, with its questions' places.
pub struct CheckedStep<'f> {
    pub def: &'f StepDef,
    pub when: Cond,
    pub questions: std::ops::Range<usize>,
}

/// What a question takes.
pub enum Kind<'f> {
    YesNo,
    One,
    Several,
    Body,
    Number { min: i32, max: i32, unit: &'f str },
}

/// A question, with its step's place and its kind.
pub struct CheckedQuestion<'f> {
    pub def: &'f QuestionDef,
    pub step: usize,
    pub kind: Kind<'f>,
    pub when: Cond,
    pub help_now: Option<CheckedHelpNow<'f>>,
}

/// A question's help for now, with its advice by place.
pub struct CheckedHelpNow<'f> {
    pub def: &'f HelpNowDef,
    pub when: Cond,
    pub advice: Vec<usize>,
}

impl CheckedQuestion<'_> {
    /// Its options as the content wrote them (yes and no are built in).
    pub fn options(&self) -> &[OptionDef] {
        &self.def.options
    }
}

/// A rule, with its level, step, advice and sources by place.
pub struct CheckedRule<'f> {
    pub def: &'f RuleDef,
    pub level: usize,
    pub decided_by: usize,
    pub when: Cond,
    pub reason_if: Option<(Cond, &'f TextDef)>,
    pub advice: Vec<usize>,
    pub sources: Vec<usize>,
}

/// A piece of advice, with its kind, levels and sources by place.
pub struct CheckedAdvice<'f> {
    pub def: &'f AdviceDef,
    pub kind: usize,
    pub levels: Vec<usize>,
    pub when: Cond,
    pub drawing: Option<usize>,
    pub sources: Vec<usize>,
}
