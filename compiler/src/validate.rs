//! Checks the questionnaire as written and resolves it: ids unique and
//! snake_case, every reference known, every condition reading only questions
//! asked before it, kinds with what they need. Every mistake is reported, not
//! only the first.

use std::collections::HashSet;

use crate::checked::{
    Checked, CheckedAdvice, CheckedHelpNow, CheckedQuestion, CheckedRule, CheckedStep, Kind,
};
use crate::condition::{self, Cond, QuestionInfo};
use crate::error::{is_snake_case, ContentError};
use crate::kinds::{self, ADVICE_KINDS, DRAWINGS, LEVELS};
use crate::parse::{AdviceDef, File, OptionDef, QuestionDef, RuleDef, TextDef};

/// The checks' state: what is known of the file, and the mistakes found.
struct Checker<'f> {
    file: &'f File,
    /// Every question, in asking order, with its step's place.
    questions: Vec<(usize, &'f QuestionDef)>,
    /// What conditions need to know of the questions.
    infos: Vec<QuestionInfo<'f>>,
    errors: Vec<ContentError>,
}

/// The options of a yes-or-no question.
const YES_NO: [&str; 2] = ["yes", "no"];

impl<'f> Checker<'f> {
    fn new(file: &'f File) -> Checker<'f> {
        let questions: Vec<(usize, &QuestionDef)> = file
            .step
            .iter()
            .enumerate()
            .flat_map(|(step, def)| def.question.iter().map(move |question| (step, question)))
            .collect();
        let infos = questions
            .iter()
            .map(|(_, question)| QuestionInfo {
                id: &question.id,
                options: if question.kind == "yes_no" {
                    YES_NO.to_vec()
                } else {
                    question
                        .options
                        .iter()
                        .map(|option| option.id.as_str())
                        .collect()
                },
                is_number: question.kind == "number",
            })
            .collect();
        Checker {
            file,
            questions,
            infos,
            errors: Vec::new(),
        }
    }

    fn error(&mut self, at: impl Into<String>, message: impl Into<String>) {
        self.errors.push(ContentError::new(at, message));
    }

    /// Each id snake_case and used once among `what`.
    fn unique<'a>(&mut self, what: &str, ids: impl IntoIterator<Item = &'a str>) {
        let mut seen = HashSet::new();
        for id in ids {
            if !is_snake_case(id) {
                self.error(format!("{what} `{id}`"), "the id is not snake_case");
            }
            if !seen.insert(id) {
                self.error(format!("{what} `{id}`"), "the id appears twice");
            }
        }
    }

    fn check_ids(&mut self) {
        let file = self.file;
        self.unique("step", file.step.iter().map(|step| step.id.as_str()));
        self.unique(
            "question",
            self.questions
                .clone()
                .into_iter()
                .map(|(_, q)| q.id.as_str()),
        );
        self.unique("rule", file.rule.iter().map(|rule| rule.id.as_str()));
        self.unique(
            "advice",
            file.advice.iter().map(|advice| advice.id.as_str()),
        );
        let mut keys = HashSet::new();
        for source in &file.source {
            if !keys.insert(source.key.as_str()) {
                self.error(format!("source `{}`", source.key), "the key appears twice");
            }
            if !source.url.is_empty() && !source.url.starts_with("https://") {
                self.error(
                    format!("source `{}`", source.key),
                    "the address must use https",
                );
            }
        }
    }

    /// The parsed `text` (always true when absent), reading only questions
    /// placed before `limit`; a mistake is reported and reads as always true.
    fn condition(&mut self, text: Option<&str>, limit: usize, at: &str) -> Cond {
        let Some(text) = text else {
            return Cond::Always;
        };
        condition::parse(text, &self.infos, limit).unwrap_or_else(|message| {
            self.error(at, message);
            Cond::Always
        })
    }

    /// A text in voices must not repeat the words of "you".
    fn text(&mut self, text: &TextDef, at: &str) {
        if let TextDef::Voiced { you, they, child } = text {
            if you == they || child.as_ref() == Some(you) {
                self.error(at, "a voice repeats the words of \"you\"");
            }
        }
    }

