//! The engine's behaviour: flow, stopping, ignored answers, errors, ordering.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use spasm_triage::content::questionnaire::CONTENT;
use spasm_triage::engine::{
    evaluate, AdviceKind, Answer, AnswerValue, Answers, EngineError, Level, OptionSet, Progress,
    QuestionId, StepId, Truth, Voice,
};

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

fn step(id: &str) -> StepId {
    CONTENT.find_step(id).expect("the step exists")
}

#[test]
fn the_questionnaire_starts_with_the_who_step() {
    let answers = Answers::new(&CONTENT);
    let evaluation = evaluate(&CONTENT, &answers);
    assert_eq!(evaluation.next_step(None), Some(step("who")));
    assert_eq!(evaluation.resume_step(), Some(step("who")));
}

#[test]
fn after_the_who_step_come_the_red_flags() {
    let answers = answered(&[("age_group", one("adult")), ("answering_for", one("self"))]);
    let evaluation = evaluate(&CONTENT, &answers);
    assert_eq!(
        evaluation.next_step(Some(step("who"))),
        Some(step("red_flags"))
    );
}

#[test]
fn an_emergency_answer_ends_the_questionnaire_at_once() {
    let answers = answered(&[
        ("age_group", one("adult")),
        ("answering_for", one("self")),
        ("red_flags", several(&["chest"])),
    ]);
    let evaluation = evaluate(&CONTENT, &answers);
    let assessment = &evaluation.assessment;
    assert_eq!(assessment.level, Level::Emergency);
    assert!(assessment.stops);
    assert_eq!(evaluation.next_step(Some(step("red_flags"))), None);
    assert_eq!(evaluation.resume_step(), None, "nothing more is asked");
}

#[test]
fn no_rule_fires_on_answers_not_given_yet() {
    let answers = answered(&[
        ("age_group", one("adult")),
        ("answering_for", one("self")),
        ("red_flags", several(&["none"])),
    ]);
    let evaluation = evaluate(&CONTENT, &answers);
    let assessment = &evaluation.assessment;
    assert!(assessment.fired.is_empty(), "{:?}", assessment.fired);
    assert!(!assessment.stops);
    assert_eq!(
        evaluation.next_step(Some(step("red_flags"))),
        Some(step("where"))
    );
}

#[test]
fn a_baby_leaves_the_questionnaire_after_the_who_step() {
    let answers = answered(&[("age_group", one("baby"))]);
    let evaluation = evaluate(&CONTENT, &answers);
    let assessment = &evaluation.assessment;
    assert_eq!(assessment.level, Level::Urgent);
    assert!(assessment.stops);
    assert_eq!(evaluation.next_step(Some(step("who"))), None);
    assert_eq!(evaluation.step_shown(step("red_flags")), Truth::False);
}

#[test]
fn progress_counts_the_steps_that_will_be_shown() {
    let answers = Answers::new(&CONTENT);
    let evaluation = evaluate(&CONTENT, &answers);
    assert_eq!(
        evaluation.progress(step("who")),
        Progress {
            number: 1,
            about_total: CONTENT.steps.len()
        }
    );
    let baby = answered(&[("age_group", one("baby"))]);
    let evaluation = evaluate(&CONTENT, &baby);
    assert_eq!(
        evaluation.progress(step("who")),
        Progress {
            number: 1,
            about_total: 1
        }
    );
}

#[test]
fn back_goes_to_the_step_before() {
    let answers = answered(&[("age_group", one("adult"))]);
    let evaluation = evaluate(&CONTENT, &answers);
    assert_eq!(
        evaluation.previous_step(step("where")),
        Some(step("red_flags"))
    );
    assert_eq!(evaluation.previous_step(step("who")), None);
}

