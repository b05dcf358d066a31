//! The shape of the content: steps, questions, rules, advice and sources.
//! The content itself is generated from `src/content/questionnaire.toml`.

use super::condition::Condition;
use super::ids::{OptionSet, QuestionId, StepId};

// `Level`, `AdviceKind` and `Drawing`, from the one list of each in the content
// compiler.
include!(concat!(env!("OUT_DIR"), "/kinds.rs"));

/// A piece of text the person reads, by its place in the message catalogs, so
/// the engine stays the same whatever the language.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Text(pub u16);

/// Whose body and history the questions are about, as the words say it: the
/// person answering, or someone they answer for (an adult, or a child).
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub enum Voice {
    /// The person answers for themselves: "Are you pregnant?".
    #[default]
    You,
    /// They answer for someone else: "Are they pregnant?".
    They,
    /// They answer for a child: "Is your child pregnant?".
    Child,
}

/// A text about the person with the spasms, in each [`Voice`]. A text that
/// needs no pronoun is the same in all three.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct PersonText {
    /// Spoken to the person with the spasms.
    pub you: Text,
    /// Spoken of them to someone answering for them.
    pub they: Text,
    /// Spoken of a child to someone answering for them.
    pub child: Text,
}

impl PersonText {
    /// A text that is the same in every voice.
    pub const fn same(text: Text) -> PersonText {
        PersonText {
            you: text,
            they: text,
            child: text,
        }
    }

    /// The text in `voice`.
    pub const fn in_voice(self, voice: Voice) -> Text {
        match voice {
            Voice::You => self.you,
            Voice::They => self.they,
            Voice::Child => self.child,
        }
    }
}

/// The whole questionnaire: what to ask, how to decide, what to advise.
#[derive(Debug, PartialEq)]
pub struct Content {
    /// The content version; stored answers and exports carry it.
    pub version: &'static str,
    /// Steps in the order they are asked.
    pub steps: &'static [Step],
    /// Every question, in the order they are asked (step by step).
    pub questions: &'static [Question],
    /// Every rule, in the order of the content file.
    pub rules: &'static [Rule],
    /// Every piece of advice, in the order of the content file.
    pub advice: &'static [Advice],
    /// The sources that rules and advice cite.
    pub sources: &'static [Source],
    /// When the words speak of the person as "they": someone answers for them.
    pub voice_they: Condition,
    /// When the words speak of the person as "your child".
    pub voice_child: Condition,
}

impl Content {
    /// The question `id` refers to.
    pub fn question(&self, id: QuestionId) -> &Question {
        &self.questions[id.0]
    }

    /// The step `id` refers to.
    pub fn step(&self, id: StepId) -> &Step {
        &self.steps[id.0]
    }

    /// Every question, in asking order.
    pub fn question_ids(&self) -> impl DoubleEndedIterator<Item = QuestionId> {
        (0..self.questions.len()).map(QuestionId)
    }

    /// Every step, in asking order.
    pub fn step_ids(&self) -> impl DoubleEndedIterator<Item = StepId> {
        (0..self.steps.len()).map(StepId)
    }

    /// The question with this stable id, if there is one.
    pub fn find_question(&self, id: &str) -> Option<QuestionId> {
        self.questions
            .iter()
            .position(|question| question.id == id)
            .map(QuestionId)
    }

    /// The step with this stable id, if there is one.
    pub fn find_step(&self, id: &str) -> Option<StepId> {
        self.steps.iter().position(|step| step.id == id).map(StepId)
    }

    /// The rule with this id.
    pub fn rule(&self, id: &str) -> Option<&'static Rule> {
        self.rules.iter().find(|rule| rule.id == id)
    }
}

/// One screen of the questionnaire.
#[derive(Debug, PartialEq)]
pub struct Step {
    /// Stable id.
    pub id: &'static str,
    /// A short title for the screen.
    pub title: PersonText,
    /// Whether the step is asked at all.
    pub when: Condition,
    /// Where its questions are in [`Content::questions`].
    pub questions: core::ops::Range<usize>,
}

impl Step {
    /// Its questions, in asking order.
    pub fn question_ids(&self) -> impl Iterator<Item = QuestionId> {
        self.questions.clone().map(QuestionId)
    }
}

/// What kind of answer a question takes.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum QuestionKind {
    /// Yes or no (options `yes` and `no`).
    YesNo,
    /// Exactly one of the options.
    One,
    /// Any of the options; an option marked `none` excludes the others.
    Several,
    /// Several body regions, shown as a body map and as a list.
    Body,
    /// A whole number from `min` to `max`.
    Number {
        /// The smallest answer allowed.
        min: i32,
        /// The largest answer allowed.
        max: i32,
        /// The unit, in words ("out of 10").
        unit: Text,
    },
}