    /// The places of `keys` among the sources; at least one is needed.
    fn sources(&mut self, keys: &[String], at: &str) -> Vec<usize> {
        if keys.is_empty() {
            self.error(at, "it names no source");
        }
        let file = self.file;
        self.places(keys, at, "source", |key| {
            file.source.iter().position(|source| source.key == key)
        })
    }

    /// The places of `ids` found by `find`; an unknown one is reported.
    fn places(
        &mut self,
        ids: &[String],
        at: &str,
        what: &str,
        find: impl Fn(&str) -> Option<usize>,
    ) -> Vec<usize> {
        let (found, unknown): (Vec<_>, Vec<_>) = ids
            .iter()
            .map(|id| (id, find(id)))
            .partition(|(_, place)| place.is_some());
        for (id, _) in unknown {
            self.error(at, format!("unknown {what} `{id}`"));
        }
        found.into_iter().filter_map(|(_, place)| place).collect()
    }
}

impl<'f> Checker<'f> {
    fn step(&mut self, place: usize, first: usize) -> CheckedStep<'f> {
        let def = &self.file.step[place];
        let at = format!("step `{}`", def.id);
        if def.question.is_empty() {
            self.error(&at, "it has no question");
        }
        self.text(&def.title, &at);
        CheckedStep {
            def,
            when: self.condition(def.when.as_deref(), first, &at),
            questions: first..first + def.question.len(),
        }
    }

    fn question(&mut self, place: usize) -> CheckedQuestion<'f> {
        let (step, def) = self.questions[place];
        let at = format!("question `{}`", def.id);
        self.text(&def.text, &at);
        if let Some(help) = &def.help {
            self.text(help, &at);
        }
        let kind = self.kind(def, &at);
        self.options(def, &at);
        CheckedQuestion {
            def,
            step,
            kind,
            when: self.condition(def.when.as_deref(), place, &at),
            help_now: def.help_now.as_ref().map(|help| CheckedHelpNow {
                def: help,
                // Read once this question is answered: it and the ones before.
                when: self.condition(Some(&help.when), place + 1, &at),
                advice: self.advice_places(&help.advice, &at),
            }),
        }
    }

    /// The places of the advice `ids`.
    fn advice_places(&mut self, ids: &[String], at: &str) -> Vec<usize> {
        let file = self.file;
        self.places(ids, at, "advice", |id| {
            file.advice.iter().position(|advice| advice.id == id)
        })
    }

    /// The question's kind, with what it needs.
    fn kind(&mut self, def: &'f QuestionDef, at: &str) -> Kind<'f> {
        let options = def.options.len();
        match def.kind.as_str() {
            "number" => match (def.min, def.max, &def.unit) {
                _ if options > 0 => self.kind_error(at, "a number has no options"),
                (Some(min), Some(max), Some(unit)) if min < max => Kind::Number { min, max, unit },
                (Some(_), Some(_), Some(_)) => self.kind_error(at, "min must be below max"),
                _ => self.kind_error(at, "a number question needs min, max and unit"),
            },
            "yes_no" if options > 0 => self.kind_error(at, "yes_no options are built in"),
            "yes_no" => Kind::YesNo,
            "one" | "several" | "body" if !(2..=32).contains(&options) => {
                self.kind_error(at, "it needs 2 to 32 options")
            }
            "one" => Kind::One,
            "several" => Kind::Several,
            "body" => Kind::Body,
            other => self.kind_error(at, format!("unknown kind `{other}`")),
        }
    }

    fn kind_error(&mut self, at: &str, message: impl Into<String>) -> Kind<'f> {
        self.error(at, message);
        Kind::Several
    }

    /// Option ids, "None of these" only where several may be chosen, and a
    /// "None of these" for warning signs.
    fn options(&mut self, def: &QuestionDef, at: &str) {
        self.unique(at, def.options.iter().map(|option| option.id.as_str()));
        let has_none = def.options.iter().any(|option: &OptionDef| option.none);
        if has_none && def.kind != "several" {
            self.error(at, "only `several` questions take a `none` option");
        }
        if def.warning && !has_none {
            self.error(at, "warning signs need a \"None of these\" option");
        }
        for option in &def.options {
            self.text(&option.text, at);
        }
    }
}