#[test]
fn a_follow_up_question_is_asked_only_when_it_applies() {
    let wound_details = CONTENT.find_question("wound_details").unwrap();
    let no_wound = answered(&[("age_group", one("adult")), ("wound", one("no"))]);
    assert_eq!(
        evaluate(&CONTENT, &no_wound).asked(wound_details),
        Truth::False
    );
    let wound = answered(&[("age_group", one("adult")), ("wound", one("yes"))]);
    assert_eq!(evaluate(&CONTENT, &wound).asked(wound_details), Truth::True);
    let unknown = answered(&[("age_group", one("adult"))]);
    assert_eq!(
        evaluate(&CONTENT, &unknown).asked(wound_details),
        Truth::Unknown
    );
}

#[test]
fn a_step_is_complete_only_when_its_asked_questions_are_answered() {
    let injury = step("injury");
    let answers = answered(&[("age_group", one("adult")), ("wound", one("yes"))]);
    let evaluation = evaluate(&CONTENT, &answers);
    let missing: Vec<&str> = evaluation
        .missing(injury)
        .iter()
        .map(|&q| CONTENT.question(q).id)
        .collect();
    assert_eq!(missing, ["wound_signs", "wound_details", "tetanus_vaccine"]);
    let answers = answered(&[("age_group", one("adult")), ("wound", one("no"))]);
    assert!(evaluate(&CONTENT, &answers).step_complete(injury));
}

#[test]
fn answers_to_questions_no_longer_asked_are_kept_but_ignored() {
    let mut answers = answered(&[
        ("age_group", one("adult")),
        ("wound", one("yes")),
        ("wound_details", several(&["dirty"])),
        ("tetanus_vaccine", one("not_sure")),
    ]);
    let fired = |answers: &Answers| {
        evaluate(&CONTENT, answers)
            .assessment
            .fired
            .iter()
            .map(|fired| fired.rule.id)
            .collect::<Vec<_>>()
    };
    assert_eq!(fired(&answers), ["u_wound"]);
    answers.set_by_id(&CONTENT, "wound", &one("no")).unwrap();
    assert!(fired(&answers).is_empty());
    let kept: Vec<&str> = answers
        .to_values(&CONTENT)
        .iter()
        .map(|(id, _)| *id)
        .collect();
    assert!(kept.contains(&"wound_details") && kept.contains(&"tetanus_vaccine"));
    answers.set_by_id(&CONTENT, "wound", &one("yes")).unwrap();
    assert_eq!(
        fired(&answers),
        ["u_wound"],
        "changing back brings the answers back"
    );
}

#[test]
fn the_most_urgent_rule_comes_first_and_sets_the_level() {
    let answers = answered(&[
        ("age_group", one("adult")),
        (
            "symptoms",
            several(&["sleep", "one_leg_swollen", "walking_calf_pain"]),
        ),
    ]);
    let evaluation = evaluate(&CONTENT, &answers);
    let assessment = &evaluation.assessment;
    let fired: Vec<&str> = assessment.fired.iter().map(|fired| fired.rule.id).collect();
    assert_eq!(fired, ["u_dvt", "s_claudication", "r_sleep"]);
    assert_eq!(assessment.level, Level::Urgent);
}

#[test]
fn advice_comes_grouped_by_kind_without_duplicates() {
    let answers = answered(&[
        ("age_group", one("adult")),
        ("where", several(&["calf"])),
        ("symptoms", several(&["none"])),
        ("medicines", several(&["statin", "new_medicine"])),
        ("statin_new", one("no")),
    ]);
    let evaluation = evaluate(&CONTENT, &answers);
    let assessment = &evaluation.assessment;
    let ids: Vec<&str> = assessment.advice.iter().map(|advice| advice.id).collect();
    let mut unique = ids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), ids.len(), "{ids:?}");
    assert!(assessment
        .advice
        .windows(2)
        .all(|pair| pair[0].kind <= pair[1].kind));
    assert_eq!(
        ids.iter()
            .filter(|id| **id == "keep_taking_medicines")
            .count(),
        1
    );
}

