//! The engine's behaviour, on a small questionnaire of its own
//! (`tests/fixtures/engine.toml`): flow, stopping, ignored answers, voices,
//! reasons, what the result tells back, advice, errors and ordering. The
//! clinical content has its own tests (content, scenarios).
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use spasm_triage::engine::{
    evaluate, AdviceKind, Answer, AnswerValue, Answers, EngineError, Evaluation, Level, OptionSet,
    Progress, QuestionId, Truth, Voice,
};

/// The test questionnaire, compiled by the build like the real one. It names
/// every step and question; the tests use only some.
#[allow(dead_code)]
mod fixture {
    use spasm_triage::content::messages::Msg;
    use spasm_triage::engine::{
        Advice, AdviceKind, Choice, Condition, Content, Level, OptionSet, PersonText, Question,
        QuestionId, QuestionKind, ReasonIf, Rule, Source, Step, StepId, Text,
    };
    include!(concat!(env!("OUT_DIR"), "/engine_fixture.rs"));
}

use fixture::{question, step, CONTENT};

fn one(id: &str) -> AnswerValue {
    AnswerValue::One(id.to_owned())
}

fn several(ids: &[&str]) -> AnswerValue {
    AnswerValue::Several(ids.iter().map(|id| (*id).to_owned()).collect())
}

fn answered(pairs: &[(&str, AnswerValue)]) -> Answers {
    let mut answers = Answers::new(&CONTENT);
    for (question, value) in pairs {
        answers
            .set_by_id(&CONTENT, question, value)
            .expect("a valid answer");
    }
    answers
}

fn evaluated(pairs: &[(&str, AnswerValue)]) -> Evaluation {
    evaluate(&CONTENT, &answered(pairs))
}

fn fired(evaluation: &Evaluation) -> Vec<&'static str> {
    evaluation
        .assessment
        .fired
        .iter()
        .map(|fired| fired.rule.id)
        .collect()
}

fn advice(evaluation: &Evaluation) -> Vec<&'static str> {
    evaluation
        .assessment
        .advice
        .iter()
        .map(|advice| advice.id)
        .collect()
}

/// An adult answering for themselves, with no sign.
fn adult() -> Vec<(&'static str, AnswerValue)> {
    vec![
        ("who", one("self")),
        ("age", one("adult")),
        ("signs", several(&["none"])),
    ]
}

#[test]
fn the_questionnaire_starts_with_the_first_step_and_goes_on_step_by_step() {
    let evaluation = evaluated(&[]);
    assert_eq!(evaluation.next_step(None), Some(step::FIRST));
    assert_eq!(evaluation.resume_step(), Some(step::FIRST));
    let evaluation = evaluated(&adult());
    assert_eq!(evaluation.next_step(Some(step::FIRST)), Some(step::SIGNS));
    assert_eq!(evaluation.resume_step(), Some(step::DETAILS));
    assert_eq!(evaluation.previous_step(step::DETAILS), Some(step::SIGNS));
    assert_eq!(evaluation.previous_step(step::FIRST), None);
}

#[test]
fn a_step_whose_condition_is_false_is_skipped() {
    let child = evaluated(&[("who", one("other")), ("age", one("child"))]);
    assert_eq!(child.step_shown(step::LAST), Truth::False);
    assert_eq!(
        child.next_step(Some(step::DETAILS)),
        None,
        "the last step is skipped"
    );
    assert_eq!(evaluated(&[]).step_shown(step::LAST), Truth::Unknown);
}

#[test]
fn a_stopping_rule_ends_the_questionnaire_at_once() {
    let evaluation = evaluated(&[("age", one("baby"))]);
    assert!(evaluation.assessment.stops);
    assert_eq!(evaluation.assessment.level, Level::Urgent);
    assert_eq!(evaluation.next_step(Some(step::FIRST)), None);
    assert_eq!(evaluation.resume_step(), None, "nothing more is asked");
    let evaluation = evaluated(&[("age", one("adult")), ("signs", several(&["danger"]))]);
    assert_eq!(evaluation.assessment.level, Level::Emergency);
    assert!(evaluation.assessment.stops, "an emergency always stops");
    assert_eq!(fired(&evaluation), ["r_danger"]);
}

