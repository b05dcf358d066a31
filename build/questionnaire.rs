//! Reads `questionnaire.toml`, checks it, and writes it as static Rust data
//! (`pub static CONTENT: Content`). Any mistake in the file stops the build
//! with a message that names the item.

use std::collections::HashSet;
use std::fmt::Write as _;

use serde::Deserialize;

use super::catalog::Texts;
use super::condition::{to_rust, QuestionInfo};
use super::is_snake_case;

/// The questionnaire file.
pub const SOURCE: &str = "src/content/questionnaire.toml";

const LEVELS: [(&str, &str); 5] = [
    ("emergency", "Emergency"),
    ("urgent", "Urgent"),
    ("soon", "Soon"),
    ("routine", "Routine"),
    ("self_care", "SelfCare"),
];

const ADVICE_KINDS: [(&str, &str); 5] = [
    ("now", "Now"),
    ("self_care", "SelfCare"),
    ("prevention", "Prevention"),
    ("caution", "Caution"),
    ("safety_net", "SafetyNet"),
];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    version: String,
    spec_revision: u32,
    voice: VoiceDef,
    step: Vec<StepDef>,
    rule: Vec<RuleDef>,
    advice: Vec<AdviceDef>,
    source: Vec<SourceDef>,
}

/// When the words speak of the person as "they", and as "your child".
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct VoiceDef {
    they: String,
    child: String,
}