#[test]
fn the_words_speak_of_the_person_as_the_answers_say_who_answers_for_whom() {
    let voice = |pairs: &[(&str, AnswerValue)]| evaluate(&CONTENT, &answered(pairs)).voice;
    assert_eq!(voice(&[]), Voice::You, "until it is known, to the reader");
    assert_eq!(voice(&[("answering_for", one("self"))]), Voice::You);
    assert_eq!(
        voice(&[("answering_for", one("someone_else"))]),
        Voice::They
    );
    assert_eq!(
        voice(&[
            ("answering_for", one("someone_else")),
            ("age_group", one("child"))
        ]),
        Voice::Child
    );
    assert_eq!(
        voice(&[("answering_for", one("self")), ("age_group", one("child"))]),
        Voice::You,
        "a child answering for themselves is spoken to"
    );
}

#[test]
fn a_rule_words_its_reason_for_the_case_its_answers_show() {
    let reason = |risks: &[&str]| {
        let answers = answered(&[
            ("age_group", one("adult")),
            ("symptoms", several(&["calf_pain_stays"])),
            ("clot_risks", several(risks)),
        ]);
        let evaluation = evaluate(&CONTENT, &answers);
        let assessment = &evaluation.assessment;
        assert_eq!(assessment.fired[0].rule.id, "u_dvt");
        assessment.fired[0].reason
    };
    let rule = CONTENT.rule("u_dvt").unwrap();
    assert_eq!(reason(&["none"]), rule.reason);
    let with_risk = rule
        .reason_if
        .as_ref()
        .expect("worded for a clot risk")
        .text;
    assert_eq!(reason(&["journey"]), with_risk);
    assert_ne!(with_risk, rule.reason);
}

#[test]
fn advice_a_rule_brings_is_still_left_out_where_it_does_not_apply() {
    let advice = |conditions: &[&str]| {
        let answers = answered(&[
            ("age_group", one("adult")),
            ("context", several(&["fluid_loss"])),
            ("symptoms", several(&["unwell"])),
            ("conditions", several(conditions)),
        ]);
        evaluate(&CONTENT, &answers)
            .assessment
            .advice
            .iter()
            .map(|advice| advice.id)
            .collect::<Vec<_>>()
    };
    assert!(
        advice(&["none"]).contains(&"sip_fluids"),
        "u_fluid_loss brings it"
    );
    assert!(!advice(&["kidney"]).contains(&"sip_fluids"));
    assert!(advice(&["kidney"]).contains(&"fluids_ask_team"));
}

#[test]
fn an_emergency_tells_people_not_to_drive_and_shows_no_home_remedies() {
    let answers = answered(&[
        ("age_group", one("adult")),
        ("red_flags", several(&["stroke"])),
    ]);
    let ids: Vec<&str> = evaluate(&CONTENT, &answers)
        .assessment
        .advice
        .iter()
        .map(|advice| advice.id)
        .collect();
    assert!(ids.contains(&"no_driving"));
    assert!(!ids.contains(&"stretch_and_rub"));
}