#[test]
fn progress_counts_the_steps_that_are_or_may_still_be_shown() {
    let all = CONTENT.steps.len();
    assert_eq!(
        evaluated(&[]).progress(step::SIGNS),
        Progress {
            number: 2,
            about_total: all
        }
    );
    let child = evaluated(&[("age", one("child"))]);
    assert_eq!(
        child.progress(step::DETAILS),
        Progress {
            number: 3,
            about_total: all - 1
        }
    );
    let baby = evaluated(&[("age", one("baby"))]);
    assert_eq!(
        baby.progress(step::FIRST),
        Progress {
            number: 1,
            about_total: 1
        }
    );
}

#[test]
fn a_follow_up_question_is_asked_only_when_it_applies() {
    let asked = |swollen: &str| {
        evaluated(&[("age", one("adult")), ("swollen", one(swollen))]).asked(question::SWELLING)
    };
    assert_eq!(asked("yes"), Truth::True);
    assert_eq!(asked("no"), Truth::False);
    assert_eq!(evaluated(&[]).asked(question::SWELLING), Truth::Unknown);
}

#[test]
fn a_step_is_complete_only_when_its_asked_questions_are_answered() {
    let mut pairs = adult();
    pairs.push(("swollen", one("yes")));
    let evaluation = evaluated(&pairs);
    assert_eq!(
        evaluation.missing(step::DETAILS),
        [question::PAIN, question::SWELLING]
    );
    pairs.push(("swollen", one("no")));
    pairs.push(("pain", AnswerValue::Number(2)));
    assert!(evaluated(&pairs).step_complete(step::DETAILS));
}

#[test]
fn no_rule_fires_on_answers_not_given_yet_and_answers_no_longer_asked_are_kept_but_ignored() {
    let mut answers = answered(&[("age", one("adult")), ("swelling", several(&["hot"]))]);
    let fired_now = |answers: &Answers| fired(&evaluate(&CONTENT, answers));
    assert!(
        fired_now(&answers).is_empty(),
        "swollen is not answered yet"
    );
    answers.set_by_id(&CONTENT, "swollen", &one("yes")).unwrap();
    assert_eq!(fired_now(&answers), ["r_hot"]);
    answers.set_by_id(&CONTENT, "swollen", &one("no")).unwrap();
    assert!(fired_now(&answers).is_empty());
    assert!(
        answers.get(question::SWELLING).is_some(),
        "the answer is kept"
    );
    answers.set_by_id(&CONTENT, "swollen", &one("yes")).unwrap();
    assert_eq!(
        fired_now(&answers),
        ["r_hot"],
        "changing back brings it back"
    );
}

#[test]
fn an_answer_taken_back_is_missing_again_and_no_longer_counts() {
    let mut pairs = adult();
    pairs.push(("swollen", one("yes")));
    pairs.push(("swelling", several(&["hot"])));
    let mut answers = answered(&pairs);
    assert_eq!(fired(&evaluate(&CONTENT, &answers)), ["r_hot"]);
    answers.clear(question::SWELLING);
    assert_eq!(answers.get(question::SWELLING), None);
    assert!(answers
        .to_values(&CONTENT)
        .iter()
        .all(|(id, _)| *id != "swelling"));
    let evaluation = evaluate(&CONTENT, &answers);
    assert!(fired(&evaluation).is_empty());
    assert!(evaluation
        .missing(step::DETAILS)
        .contains(&question::SWELLING));
    answers.clear(QuestionId(10_000));
}

#[test]
fn the_most_urgent_rule_comes_first_and_sets_the_level() {
    let evaluation = evaluated(&[
        ("age", one("adult")),
        ("signs", several(&["mild"])),
        ("pain", AnswerValue::Number(9)),
        ("swollen", one("yes")),
        ("swelling", several(&["hot"])),
    ]);
    assert_eq!(fired(&evaluation), ["r_hot", "r_mild", "r_pain"]);
    assert_eq!(evaluation.assessment.level, Level::Urgent);
    assert!(!evaluation.assessment.stops);
}

#[test]
fn advice_comes_grouped_by_kind_once_each_and_only_where_it_applies() {
    let mut pairs = adult();
    pairs[2] = ("signs", several(&["mild"]));
    pairs.push(("medicine", one("no")));
    assert_eq!(
        advice(&evaluated(&pairs)),
        ["rest", "safety"],
        "the rule brings `team`, but only with a medicine"
    );
    pairs.push(("medicine", one("yes")));
    assert_eq!(
        advice(&evaluated(&pairs)),
        ["rest", "team", "safety"],
        "`rest`, brought by two rules, once"
    );
}

