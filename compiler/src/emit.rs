//! Writes the checked questionnaire as Rust data: `pub static CONTENT:
//! Content`, with its texts added to the table of texts, and a typed id for
//! every step and question.

use std::fmt::Write as _;

use crate::catalog::Texts;
use crate::checked::{Checked, CheckedAdvice, CheckedQuestion, CheckedRule, CheckedStep, Kind};
use crate::kinds::{ADVICE_KINDS, DRAWINGS, LEVELS};
use crate::parse::{OptionDef, TextDef};

/// Rust source for a text the same for everyone, added to `texts` under `key`.
fn plain(texts: &mut Texts, key: String, english: &str) -> String {
    format!("Text({})", texts.add(key, english))
}

/// Rust source for a `PersonText`, its words added under `key` (the "you"
/// words), `key.they` and `key.child`.
fn person(texts: &mut Texts, key: String, text: &TextDef) -> String {
    match text {
        TextDef::Same(english) => format!("PersonText::same({})", plain(texts, key, english)),
        TextDef::Voiced { you, they, child } => {
            let you = plain(texts, key.clone(), you);
            let they_text = plain(texts, format!("{key}.they"), they);
            let child = match child {
                Some(child) => plain(texts, format!("{key}.child"), child),
                None => they_text.clone(),
            };
            format!("PersonText {{ you: {you}, they: {they_text}, child: {child} }}")
        }
    }
}

/// Rust source for an optional `PersonText`.
fn maybe_person(texts: &mut Texts, key: String, text: &Option<TextDef>) -> String {
    match text {
        Some(text) => format!("Some({})", person(texts, key, text)),
        None => "None".to_owned(),
    }
}

/// Rust source for a list of places.
fn places(places: &[usize]) -> String {
    let places: Vec<String> = places.iter().map(usize::to_string).collect();
    format!("&[{}]", places.join(", "))
}

fn emit_step(out: &mut String, step: &CheckedStep, texts: &mut Texts) {
    let title = person(
        texts,
        format!("step.{}.title", step.def.id),
        &step.def.title,
    );
    let (first, end) = (step.questions.start, step.questions.end);
    writeln!(
        out,
        "        Step {{ id: {:?}, title: {title}, when: {}, questions: {first}..{end} }},",
        step.def.id,
        step.when.to_rust()
    )
    .unwrap();
}

/// Rust source for one answer option.
fn emit_option(question: &str, option: &OptionDef, texts: &mut Texts) -> String {
    let key = format!("option.{question}.{}", option.id);
    let help = maybe_person(texts, format!("{key}.help"), &option.help);
    let short = match &option.short {
        Some(short) => format!("Some({})", plain(texts, format!("{key}.short"), short)),
        None => "None".to_owned(),
    };
    let text = person(texts, format!("{key}.text"), &option.text);
    format!(
        "Choice {{ id: {:?}, text: {text}, short: {short}, help: {help}, none: {} }}",
        option.id, option.none
    )
}

/// Rust source for a question's kind and its options.
fn emit_kind(question: &CheckedQuestion, texts: &mut Texts) -> (String, Vec<String>) {
    let id = &question.def.id;
    let options = |texts: &mut Texts| {
        let options = question.options().iter();
        options
            .map(|option| emit_option(id, option, texts))
            .collect()
    };
    match question.kind {
        Kind::Number { min, max, unit } => {
            let unit = plain(texts, format!("question.{id}.unit"), unit);
            (
                format!("QuestionKind::Number {{ min: {min}, max: {max}, unit: {unit} }}"),
                vec![],
            )
        }
        Kind::YesNo => {
            let options = [("yes", "Yes"), ("no", "No")]
                .map(|(id, msg)| format!("Choice {{ id: {id:?}, text: PersonText::same(Msg::{msg}.text()), short: None, help: None, none: false }}"));
            ("QuestionKind::YesNo".to_owned(), options.to_vec())
        }
        Kind::One => ("QuestionKind::One".to_owned(), options(texts)),
        Kind::Several => ("QuestionKind::Several".to_owned(), options(texts)),
        Kind::Body => ("QuestionKind::Body".to_owned(), options(texts)),
    }
}

fn emit_question(out: &mut String, question: &CheckedQuestion, texts: &mut Texts) {
    let def = question.def;
    let (kind, options) = emit_kind(question, texts);
    let help = maybe_person(texts, format!("question.{}.help", def.id), &def.help);
    let text = person(texts, format!("question.{}.text", def.id), &def.text);
    let short = plain(texts, format!("question.{}.short", def.id), &def.short);
    let help_now = match &question.help_now {
        Some(help) => format!(
            "Some(HelpNow {{ when: {}, title: {}, advice: {} }})",
            help.when.to_rust(),
            plain(
                texts,
                format!("question.{}.help_now", def.id),
                &help.def.title
            ),
            places(&help.advice)
        ),
        None => "None".to_owned(),
    };
    writeln!(
        out,
        "        Question {{ id: {:?}, step: StepId({}), kind: {kind}, text: {text}, short: {short}, help: {help}, options: &[{}], when: {}, warning: {}, help_now: {help_now} }},",
        def.id,
        question.step,
        options.join(", "),
        question.when.to_rust(),
        def.warning
    )
    .unwrap();
}

