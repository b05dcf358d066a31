//! FHIR R4: the questionnaire as a `Questionnaire` (items, types, answer
//! options, and `enableWhen` where a condition can be written that way), and
//! a person's answers as a `QuestionnaireResponse` that refers to it.
//!
//! `enableWhen` can say: one answer equals (or not) an option or compares to a
//! number, and a list of those joined all by "and" or all by "or". It cannot
//! nest "and" inside "or" (or the reverse), nor negate a group; a condition
//! like that is written instead as a FHIRPath expression in the Structured
//! Data Capture extension `enableWhenExpression`.

use super::json::Json;
use crate::content::lang::Lang;
use crate::content::questionnaire::CONTENT;
use crate::engine::{
    Answer, Answers, Condition, Evaluation, PersonText, Question, QuestionId, QuestionKind, Truth,
};

/// The questionnaire's canonical URL (a name, not an address to fetch).
pub const QUESTIONNAIRE_URL: &str = "https://spasm-triage.example/fhir/Questionnaire/spasm-triage";

/// A content text in English, as the questionnaire asks it (spoken to the
/// person with the spasms); the response repeats the questionnaire's words.
fn english(text: PersonText) -> &'static str {
    Lang::En.t(text.you)
}

/// The code system of a question's options.
fn option_system(question: &Question) -> String {
    format!(
        "https://spasm-triage.example/fhir/CodeSystem/{}",
        question.id
    )
}

fn coding(question: &Question, option: usize) -> Json {
    let choice = &question.options[option];
    Json::Object(vec![
        ("system", Json::Str(option_system(question))),
        ("code", Json::str(choice.id)),
        ("display", Json::str(english(choice.text))),
    ])
}