/// One question.
#[derive(Debug, PartialEq)]
pub struct Question {
    /// Stable id.
    pub id: &'static str,
    /// Its step.
    pub step: StepId,
    /// What kind of answer it takes.
    pub kind: QuestionKind,
    /// The question, in words.
    pub text: PersonText,
    /// A short label for it, for the compact summary.
    pub short: Text,
    /// Help for a term or for how to answer.
    pub help: Option<PersonText>,
    /// The choices (none for numbers).
    pub options: &'static [Choice],
    /// Whether the question is asked (on top of its step's condition).
    pub when: Condition,
    /// Whether its options are warning signs, so that a summary lists those
    /// the person does not have.
    pub warning: bool,
    /// Help shown under it at once when an answer calls for it.
    pub help_now: Option<HelpNow>,
}

/// Help shown under a question as soon as its answer calls for it, such as
/// what to do during a cramp that is happening now.
#[derive(Debug, PartialEq)]
pub struct HelpNow {
    /// When it is shown (it reads this question and earlier ones).
    pub when: Condition,
    /// Its heading.
    pub title: Text,
    /// The advice it offers, as indices into [`Content::advice`]; each is
    /// shown when its own condition holds, whatever the result's level.
    pub advice: &'static [usize],
}

impl Question {
    /// The index of the option with this id.
    pub fn option_index(&self, id: &str) -> Option<usize> {
        self.options.iter().position(|option| option.id == id)
    }

    /// Whether more than one option may be chosen.
    pub fn takes_several(&self) -> bool {
        matches!(self.kind, QuestionKind::Several | QuestionKind::Body)
    }

    /// The options in `set`, with their places, in order.
    pub fn options_in(&self, set: OptionSet) -> impl Iterator<Item = (usize, &Choice)> {
        set.iter()
            .filter_map(|index| self.options.get(index).map(|option| (index, option)))
    }

    /// Every option, as a set.
    pub fn all_options(&self) -> OptionSet {
        OptionSet::first(self.options.len())
    }

    /// Its "None of these" option, if it has one.
    pub fn none_option(&self) -> OptionSet {
        self.options
            .iter()
            .position(|choice| choice.none)
            .map_or(OptionSet::EMPTY, OptionSet::one)
    }

    /// The options chosen after a person ticks or unticks `option`, given the
    /// options `chosen` before. One-choice questions keep just the new option;
    /// "None of these" and the other options exclude each other.
    pub fn toggle(&self, chosen: OptionSet, option: usize) -> OptionSet {
        let picked = OptionSet::one(option);
        if !self.takes_several() {
            picked
        } else if chosen.meets(picked) {
            chosen.without(picked)
        } else if picked.meets(self.none_option()) {
            picked
        } else {
            chosen.with(picked).without(self.none_option())
        }
    }
}

/// One answer option.
#[derive(Debug, PartialEq)]
pub struct Choice {
    /// Stable id, unique within its question.
    pub id: &'static str,
    /// The option, in words.
    pub text: PersonText,
    /// A short label, where the option is long (the warning signs).
    pub short: Option<Text>,
    /// Help for a term.
    pub help: Option<PersonText>,
    /// "None of these": excludes every other option.
    pub none: bool,
}

/// A clinical rule: when its condition holds, the person needs this level of care.
#[derive(Debug, PartialEq)]
pub struct Rule {
    /// Stable id (the specification's id in snake_case, such as `e_chest`).
    pub id: &'static str,
    /// The care level it leads to.
    pub level: Level,
    /// Whether it ends the questionnaire at once (every emergency rule does).
    pub stop: bool,
    /// The step whose answers settle it; it uses no question asked later.
    pub decided_by: StepId,
    /// When it fires.
    pub when: Condition,
    /// Why, in plain words.
    pub reason: PersonText,
    /// Other words for the reason, used when their condition holds.
    pub reason_if: Option<ReasonIf>,
    /// Advice it brings, as indices into [`Content::advice`].
    pub advice: &'static [usize],
    /// Its sources, as indices into [`Content::sources`].
    pub sources: &'static [usize],
}

/// A reason worded for a case, such as a known risk.
#[derive(Debug, PartialEq)]
pub struct ReasonIf {
    /// When these words replace the rule's reason.
    pub when: Condition,
    /// The reason in this case.
    pub text: PersonText,
}

/// One piece of advice.
#[derive(Debug, PartialEq)]
pub struct Advice {
    /// Stable id.
    pub id: &'static str,
    /// Which part of the result it belongs to.
    pub kind: AdviceKind,
    /// The result levels it is shown at on its own (besides when a rule brings it).
    pub levels: &'static [Level],
    /// When it applies, whether a level or a rule brings it.
    pub when: Condition,
    /// The advice, in plain words.
    pub text: PersonText,
    /// A drawing shown beside it.
    pub drawing: Option<Drawing>,
    /// Its sources, as indices into [`Content::sources`].
    pub sources: &'static [usize],
}

/// A source that rules and advice cite.
#[derive(Debug, PartialEq)]
pub struct Source {
    /// The key, such as `NHS-LC`.
    pub key: &'static str,
    /// Its title.
    pub title: &'static str,
    /// Where to read it, if it has an address.
    pub url: Option<&'static str>,
}