fn emit_rule(out: &mut String, rule: &CheckedRule, texts: &mut Texts) {
    let def = rule.def;
    let reason = person(texts, format!("rule.{}.reason", def.id), &def.reason);
    let reason_if = match &rule.reason_if {
        Some((when, text)) => format!(
            "Some(ReasonIf {{ when: {}, text: {} }})",
            when.to_rust(),
            person(texts, format!("rule.{}.reason_if", def.id), text)
        ),
        None => "None".to_owned(),
    };
    let level = LEVELS[rule.level].variant;
    writeln!(
        out,
        "        Rule {{ id: {:?}, level: Level::{level}, stop: {}, decided_by: StepId({}), when: {}, reason: {reason}, reason_if: {reason_if}, advice: {}, sources: {} }},",
        def.id,
        def.stop || level == LEVELS[0].variant,
        rule.decided_by,
        rule.when.to_rust(),
        places(&rule.advice),
        places(&rule.sources)
    )
    .unwrap();
}

fn emit_advice(out: &mut String, advice: &CheckedAdvice, texts: &mut Texts) {
    let def = advice.def;
    let levels: Vec<String> = advice
        .levels
        .iter()
        .map(|&level| format!("Level::{}", LEVELS[level].variant))
        .collect();
    let text = person(texts, format!("advice.{}.text", def.id), &def.text);
    let drawing = match advice.drawing {
        Some(drawing) => format!("Some(Drawing::{})", DRAWINGS[drawing].variant),
        None => "None".to_owned(),
    };
    writeln!(
        out,
        "        Advice {{ id: {:?}, kind: AdviceKind::{}, levels: &[{}], when: {}, text: {text}, drawing: {drawing}, sources: {} }},",
        def.id,
        ADVICE_KINDS[advice.kind].variant,
        levels.join(", "),
        advice.when.to_rust(),
        places(&advice.sources)
    )
    .unwrap();
}

fn emit_sources(out: &mut String, content: &Checked) {
    for source in content.sources {
        let url = match source.url.as_str() {
            "" => "None".to_owned(),
            url => format!("Some({url:?})"),
        };
        writeln!(
            out,
            "        Source {{ key: {:?}, title: {:?}, url: {url} }},",
            source.key, source.title
        )
        .unwrap();
    }
}

/// A module of typed ids, one constant for each id.
fn emit_ids<'a>(out: &mut String, module: &str, kind: &str, ids: impl Iterator<Item = &'a str>) {
    writeln!(
        out,
        "/// Every {module}, by its id.\npub mod {module} {{\n    use super::{kind};\n"
    )
    .unwrap();
    for (place, id) in ids.enumerate() {
        writeln!(
            out,
            "    /// `{id}`\n    pub const {}: {kind} = {kind}({place});",
            id.to_uppercase()
        )
        .unwrap();
    }
    out.push_str("}\n\n");
}

/// Rust source for the checked questionnaire; its texts go into `texts`.
pub fn emit(content: &Checked, texts: &mut Texts) -> String {
    let mut out = String::from("// Generated by the content compiler (compiler/src/emit.rs).\n\n");
    writeln!(out, "/// The revision of the clinical specification this content implements.\npub const SPEC_REVISION: u32 = {};\n", content.spec_revision).unwrap();
    writeln!(out, "/// The day this version of the content was written (`YYYY-MM-DD`).\npub const CONTENT_DATE: &str = {:?};\n", content.date).unwrap();
    emit_ids(
        &mut out,
        "step",
        "StepId",
        content.steps.iter().map(|step| step.def.id.as_str()),
    );
    emit_ids(
        &mut out,
        "question",
        "QuestionId",
        content
            .questions
            .iter()
            .map(|question| question.def.id.as_str()),
    );
    writeln!(out, "/// The questionnaire, its rules and its advice.\npub static CONTENT: Content = Content {{\n    version: {:?},", content.version).unwrap();
    out.push_str("    steps: &[\n");
    content
        .steps
        .iter()
        .for_each(|step| emit_step(&mut out, step, texts));
    out.push_str("    ],\n    questions: &[\n");
    content
        .questions
        .iter()
        .for_each(|question| emit_question(&mut out, question, texts));
    out.push_str("    ],\n    rules: &[\n");
    content
        .rules
        .iter()
        .for_each(|rule| emit_rule(&mut out, rule, texts));
    out.push_str("    ],\n    advice: &[\n");
    content
        .advice
        .iter()
        .for_each(|advice| emit_advice(&mut out, advice, texts));
    out.push_str("    ],\n    sources: &[\n");
    emit_sources(&mut out, content);
    writeln!(
        out,
        "    ],\n    voice_they: {},\n    voice_child: {},\n}};",
        content.voice_they.to_rust(),
        content.voice_child.to_rust()
    )
    .unwrap();
    out
}