/// A text about the person: the same words for everyone, or words for each
/// voice (`child` falls back to `they`).
#[derive(Deserialize)]
#[serde(untagged)]
enum TextDef {
    Same(String),
    Voiced {
        you: String,
        they: String,
        child: Option<String>,
    },
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StepDef {
    id: String,
    title: TextDef,
    when: Option<String>,
    question: Vec<QuestionDef>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct QuestionDef {
    id: String,
    kind: String,
    text: TextDef,
    short: String,
    help: Option<TextDef>,
    when: Option<String>,
    #[serde(default)]
    warning: bool,
    #[serde(default)]
    options: Vec<OptionDef>,
    min: Option<i32>,
    max: Option<i32>,
    unit: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OptionDef {
    id: String,
    text: TextDef,
    short: Option<String>,
    help: Option<TextDef>,
    #[serde(default)]
    none: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleDef {
    id: String,
    level: String,
    #[serde(default)]
    stop: bool,
    decided_by: String,
    when: String,
    reason: TextDef,
    reason_if: Option<ReasonIfDef>,
    #[serde(default)]
    advice: Vec<String>,
    sources: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ReasonIfDef {
    when: String,
    text: TextDef,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AdviceDef {
    id: String,
    kind: String,
    #[serde(default)]
    levels: Vec<String>,
    when: Option<String>,
    text: TextDef,
    sources: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SourceDef {
    key: String,
    title: String,
    url: String,
}

fn unique<'a>(what: &str, ids: impl IntoIterator<Item = &'a str>) {
    let mut seen = HashSet::new();
    for id in ids {
        assert!(
            is_snake_case(id),
            "{SOURCE}: {what} id `{id}` is not snake_case"
        );
        assert!(seen.insert(id), "{SOURCE}: {what} id `{id}` appears twice");
    }
}

fn lookup<'a>(table: &[(&str, &'a str)], what: &str, id: &str, item: &str) -> &'a str {
    table
        .iter()
        .find(|(known, _)| *known == id)
        .map(|(_, rust)| *rust)
        .unwrap_or_else(|| panic!("{SOURCE}: {item}: unknown {what} `{id}`"))
}

/// Rust source for a text the same for everyone, added to `texts` under `key`.
fn plain(texts: &mut Texts, key: String, english: &str) -> String {
    format!("Text({})", texts.add(key, english))
}

/// Rust source for a `PersonText`, its words added to `texts` under `key` (the
/// "you" words), `key.they` and `key.child`.
fn person(texts: &mut Texts, key: String, text: &TextDef) -> String {
    match text {
        TextDef::Same(english) => format!("PersonText::same({})", plain(texts, key, english)),
        TextDef::Voiced { you, they, child } => {
            assert!(
                you != they && child.as_ref() != Some(you),
                "{SOURCE}: `{key}`: a voice repeats the words of \"you\""
            );
            let you_text = plain(texts, key.clone(), you);
            let they_text = plain(texts, format!("{key}.they"), they);
            let child_text = match child {
                Some(child) => plain(texts, format!("{key}.child"), child),
                None => they_text.clone(),
            };
            format!("PersonText {{ you: {you_text}, they: {they_text}, child: {child_text} }}")
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

/// Rust source for the questionnaire; its texts go into `texts`.
pub fn generate(source: &str, texts: &mut Texts) -> String {
    let file: File = toml::from_str(source).unwrap_or_else(|error| panic!("{SOURCE}: {error}"));
    let yes_no = ["yes", "no"];

    // Questions, flattened in asking order, with their step.
    let mut questions: Vec<(usize, &QuestionDef)> = Vec::new();
    for (step_index, step) in file.step.iter().enumerate() {
        assert!(
            !step.question.is_empty(),
            "{SOURCE}: step `{}` has no question",
            step.id
        );
        questions.extend(step.question.iter().map(|question| (step_index, question)));
    }
    unique("step", file.step.iter().map(|step| step.id.as_str()));
    unique(
        "question",
        questions.iter().map(|(_, question)| question.id.as_str()),
    );
    unique("rule", file.rule.iter().map(|rule| rule.id.as_str()));
    unique(
        "advice",
        file.advice.iter().map(|advice| advice.id.as_str()),
    );
    let source_keys: Vec<&str> = file
        .source
        .iter()
        .map(|source| source.key.as_str())
        .collect();
    assert_eq!(
        source_keys.len(),
        source_keys.iter().collect::<HashSet<_>>().len(),
        "{SOURCE}: a source key appears twice"
    );

    let infos: Vec<QuestionInfo> = questions
        .iter()
        .map(|(_, question)| QuestionInfo {
            id: &question.id,
            options: if question.kind == "yes_no" {
                yes_no.to_vec()
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
    let condition = |text: &Option<String>, limit: usize, item: &str| match text {
        None => "Condition::Always".to_owned(),
        Some(text) => {
            to_rust(text, &infos, limit).unwrap_or_else(|error| panic!("{SOURCE}: {item}: {error}"))
        }
    };
    let sources = |keys: &[String], item: &str| {
        assert!(!keys.is_empty(), "{SOURCE}: {item} names no source");
        let indices: Vec<String> = keys
            .iter()
            .map(|key| {
                source_keys
                    .iter()
                    .position(|known| known == key)
                    .unwrap_or_else(|| panic!("{SOURCE}: {item}: unknown source `{key}`"))
                    .to_string()
            })
            .collect();
        format!("&[{}]", indices.join(", "))
    };

    let mut out = String::from(
        "// Generated by build/questionnaire.rs from src/content/questionnaire.toml.\n\n",
    );
    writeln!(
        out,
        "/// The revision of the clinical specification this content implements."
    )
    .unwrap();
    writeln!(
        out,
        "pub const SPEC_REVISION: u32 = {};\n",
        file.spec_revision
    )
    .unwrap();
    writeln!(out, "/// The questionnaire, its rules and its advice.").unwrap();
    writeln!(out, "pub static CONTENT: Content = Content {{").unwrap();
    writeln!(out, "    version: {:?},", file.version).unwrap();

    out.push_str("    steps: &[\n");
    let mut first = 0;
    for (index, step) in file.step.iter().enumerate() {
        let item = format!("step `{}`", step.id);
        let when = condition(&step.when, first, &item);
        let end = first + step.question.len();
        let title = person(texts, format!("step.{}.title", step.id), &step.title);
        writeln!(
            out,
            "        Step {{ id: {:?}, title: {title}, when: {when}, questions: {first}..{end} }},",
            step.id
        )
        .unwrap();
        debug_assert!(questions[first].0 == index);
        first = end;
    }
    out.push_str("    ],\n    questions: &[\n");
    for (index, (step, question)) in questions.iter().enumerate() {
        let item = format!("question `{}`", question.id);
        let when = condition(&question.when, index, &item);
        let (kind, options): (String, Vec<String>) = match question.kind.as_str() {
            "number" => {
                let (Some(min), Some(max), Some(unit)) =
                    (question.min, question.max, &question.unit)
                else {
                    panic!("{SOURCE}: {item}: a number question needs min, max and unit");
                };
                assert!(min < max, "{SOURCE}: {item}: min must be below max");
                assert!(
                    question.options.is_empty(),
                    "{SOURCE}: {item}: a number has no options"
                );
                (
                    format!(
                        "QuestionKind::Number {{ min: {min}, max: {max}, unit: {} }}",
                        plain(texts, format!("question.{}.unit", question.id), unit)
                    ),
                    vec![],
                )
            }
            "yes_no" => {
                assert!(
                    question.options.is_empty(),
                    "{SOURCE}: {item}: yes_no options are built in"
                );
                let options = yes_no
                    .iter()
                    .map(|id| {
                        let msg = if *id == "yes" { "Yes" } else { "No" };
                        format!("Choice {{ id: {id:?}, text: PersonText::same(Msg::{msg}.text()), short: None, help: None, none: false }}")
                    })
                    .collect();
                ("QuestionKind::YesNo".to_owned(), options)
            }
            kind @ ("one" | "several" | "body") => {
                assert!(
                    (2..=32).contains(&question.options.len()),
                    "{SOURCE}: {item}: needs 2 to 32 options"
                );
                unique(
                    &item,
                    question.options.iter().map(|option| option.id.as_str()),
                );
                assert!(
                    kind == "several" || question.options.iter().all(|option| !option.none),
                    "{SOURCE}: {item}: only `several` questions take a `none` option"
                );
                let options = question
                    .options
                    .iter()
                    .map(|option| {
                        let key = format!("option.{}.{}", question.id, option.id);
                        let help = maybe_person(texts, format!("{key}.help"), &option.help);
                        let short = match &option.short {
                            Some(short) => format!("Some({})", plain(texts, format!("{key}.short"), short)),
                            None => "None".to_owned(),
                        };
                        let option_text = person(texts, format!("{key}.text"), &option.text);
                        format!(
                            "Choice {{ id: {:?}, text: {option_text}, short: {short}, help: {help}, none: {} }}",
                            option.id, option.none
                        )
                    })
                    .collect();
                let kind = match kind {
                    "one" => "One",
                    "several" => "Several",
                    _ => "Body",
                };
                (format!("QuestionKind::{kind}"), options)
            }
            other => panic!("{SOURCE}: {item}: unknown kind `{other}`"),
        };
        let help = maybe_person(
            texts,
            format!("question.{}.help", question.id),
            &question.help,
        );
        let question_text = person(
            texts,
            format!("question.{}.text", question.id),
            &question.text,
        );
        let short = plain(
            texts,
            format!("question.{}.short", question.id),
            &question.short,
        );
        assert!(
            !question.warning || question.options.iter().any(|option| option.none),
            "{SOURCE}: {item}: warning signs need a \"None of these\" option"
        );
        writeln!(
            out,
            "        Question {{ id: {:?}, step: StepId({step}), kind: {kind}, text: {question_text}, short: {short}, help: {help}, options: &[{}], when: {when}, warning: {} }},",
            question.id,
            options.join(", "),
            question.warning
        )
        .unwrap();
    }

    out.push_str("    ],\n    rules: &[\n");
    for rule in &file.rule {
        let item = format!("rule `{}`", rule.id);
        let level = lookup(&LEVELS, "level", &rule.level, &item);
        let decided_by = file
            .step
            .iter()
            .position(|step| step.id == rule.decided_by)
            .unwrap_or_else(|| panic!("{SOURCE}: {item}: unknown step `{}`", rule.decided_by));
        let limit = questions
            .iter()
            .filter(|(step, _)| *step <= decided_by)
            .count();
        let when = condition(&Some(rule.when.clone()), limit, &item);
        let advice: Vec<String> = rule
            .advice
            .iter()
            .map(|id| {
                file.advice
                    .iter()
                    .position(|advice| &advice.id == id)
                    .unwrap_or_else(|| panic!("{SOURCE}: {item}: unknown advice `{id}`"))
                    .to_string()
            })
            .collect();
        let reason = person(texts, format!("rule.{}.reason", rule.id), &rule.reason);
        let reason_if = match &rule.reason_if {
            Some(case) => format!(
                "Some(ReasonIf {{ when: {}, text: {} }})",
                condition(&Some(case.when.clone()), questions.len(), &item),
                person(texts, format!("rule.{}.reason_if", rule.id), &case.text)
            ),
            None => "None".to_owned(),
        };
        writeln!(
            out,
            "        Rule {{ id: {:?}, level: Level::{level}, stop: {}, decided_by: StepId({decided_by}), when: {when}, reason: {reason}, reason_if: {reason_if}, advice: &[{}], sources: {} }},",
            rule.id,
            rule.stop || level == "Emergency",
            advice.join(", "),
            sources(&rule.sources, &item)
        )
        .unwrap();
    }

    out.push_str("    ],\n    advice: &[\n");
    for advice in &file.advice {
        let item = format!("advice `{}`", advice.id);
        let kind = lookup(&ADVICE_KINDS, "advice kind", &advice.kind, &item);
        let levels: Vec<String> = advice
            .levels
            .iter()
            .map(|level| format!("Level::{}", lookup(&LEVELS, "level", level, &item)))
            .collect();
        let when = condition(&advice.when, questions.len(), &item);
        let advice_text = person(texts, format!("advice.{}.text", advice.id), &advice.text);
        writeln!(
            out,
            "        Advice {{ id: {:?}, kind: AdviceKind::{kind}, levels: &[{}], when: {when}, text: {advice_text}, sources: {} }},",
            advice.id,
            levels.join(", "),
            sources(&advice.sources, &item)
        )
        .unwrap();
    }

    out.push_str("    ],\n    sources: &[\n");
    for source in &file.source {
        let url = if source.url.is_empty() {
            "None".to_owned()
        } else {
            assert!(
                source.url.starts_with("https://"),
                "{SOURCE}: source `{}`: the address must use https",
                source.key
            );
            format!("Some({:?})", source.url)
        };
        writeln!(
            out,
            "        Source {{ key: {:?}, title: {:?}, url: {url} }},",
            source.key, source.title
        )
        .unwrap();
    }
    out.push_str("    ],\n");
    writeln!(
        out,
        "    voice_they: {},\n    voice_child: {},\n}};",
        condition(
            &Some(file.voice.they.clone()),
            questions.len(),
            "voice `they`"
        ),
        condition(
            &Some(file.voice.child.clone()),
            questions.len(),
            "voice `child`"
        )
    )
    .unwrap();
    out
}
