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
    step: Vec<StepDef>,
    rule: Vec<RuleDef>,
    advice: Vec<AdviceDef>,
    source: Vec<SourceDef>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StepDef {
    id: String,
    title: String,
    when: Option<String>,
    question: Vec<QuestionDef>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct QuestionDef {
    id: String,
    kind: String,
    text: String,
    short: String,
    help: Option<String>,
    when: Option<String>,
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
    text: String,
    short: Option<String>,
    help: Option<String>,
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
    reason: String,
    #[serde(default)]
    advice: Vec<String>,
    sources: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AdviceDef {
    id: String,
    kind: String,
    #[serde(default)]
    levels: Vec<String>,
    when: Option<String>,
    text: String,
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

/// Rust source for the questionnaire; its texts go into `texts`.
pub fn generate(source: &str, texts: &mut Texts) -> String {
    let mut text = |key: String, english: &str| format!("Text({})", texts.add(key, english));
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
        let title = text(format!("step.{}.title", step.id), &step.title);
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
                        text(format!("question.{}.unit", question.id), unit)
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
                        format!("Choice {{ id: {id:?}, text: Msg::{msg}.text(), short: None, help: None, none: false }}")
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
                        let help = match &option.help {
                            Some(help) => format!("Some({})", text(format!("{key}.help"), help)),
                            None => "None".to_owned(),
                        };
                        let short = match &option.short {
                            Some(short) => format!("Some({})", text(format!("{key}.short"), short)),
                            None => "None".to_owned(),
                        };
                        let option_text = text(format!("{key}.text"), &option.text);
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
        let help = match &question.help {
            Some(help) => format!(
                "Some({})",
                text(format!("question.{}.help", question.id), help)
            ),
            None => "None".to_owned(),
        };
        let question_text = text(format!("question.{}.text", question.id), &question.text);
        let short = text(format!("question.{}.short", question.id), &question.short);
        writeln!(
            out,
            "        Question {{ id: {:?}, step: {step}, kind: {kind}, text: {question_text}, short: {short}, help: {help}, options: &[{}], when: {when} }},",
            question.id,
            options.join(", ")
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
        let reason = text(format!("rule.{}.reason", rule.id), &rule.reason);
        writeln!(
            out,
            "        Rule {{ id: {:?}, level: Level::{level}, stop: {}, decided_by: {decided_by}, when: {when}, reason: {reason}, advice: &[{}], sources: {} }},",
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
        let advice_text = text(format!("advice.{}.text", advice.id), &advice.text);
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
    out.push_str("    ],\n};\n");
    out
}