#[test]
fn a_rule_words_its_reason_for_the_case_its_answers_show() {
    let rule = CONTENT.rule("r_hot").unwrap();
    let reason = |medicine: &str| {
        evaluated(&[
            ("age", one("adult")),
            ("swollen", one("yes")),
            ("swelling", several(&["hot"])),
            ("medicine", one(medicine)),
        ])
        .assessment
        .fired[0]
            .reason
    };
    assert_eq!(reason("no"), rule.reason);
    assert_eq!(reason("yes"), rule.reason_if.as_ref().unwrap().text);
}

/// What the result tells back as "You told us", by ids: each question with
/// the options it counts (or the number), in the order they come.
fn told(pairs: &[(&str, AnswerValue)]) -> Vec<(&'static str, AnswerValue)> {
    evaluated(pairs)
        .assessment
        .told
        .iter()
        .map(|told| {
            let question = CONTENT.question(told.question);
            let value = match told.answer {
                Answer::Number(number) => AnswerValue::Number(number.into()),
                Answer::Options(chosen) => AnswerValue::Several(
                    question
                        .options_in(chosen)
                        .map(|(_, option)| option.id.to_owned())
                        .collect(),
                ),
            };
            (question.id, value)
        })
        .collect()
}

/// An adult answering for themselves, with these signs, pain and swelling.
/// `r_red` fires on "swelling.[hot, red] and (pain >= 8 or signs.mild) and
/// not who.other".
fn swollen(signs: &[&str], pain: i64, swelling: &[&str]) -> Vec<(&'static str, AnswerValue)> {
    vec![
        ("who", one("self")),
        ("age", one("adult")),
        ("signs", several(signs)),
        ("pain", AnswerValue::Number(pain)),
        ("swollen", one("yes")),
        ("swelling", several(swelling)),
    ]
}

#[test]
fn the_result_tells_back_both_sides_of_an_and_but_only_the_true_side_of_an_or() {
    assert_eq!(
        told(&swollen(&["none"], 9, &["red"])),
        [
            ("pain", AnswerValue::Number(9)),
            ("swelling", several(&["red"]))
        ],
        "the pain side of the `or` holds, the sign side does not"
    );
    assert_eq!(
        told(&swollen(&["mild"], 3, &["red"])),
        [
            ("signs", several(&["mild"])),
            ("swelling", several(&["red"]))
        ],
        "the sign side holds, the pain side does not"
    );
    assert_eq!(
        told(&swollen(&["mild"], 9, &["red"])),
        [
            ("signs", several(&["mild"])),
            ("pain", AnswerValue::Number(9)),
            ("swelling", several(&["red"]))
        ],
        "both sides hold; in question order, not the condition's"
    );
}

#[test]
fn the_result_does_not_tell_back_what_a_not_reads() {
    let told = told(&swollen(&["none"], 9, &["red"]));
    assert!(
        told.iter().all(|(question, _)| *question != "who"),
        "`not who.other` holds, but answering for oneself did not make the result: {told:?}"
    );
}

#[test]
fn the_result_tells_back_each_question_once_with_only_the_options_that_counted() {
    assert_eq!(
        told(&swollen(&["none"], 3, &["hot", "red"])),
        [("swelling", several(&["hot"]))],
        "`r_hot` needs hot; red was chosen too but decided nothing"
    );
    assert_eq!(
        told(&swollen(&["none"], 9, &["hot", "red"])),
        [
            ("pain", AnswerValue::Number(9)),
            ("swelling", several(&["hot", "red"]))
        ],
        "`r_hot` and `r_red` both read swelling: one entry with the options of both"
    );
}

#[test]
fn the_result_tells_back_only_what_decided_its_level() {
    let mut pairs = swollen(&["none"], 3, &["hot"]);
    pairs.push(("medicine", one("yes")));
    assert_eq!(fired(&evaluated(&pairs)), ["r_hot", "r_medicine"]);
    assert_eq!(
        told(&pairs),
        [("swelling", several(&["hot"]))],
        "the medicine is a reason to see a doctor soon, not for today"
    );
    assert_eq!(
        told(&[
            ("age", one("adult")),
            ("signs", several(&["danger", "mild"]))
        ]),
        [("signs", several(&["danger"]))],
        "an emergency tells back its sign, not the milder one beside it"
    );
    let mut pairs = adult();
    pairs.extend([
        ("pain", AnswerValue::Number(3)),
        ("swollen", one("no")),
        ("medicine", one("no")),
    ]);
    assert_eq!(evaluated(&pairs).assessment.level, Level::SelfCare);
    assert_eq!(
        told(&pairs),
        [],
        "self-care with no rule fired tells nothing back"
    );
}