/// One `enableWhen` entry.
fn when_item(question: QuestionId, operator: &str, answer: (&'static str, Json)) -> Json {
    Json::Object(vec![
        ("question", Json::str(CONTENT.question(question).id)),
        ("operator", Json::str(operator)),
        answer,
    ])
}

/// The entries for one answer test, and how they join ("any" or "all").
fn atom(condition: &Condition, negated: bool) -> Option<(Vec<Json>, &'static str)> {
    match *condition {
        Condition::Chosen { question, options } => {
            let asked = CONTENT.question(question);
            let items = asked
                .options_in(options)
                .map(|(index, _)| {
                    when_item(
                        question,
                        if negated { "!=" } else { "=" },
                        ("answerCoding", coding(asked, index)),
                    )
                })
                .collect();
            Some((items, if negated { "all" } else { "any" }))
        }
        Condition::InRange { question, min, max } if !negated => {
            let mut items = Vec::new();
            if min != i32::MIN {
                items.push(when_item(
                    question,
                    ">=",
                    ("answerInteger", Json::Int(min.into())),
                ));
            }
            if max != i32::MAX {
                items.push(when_item(
                    question,
                    "<=",
                    ("answerInteger", Json::Int(max.into())),
                ));
            }
            Some((items, "all"))
        }
        Condition::Not(inner) if !negated => atom(inner, true),
        _ => None,
    }
}

/// A condition as `enableWhen` entries and `enableBehavior`, if it can be written so.
pub fn enable_when(condition: &Condition) -> Option<(Vec<Json>, &'static str)> {
    let (parts, behaviour): (&[Condition], &'static str) = match condition {
        Condition::All(parts) => (parts, "all"),
        Condition::Any(parts) => (parts, "any"),
        single => return atom(single, false),
    };
    let mut items = Vec::new();
    for part in parts {
        let (part_items, part_behaviour) = atom(part, false)?;
        if part_items.len() > 1 && part_behaviour != behaviour {
            return None;
        }
        items.extend(part_items);
    }
    Some((items, behaviour))
}

/// Adds `enableWhen` (and `enableBehavior` when needed) for a condition.
fn add_condition(fields: &mut Vec<(&'static str, Json)>, condition: &Condition) {
    if *condition == Condition::Always {
        return;
    }
    match enable_when(condition) {
        Some((items, behaviour)) => {
            let several = items.len() > 1;
            fields.push(("enableWhen", Json::Array(items)));
            if several {
                fields.push(("enableBehavior", Json::str(behaviour)));
            }
        }
        None => fields.push((
            "extension",
            Json::Array(vec![Json::Object(vec![
                ("url", Json::str(ENABLE_WHEN_EXPRESSION)),
                (
                    "valueExpression",
                    Json::Object(vec![
                        ("language", Json::str("text/fhirpath")),
                        ("expression", Json::Str(fhirpath(condition))),
                    ]),
                ),
            ])]),
        )),
    }
}

/// The Structured Data Capture extension for a condition as an expression.
const ENABLE_WHEN_EXPRESSION: &str =
    "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-enableWhenExpression";

/// A condition as a FHIRPath expression over the response being filled in.
pub fn fhirpath(condition: &Condition) -> String {
    let value = |question: QuestionId| {
        format!(
            "%resource.repeat(item).where(linkId = '{}').answer.value",
            CONTENT.question(question).id
        )
    };
    let join = |parts: &[Condition], word: &str| {
        let parts: Vec<String> = parts
            .iter()
            .map(|part| format!("({})", fhirpath(part)))
            .collect();
        parts.join(word)
    };
    match *condition {
        Condition::Always => "true".to_owned(),
        Condition::Chosen { question, options } => {
            let asked = CONTENT.question(question);
            let codes: Vec<String> = asked
                .options_in(options)
                .map(|(_, option)| format!("'{}'", option.id))
                .collect();
            format!(
                "{}.code.intersect({}).exists()",
                value(question),
                codes.join(" | ")
            )
        }
        Condition::InRange { question, min, max } => {
            let bounds = [(">=", min, i32::MIN), ("<=", max, i32::MAX)];
            let bounds: Vec<String> = bounds
                .iter()
                .filter(|(_, bound, open)| bound != open)
                .map(|(operator, bound, _)| format!("{} {operator} {bound}", value(question)))
                .collect();
            bounds.join(" and ")
        }
        Condition::All(parts) => join(parts, " and "),
        Condition::Any(parts) => join(parts, " or "),
        Condition::Not(inner) => format!("({}).not()", fhirpath(inner)),
    }
}

fn question_item(question: &Question) -> Json {
    let mut fields = vec![
        ("linkId", Json::str(question.id)),
        ("text", Json::str(english(question.text))),
    ];
    match question.kind {
        QuestionKind::Number { .. } => fields.push(("type", Json::str("integer"))),
        _ => fields.push(("type", Json::str("choice"))),
    }
    add_condition(&mut fields, &question.when);
    fields.push(("required", Json::Bool(true)));
    if question.takes_several() {
        fields.push(("repeats", Json::Bool(true)));
    }
    if !question.options.is_empty() {
        let options = (0..question.options.len())
            .map(|index| Json::Object(vec![("valueCoding", coding(question, index))]))
            .collect();
        fields.push(("answerOption", Json::Array(options)));
    }
    Json::Object(fields)
}

/// The whole questionnaire as a FHIR R4 `Questionnaire`, in English.
pub fn questionnaire() -> String {
    let groups = CONTENT
        .steps
        .iter()
        .map(|step| {
            let mut fields = vec![
                ("linkId", Json::str(step.id)),
                ("text", Json::str(english(step.title))),
                ("type", Json::str("group")),
            ];
            add_condition(&mut fields, &step.when);
            let items = step
                .questions
                .clone()
                .map(|index| question_item(&CONTENT.questions[index]))
                .collect();
            fields.push(("item", Json::Array(items)));
            Json::Object(fields)
        })
        .collect();
    Json::Object(vec![
        ("resourceType", Json::str("Questionnaire")),
        ("id", Json::str("spasm-triage")),
        ("url", Json::str(QUESTIONNAIRE_URL)),
        ("version", Json::str(CONTENT.version)),
        ("name", Json::str("SpasmTriage")),
        ("title", Json::str("Muscle spasm and cramp checker")),
        ("status", Json::str("draft")),
        ("description", Json::str("Questions about muscle spasms and cramps, other symptoms and risks, used to suggest a level of care. It gives information, not a diagnosis.")),
        ("item", Json::Array(groups)),
    ])
    .to_text()
}

/// The answers as a FHIR R4 `QuestionnaireResponse`: every question that is
/// asked and answered, none that is not (any more) asked. `authored` is an
/// ISO 8601 date and time with its offset.
pub fn questionnaire_response(
    answers: &Answers,
    evaluation: &Evaluation,
    authored: &str,
) -> String {
    let groups: Vec<Json> = CONTENT
        .steps
        .iter()
        .filter_map(|step| {
            let items: Vec<Json> = step
                .question_ids()
                .filter(|&id| evaluation.asked(id) == Truth::True)
                .filter_map(|id| {
                    let question = CONTENT.question(id);
                    let values = match *answers.get(id)? {
                        Answer::Number(value) => vec![Json::Object(vec![(
                            "valueInteger",
                            Json::Int(value.into()),
                        )])],
                        Answer::Options(chosen) => question
                            .options_in(chosen)
                            .map(|(option, _)| {
                                Json::Object(vec![("valueCoding", coding(question, option))])
                            })
                            .collect(),
                    };
                    Some(Json::Object(vec![
                        ("linkId", Json::str(question.id)),
                        ("text", Json::str(english(question.text))),
                        ("answer", Json::Array(values)),
                    ]))
                })
                .collect();
            (!items.is_empty()).then(|| {
                Json::Object(vec![
                    ("linkId", Json::str(step.id)),
                    ("text", Json::str(english(step.title))),
                    ("item", Json::Array(items)),
                ])
            })
        })
        .collect();
    Json::Object(vec![
        ("resourceType", Json::str("QuestionnaireResponse")),
        (
            "questionnaire",
            Json::Str(format!("{QUESTIONNAIRE_URL}|{}", CONTENT.version)),
        ),
        ("status", Json::str("completed")),
        ("authored", Json::str(authored)),
        ("item", Json::Array(groups)),
    ])
    .to_text()
}
