//! Runs every scenario file in `tests/scenarios/`, and in the folder named by
//! `SPASM_SCENARIOS` when it is set: each is a short story with answers and the
//! expected level and rules. See the README for the format.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use spasm_triage::content::lang::Lang;
use spasm_triage::content::questionnaire::CONTENT;
use spasm_triage::engine::{evaluate, AnswerValue, Answers, Truth};

/// One scenario file.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Scenario {
    title: String,
    level: String,
    fires: Vec<String>,
    #[serde(default)]
    not_fires: Vec<String>,
    stops: Option<bool>,
    /// Set when the story stops part-way on purpose (not by a stopping rule).
    #[serde(default)]
    partial: bool,
    answers: BTreeMap<String, AnswerValue>,
    /// Answers changed afterwards, as when a person goes back.
    #[serde(default)]
    then: BTreeMap<String, AnswerValue>,
}

/// What a scenario led to.
struct Outcome {
    answers: Answers,
    fired: BTreeSet<String>,
}

/// The project's own scenarios, written as a person would answer the screens.
fn own_scenarios() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/scenarios")
}

/// The questions answered at `first` that the person would never see, neither
/// then nor after going back to change answers (`last`): a scenario of our own
/// answers only what its person is asked.
fn unasked_answers(first: &Answers, last: &Answers) -> Vec<&'static str> {
    let (before, after) = (evaluate(&CONTENT, first), evaluate(&CONTENT, last));
    CONTENT
        .question_ids()
        .filter(|&id| first.get(id).is_some())
        .filter(|&id| before.asked(id) != Truth::True && after.asked(id) != Truth::True)
        .map(|id| CONTENT.question(id).id)
        .collect()
}

fn scenario_files() -> Vec<PathBuf> {
    let mut folders = vec![own_scenarios()];
    if let Some(extra) = std::env::var_os("SPASM_SCENARIOS") {
        folders.push(PathBuf::from(extra));
    }
    let mut files: Vec<PathBuf> = folders
        .iter()
        .flat_map(|folder| {
            fs::read_dir(folder)
                .unwrap_or_else(|error| panic!("cannot read {}: {error}", folder.display()))
                .map(|entry| entry.expect("a readable folder entry").path())
        })
        .filter(|path| {
            path.extension()
                .is_some_and(|extension| extension == "toml")
        })
        .collect();
    files.sort();
    files
}

/// Runs one scenario; `Err` says, in a clinician's terms, what went wrong.
fn run(path: &Path) -> Result<Outcome, String> {
    let text = fs::read_to_string(path).map_err(|error| format!("cannot read it: {error}"))?;
    let scenario: Scenario =
        toml::from_str(&text).map_err(|error| format!("cannot parse it: {error}"))?;
    let mut answers = Answers::new(&CONTENT);
    for (question, value) in &scenario.answers {
        answers
            .set_by_id(&CONTENT, question, value)
            .map_err(|error| format!("{}: {error}", scenario.title))?;
    }
    let first = answers.clone();
    for (question, value) in &scenario.then {
        answers
            .set_by_id(&CONTENT, question, value)
            .map_err(|error| format!("{}: {error}", scenario.title))?;
    }
    let mut problems = Vec::new();
    if path.starts_with(own_scenarios()) {
        let unasked = unasked_answers(&first, &answers);
        if !unasked.is_empty() {
            problems.push(format!("answers questions that are not asked: {unasked:?}"));
        }
    }
    let evaluation = evaluate(&CONTENT, &answers);
    let assessment = &evaluation.assessment;
    let fired: BTreeSet<String> = assessment
        .fired
        .iter()
        .map(|fired| fired.rule.id.to_owned())
        .collect();
    let expected: BTreeSet<String> = scenario.fires.iter().cloned().collect();
    for id in scenario.fires.iter().chain(&scenario.not_fires) {
        if CONTENT.rule(id).is_none() {
            problems.push(format!("names a rule `{id}` that does not exist"));
        }
    }
    if assessment.level.id() != scenario.level || fired != expected {
        problems.push(format!(
            "expected {} with {:?}, got {} with {:?}",
            scenario.level,
            expected,
            assessment.level.id(),
            fired
        ));
    }
    let wrongly_fired: Vec<&String> = scenario
        .not_fires
        .iter()
        .filter(|id| fired.contains(*id))
        .collect();
    if !wrongly_fired.is_empty() {
        problems.push(format!("{wrongly_fired:?} must not fire"));
    }
    if let Some(stops) = scenario.stops {
        if assessment.stops != stops {
            problems.push(format!(
                "expected the questionnaire to stop: {stops}, got {}",
                assessment.stops
            ));
        }
    }
    if let Some(step) = evaluation.resume_step().filter(|_| !scenario.partial) {
        problems.push(format!(
            "leaves step `{}` unanswered: {:?}",
            CONTENT.step(step).id,
            evaluation
                .missing(step)
                .iter()
                .map(|&question| CONTENT.question(question).id)
                .collect::<Vec<_>>()
        ));
    }
    if problems.is_empty() {
        Ok(Outcome { answers, fired })
    } else {
        Err(format!("\"{}\": {}", scenario.title, problems.join("; ")))
    }
}

fn outcomes() -> Vec<(PathBuf, Result<Outcome, String>)> {
    scenario_files()
        .into_iter()
        .map(|path| {
            let outcome = run(&path);
            (path, outcome)
        })
        .collect()
}