#[test]
fn the_words_speak_of_the_person_as_the_answers_say_who_answers_for_whom() {
    let voice = |pairs: &[(&str, AnswerValue)]| evaluated(pairs).voice;
    assert_eq!(voice(&[]), Voice::You, "until it is known, to the reader");
    assert_eq!(voice(&[("who", one("self"))]), Voice::You);
    assert_eq!(voice(&[("who", one("other"))]), Voice::They);
    assert_eq!(
        voice(&[("who", one("other")), ("age", one("child"))]),
        Voice::Child
    );
    assert_eq!(
        voice(&[("who", one("self")), ("age", one("child"))]),
        Voice::You,
        "a child answering for themselves is spoken to"
    );
}

#[test]
fn answers_that_do_not_fit_are_errors_not_panics() {
    let mut answers = Answers::new(&CONTENT);
    let refused = [
        (
            "shoe",
            one("x"),
            EngineError::UnknownQuestion("shoe".into()),
        ),
        (
            "age",
            one("teen"),
            EngineError::UnknownOption {
                question: "age".into(),
                option: "teen".into(),
            },
        ),
        (
            "pain",
            AnswerValue::Number(11),
            EngineError::OutOfRange {
                question: "pain".into(),
                value: 11,
                min: 0,
                max: 10,
            },
        ),
        (
            "pain",
            AnswerValue::Number(i64::MAX),
            EngineError::OutOfRange {
                question: "pain".into(),
                value: i64::MAX,
                min: 0,
                max: 10,
            },
        ),
        (
            "age",
            AnswerValue::Number(3),
            EngineError::WrongKind {
                question: "age".into(),
            },
        ),
        (
            "age",
            several(&["child", "adult"]),
            EngineError::WrongKind {
                question: "age".into(),
            },
        ),
        (
            "signs",
            several(&[]),
            EngineError::WrongKind {
                question: "signs".into(),
            },
        ),
        (
            "signs",
            several(&["none", "mild"]),
            EngineError::NoneWithOthers {
                question: "signs".into(),
            },
        ),
    ];
    for (question, value, error) in refused {
        assert_eq!(answers.set_by_id(&CONTENT, question, &value), Err(error));
    }
    assert_eq!(
        answers,
        Answers::new(&CONTENT),
        "a refused answer changes nothing"
    );
    assert!(answers
        .set(&CONTENT, QuestionId(10_000), Answer::Number(1))
        .is_err());
    // Options the question does not have, as a damaged saved copy could name.
    for beyond in [OptionSet::one(3), OptionSet::one(31), OptionSet(u32::MAX)] {
        assert_eq!(
            answers.set(&CONTENT, question::SIGNS, Answer::Options(beyond)),
            Err(EngineError::WrongKind {
                question: "signs".into()
            })
        );
    }
}

#[test]
fn an_option_set_holds_the_first_32_options_only() {
    assert_eq!(OptionSet::first(0), OptionSet::EMPTY);
    assert_eq!(OptionSet::first(3), OptionSet(0b111));
    assert_eq!(OptionSet::first(32), OptionSet(u32::MAX));
    let all = OptionSet(u32::MAX);
    assert!(all.contains(0) && all.contains(31));
    for beyond in [32, 33, usize::MAX] {
        assert!(!all.contains(beyond), "option {beyond}");
    }
}

#[test]
fn an_answer_that_does_not_fit_is_explained_with_its_question_and_value() {
    // What a clinical reviewer reads when a scenario file has a mistake.
    let error = answered(&[])
        .set_by_id(&CONTENT, "pain", &AnswerValue::Number(11))
        .unwrap_err();
    assert_eq!(
        error.to_string(),
        "question `pain` takes a number from 0 to 10, not 11"
    );
    let error = answered(&[])
        .set_by_id(&CONTENT, "age", &one("teen"))
        .unwrap_err();
    assert_eq!(error.to_string(), "question `age` has no option `teen`");
}

#[test]
fn answers_go_out_and_come_back_by_id_unchanged() {
    let answers = answered(&[
        ("age", one("adult")),
        ("signs", several(&["danger", "mild"])),
        ("pain", AnswerValue::Number(7)),
    ]);
    let mut again = Answers::new(&CONTENT);
    for (question, value) in answers.to_values(&CONTENT) {
        again.set_by_id(&CONTENT, question, &value).unwrap();
    }
    assert_eq!(again, answers);
}