#[test]
fn answers_that_do_not_fit_are_errors_not_panics() {
    let mut answers = Answers::new(&CONTENT);
    assert_eq!(
        answers.set_by_id(&CONTENT, "shoe_size", &AnswerValue::Number(9)),
        Err(EngineError::UnknownQuestion("shoe_size".into()))
    );
    assert_eq!(
        answers.set_by_id(&CONTENT, "age_group", &one("teen")),
        Err(EngineError::UnknownOption {
            question: "age_group".into(),
            option: "teen".into()
        })
    );
    assert_eq!(
        answers.set_by_id(&CONTENT, "severity", &AnswerValue::Number(11)),
        Err(EngineError::OutOfRange {
            question: "severity".into(),
            value: 11,
            min: 0,
            max: 10
        })
    );
    assert_eq!(
        answers.set_by_id(&CONTENT, "severity", &AnswerValue::Number(i64::MAX)),
        Err(EngineError::OutOfRange {
            question: "severity".into(),
            value: i64::MAX,
            min: 0,
            max: 10
        })
    );
    assert_eq!(
        answers.set_by_id(&CONTENT, "age_group", &AnswerValue::Number(3)),
        Err(EngineError::WrongKind {
            question: "age_group".into()
        })
    );
    assert_eq!(
        answers.set_by_id(&CONTENT, "age_group", &several(&["adult", "older"])),
        Err(EngineError::WrongKind {
            question: "age_group".into()
        })
    );
    assert_eq!(
        answers.set_by_id(&CONTENT, "red_flags", &several(&[])),
        Err(EngineError::WrongKind {
            question: "red_flags".into()
        })
    );
    assert_eq!(
        answers.set_by_id(&CONTENT, "red_flags", &several(&["none", "chest"])),
        Err(EngineError::NoneWithOthers {
            question: "red_flags".into()
        })
    );
    assert_eq!(
        answers,
        Answers::new(&CONTENT),
        "a refused answer changes nothing"
    );
    assert!(answers
        .set(&CONTENT, QuestionId(10_000), Answer::Number(1))
        .is_err());
}

#[test]
fn answers_go_out_and_come_back_by_id_unchanged() {
    let answers = answered(&[
        ("age_group", one("older")),
        ("where", several(&["calf", "foot"])),
        ("severity", AnswerValue::Number(7)),
    ]);
    let mut again = Answers::new(&CONTENT);
    for (question, value) in answers.to_values(&CONTENT) {
        again.set_by_id(&CONTENT, question, &value).unwrap();
    }
    assert_eq!(again, answers);
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
        0..60,
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
        let _ = answers.set_by_id(&CONTENT, "severity", &AnswerValue::Number(number));
    }
}

#[test]
fn ticking_none_of_these_unticks_the_rest_and_the_other_way_round() {
    let red_flags = CONTENT.question(CONTENT.find_question("red_flags").unwrap());
    let option = |id: &str| red_flags.option_index(id).unwrap();
    let (chest, stroke, none) = (option("chest"), option("stroke"), option("none"));
    let both = red_flags.toggle(red_flags.toggle(OptionSet::EMPTY, chest), stroke);
    assert_eq!(both, OptionSet::one(chest).with(OptionSet::one(stroke)));
    assert_eq!(red_flags.toggle(both, none), OptionSet::one(none));
    assert_eq!(
        red_flags.toggle(OptionSet::one(none), chest),
        OptionSet::one(chest)
    );
    assert_eq!(
        red_flags.toggle(OptionSet::one(chest), chest),
        OptionSet::EMPTY,
        "ticking again unticks"
    );
    let age = CONTENT.question(CONTENT.find_question("age_group").unwrap());
    assert_eq!(
        age.toggle(OptionSet::one(1), 2),
        OptionSet::one(2),
        "one choice keeps only the new option"
    );
}

#[test]
fn the_level_and_advice_orders_list_every_value_once_in_order() {
    // The matches fail to compile when a value is added, until it is listed.
    let level_place = |level: Level| match level {
        Level::Emergency => 0,
        Level::Urgent => 1,
        Level::Soon => 2,
        Level::Routine => 3,
        Level::SelfCare => 4,
    };
    let kind_place = |kind: AdviceKind| match kind {
        AdviceKind::Now => 0,
        AdviceKind::SelfCare => 1,
        AdviceKind::Prevention => 2,
        AdviceKind::Caution => 3,
        AdviceKind::SafetyNet => 4,
    };
    for (place, &level) in Level::ALL.iter().enumerate() {
        assert_eq!(level_place(level), place);
    }
    for (place, &kind) in AdviceKind::ALL.iter().enumerate() {
        assert_eq!(kind_place(kind), place);
    }
    assert!(Level::ALL.windows(2).all(|pair| pair[0] < pair[1]));
    assert!(AdviceKind::ALL.windows(2).all(|pair| pair[0] < pair[1]));
}