#[test]
fn every_scenario_gives_the_expected_level_and_rules() {
    let results = outcomes();
    let failures: Vec<String> = results
        .iter()
        .filter_map(|(path, outcome)| {
            outcome
                .as_ref()
                .err()
                .map(|error| format!("{}: {error}", path.display()))
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} scenarios failed:\n{}",
        failures.len(),
        results.len(),
        failures.join("\n")
    );
}

#[test]
fn every_rule_fires_in_some_scenario() {
    let fired: BTreeSet<String> = outcomes()
        .into_iter()
        .filter_map(|(_, outcome)| outcome.ok())
        .flat_map(|outcome| outcome.fired)
        .collect();
    let never: Vec<&str> = CONTENT
        .rules
        .iter()
        .map(|rule| rule.id)
        .filter(|id| !fired.contains(*id))
        .collect();
    assert!(never.is_empty(), "no scenario fires {never:?}");
}

#[test]
fn every_question_is_asked_and_answered_in_some_scenario() {
    let mut reached = vec![false; CONTENT.questions.len()];
    for (_, outcome) in outcomes() {
        let Ok(outcome) = outcome else { continue };
        let evaluation = evaluate(&CONTENT, &outcome.answers);
        for (id, seen) in CONTENT.question_ids().zip(reached.iter_mut()) {
            *seen |= evaluation.asked(id) == Truth::True && outcome.answers.get(id).is_some();
        }
    }
    let never: Vec<&str> = CONTENT
        .questions
        .iter()
        .zip(&reached)
        .filter(|(_, seen)| !**seen)
        .map(|(question, _)| question.id)
        .collect();
    assert!(never.is_empty(), "no scenario reaches {never:?}");
}

#[test]
fn every_result_with_a_reason_tells_back_an_answer_behind_it() {
    let mut silent = Vec::new();
    for (path, outcome) in outcomes() {
        let Ok(outcome) = outcome else { continue };
        let assessment = evaluate(&CONTENT, &outcome.answers).assessment;
        if !assessment.fired.is_empty() && assessment.told.is_empty() {
            silent.push(path.display().to_string());
        }
    }
    assert!(
        silent.is_empty(),
        "these results give a reason but no answer of the person's: {silent:?}"
    );
}

/// The advice shown for `answers`, in English.
fn advice_shown(answers: &Answers) -> Vec<(&'static str, &'static str)> {
    evaluate(&CONTENT, answers)
        .assessment
        .advice
        .iter()
        .map(|advice| (advice.id, Lang::En.t(advice.text.you)))
        .collect()
}

/// `answers` with `option` added to the several-choice `question` (in place of
/// "None of these").
fn with_option(answers: &Answers, question: &str, option: &str) -> Answers {
    let mut ids = match answers
        .to_values(&CONTENT)
        .into_iter()
        .find(|(id, _)| *id == question)
    {
        Some((_, AnswerValue::Several(ids))) => ids,
        _ => Vec::new(),
    };
    ids.retain(|id| id != "none");
    ids.push(option.to_owned());
    let mut changed = answers.clone();
    changed
        .set_by_id(&CONTENT, question, &AnswerValue::Several(ids))
        .expect("a valid answer");
    changed
}

/// Advice that would go against a caution, and why, on every scenario's path
/// and on the same path with each caution condition added.
fn contradictions(name: &str, answers: &Answers) -> Vec<String> {
    let mut wrong = Vec::new();
    let mut check = |label: &str, answers: &Answers, bad: &dyn Fn(&str, &str) -> bool| {
        for (id, text) in advice_shown(answers) {
            if bad(id, &text.to_lowercase()) {
                wrong.push(format!("{name}, {label}: advice `{id}`"));
            }
        }
    };
    let mut has_conditions = answers.clone();
    has_conditions
        .set_by_id(&CONTENT, "has_conditions", &AnswerValue::One("yes".into()))
        .expect("a valid answer");
    for condition in ["kidney", "dialysis", "heart_low_salt"] {
        let answers = with_option(&has_conditions, "conditions", condition);
        check(condition, &answers, &|id, text| {
            id != "fluids_ask_team"
                && ["drink", "fluid", "salts", "potassium"]
                    .iter()
                    .any(|word| text.contains(word))
                && !text.starts_with("do not")
        });
    }
    let pregnancy = CONTENT
        .find_question("pregnancy")
        .expect("a pregnancy question");
    if evaluate(&CONTENT, answers).asked(pregnancy) == Truth::True {
        let mut pregnant = answers.clone();
        pregnant
            .set_by_id(&CONTENT, "pregnancy", &AnswerValue::One("pregnant".into()))
            .expect("a valid answer");
        check("pregnant", &pregnant, &|_, text| text.contains("ibuprofen"));
    }
    for sign in ["one_leg_swollen", "calf_pain_stays"] {
        let answers = with_option(answers, "symptoms", sign);
        check(sign, &answers, &|_, text| {
            ["rub", "massage", "walk", "stretch"]
                .iter()
                .any(|word| text.contains(word))
                && !text.starts_with("do not")
        });
    }
    let legs = answers.to_values(&CONTENT).iter().any(|(id, value)| {
        *id == "where"
            && matches!(value, AnswerValue::Several(places)
                if places.iter().any(|place| ["calf", "thigh", "foot"].contains(&place.as_str())))
    });
    if !legs {
        check("no leg or foot", answers, &|_, text| text.contains("calf"));
    }
    wrong
}

#[test]
fn no_advice_goes_against_a_caution_for_the_persons_condition() {
    let wrong: Vec<String> = outcomes()
        .into_iter()
        .filter_map(|(path, outcome)| outcome.ok().map(|outcome| (path, outcome)))
        .flat_map(|(path, outcome)| contradictions(&path.display().to_string(), &outcome.answers))
        .collect();
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