impl<'f> Checker<'f> {
    fn rule(&mut self, def: &'f RuleDef) -> CheckedRule<'f> {
        let at = format!("rule `{}`", def.id);
        let level = kinds::find(&LEVELS, &def.level).unwrap_or_else(|| {
            self.error(&at, format!("unknown level `{}`", def.level));
            0
        });
        let decided_by = self
            .file
            .step
            .iter()
            .position(|step| step.id == def.decided_by);
        let limit = match decided_by {
            Some(step) => self.questions.iter().filter(|(at, _)| *at <= step).count(),
            None => {
                self.error(&at, format!("unknown step `{}`", def.decided_by));
                self.questions.len()
            }
        };
        self.text(&def.reason, &at);
        let reason_if = def.reason_if.as_ref().map(|case| {
            self.text(&case.text, &at);
            let all = self.questions.len();
            (self.condition(Some(&case.when), all, &at), &case.text)
        });
        let advice = self.advice_places(&def.advice, &at);
        CheckedRule {
            def,
            level,
            decided_by: decided_by.unwrap_or(0),
            when: self.condition(Some(&def.when), limit, &at),
            reason_if,
            advice,
            sources: self.sources(&def.sources, &at),
        }
    }

    fn advice(&mut self, def: &'f AdviceDef) -> CheckedAdvice<'f> {
        let at = format!("advice `{}`", def.id);
        let kind = kinds::find(&ADVICE_KINDS, &def.kind).unwrap_or_else(|| {
            self.error(&at, format!("unknown advice kind `{}`", def.kind));
            0
        });
        let levels = self.places(&def.levels, &at, "level", |id| kinds::find(&LEVELS, id));
        self.text(&def.text, &at);
        let drawing = def.drawing.as_ref().and_then(|id| {
            let found = kinds::find(&DRAWINGS, id);
            if found.is_none() {
                self.error(&at, format!("unknown drawing `{id}`"));
            }
            found
        });
        CheckedAdvice {
            def,
            kind,
            levels,
            drawing,
            when: self.condition(def.when.as_deref(), self.questions.len(), &at),
            sources: self.sources(&def.sources, &at),
        }
    }
}

/// Checks `file` and resolves it, or lists every mistake found.
pub fn validate(file: &File) -> Result<Checked<'_>, Vec<ContentError>> {
    let mut checker = Checker::new(file);
    checker.check_ids();
    let date: Vec<&str> = file.date.split('-').collect();
    let digits =
        |part: &str, count: usize| part.len() == count && part.chars().all(|c| c.is_ascii_digit());
    if !(date.len() == 3 && digits(date[0], 4) && digits(date[1], 2) && digits(date[2], 2)) {
        checker.error("date", "the date is written YYYY-MM-DD");
    }
    let mut first = 0;
    let mut steps = Vec::new();
    for place in 0..file.step.len() {
        let step = checker.step(place, first);
        first = step.questions.end;
        steps.push(step);
    }
    let questions = (0..checker.questions.len())
        .map(|place| checker.question(place))
        .collect();
    let rules = file.rule.iter().map(|rule| checker.rule(rule)).collect();
    let advice = file
        .advice
        .iter()
        .map(|advice| checker.advice(advice))
        .collect();
    let all = checker.questions.len();
    let voice_they = checker.condition(Some(&file.voice.they), all, "voice `they`");
    let voice_child = checker.condition(Some(&file.voice.child), all, "voice `child`");
    if !checker.errors.is_empty() {
        return Err(checker.errors);
    }
    Ok(Checked {
        version: &file.version,
        date: &file.date,
        spec_revision: file.spec_revision,
        steps,
        questions,
        rules,
        advice,
        sources: &file.source,
        voice_they,
        voice_child,
    })
}