#[test]
fn ticking_none_of_these_unticks_the_rest_and_the_other_way_round() {
    let signs = CONTENT.question(question::SIGNS);
    let option = |id: &str| signs.option_index(id).unwrap();
    let (danger, mild, none) = (option("danger"), option("mild"), option("none"));
    let both = signs.toggle(signs.toggle(OptionSet::EMPTY, danger), mild);
    assert_eq!(both, OptionSet::one(danger).with(OptionSet::one(mild)));
    assert_eq!(signs.toggle(both, none), OptionSet::one(none));
    assert_eq!(
        signs.toggle(OptionSet::one(none), danger),
        OptionSet::one(danger)
    );
    assert_eq!(
        signs.toggle(OptionSet::one(danger), danger),
        OptionSet::EMPTY,
        "ticking again unticks"
    );
    let age = CONTENT.question(question::AGE);
    assert_eq!(
        age.toggle(OptionSet::one(1), 2),
        OptionSet::one(2),
        "one choice keeps only the new option"
    );
}

#[test]
fn the_levels_and_kinds_of_advice_come_in_their_order() {
    assert_eq!(
        Level::ALL.map(Level::id),
        ["emergency", "urgent", "soon", "routine", "self_care"]
    );
    assert_eq!(
        AdviceKind::ALL.map(AdviceKind::id),
        [
            "now",
            "pattern",
            "wait",
            "self_care",
            "prevention",
            "caution",
            "safety_net"
        ]
    );
    assert!(Level::ALL.windows(2).all(|pair| pair[0] < pair[1]));
    assert!(AdviceKind::ALL.windows(2).all(|pair| pair[0] < pair[1]));
}

/// Any answer to any question: a random option set or number, valid or not.
fn any_answers() -> impl Strategy<Value = Vec<(usize, u32, i32, bool)>> {
    prop::collection::vec(
        (
            0..CONTENT.questions.len(),
            any::<u32>(),
            -5..20i32,
            any::<bool>(),
        ),
        0..20,
    )
}

proptest! {
    #[test]
    fn any_answers_give_a_consistent_assessment(raw in any_answers()) {
        let mut answers = Answers::new(&CONTENT);
        for (question, options, number, is_number) in raw {
            let answer = if is_number { Answer::Number(number) } else { Answer::Options(OptionSet(options)) };
            let _ = answers.set(&CONTENT, QuestionId(question), answer);
        }
        let evaluation = evaluate(&CONTENT, &answers);
        let assessment = &evaluation.assessment;
        let most_urgent = assessment.fired.iter().map(|fired| fired.rule.level).min().unwrap_or(Level::SelfCare);
        prop_assert_eq!(assessment.level, most_urgent);
        prop_assert!(assessment.fired.windows(2).all(|pair| pair[0].rule.level <= pair[1].rule.level));
        prop_assert_eq!(assessment.stops, assessment.fired.iter().any(|fired| fired.rule.stop));
        if assessment.stops {
            prop_assert_eq!(evaluation.next_step(None), None);
        }
        prop_assert!(assessment.told.windows(2).all(|pair| pair[0].question < pair[1].question), "in question order, each once");
        for told in &assessment.told {
            let given = answers.get(told.question).copied();
            let within = match (told.answer, given) {
                (Answer::Options(counted), Some(Answer::Options(chosen))) => !counted.is_empty() && counted.within(chosen),
                (Answer::Number(counted), Some(Answer::Number(number))) => counted == number,
                _ => false,
            };
            prop_assert!(within, "{:?} is not part of the answer {:?}", told, given);
        }
        if assessment.fired.is_empty() {
            prop_assert!(assessment.told.is_empty());
        }
        for step in CONTENT.step_ids() {
            let at = evaluation.progress(step);
            prop_assert!(at.number >= 1 && at.number <= at.about_total);
        }
    }

    #[test]
    fn answers_by_id_never_panic(question in "[a-z_]{0,20}", option in "[a-z_]{0,12}", number in any::<i64>()) {
        let mut answers = Answers::new(&CONTENT);
        let _ = answers.set_by_id(&CONTENT, &question, &AnswerValue::One(option.clone()));
        let _ = answers.set_by_id(&CONTENT, &question, &AnswerValue::Several(vec![option]));
        let _ = answers.set_by_id(&CONTENT, &question, &AnswerValue::Number(number));
        let _ = answers.set_by_id(&CONTENT, "pain", &AnswerValue::Number(number));
    }
}
