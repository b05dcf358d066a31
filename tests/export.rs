//! The summary and the FHIR resources, checked on the host.
#![cfg(not(target_arch = "wasm32"))]

use serde_json::Value;
use spasm_triage::content::lang::Lang;
use spasm_triage::content::messages::ENGLISH;
use spasm_triage::content::questionnaire::CONTENT;
use spasm_triage::content::regions::{clinician_lang, region};
use spasm_triage::engine::{evaluate, AnswerValue, Answers, Condition, OptionSet, QuestionId};
use spasm_triage::export::fhir::{
    enable_when, fhirpath, questionnaire, questionnaire_response, QUESTIONNAIRE_URL,
};
use spasm_triage::export::summary::{summary_langs, summary_text};

fn answered(pairs: &[(&str, &[&str])]) -> Answers {
    let mut answers = Answers::new(&CONTENT);
    for (question, options) in pairs {
        let index = CONTENT.find_question(question).unwrap();
        let value = if CONTENT.question(index).takes_several() {
            AnswerValue::Several(options.iter().map(|option| (*option).to_owned()).collect())
        } else {
            AnswerValue::One(options[0].to_owned())
        };
        answers.set_by_id(&CONTENT, question, &value).unwrap();
    }
    answers
}

fn answered_link_ids(response: &Value) -> Vec<String> {
    fn walk(node: &Value, found: &mut Vec<String>) {
        for item in node["item"].as_array().into_iter().flatten() {
            if item.get("answer").is_some() {
                found.push(item["linkId"].as_str().unwrap().to_owned());
            }
            walk(item, found);
        }
    }
    let mut found = Vec::new();
    walk(response, &mut found);
    found
}

#[test]
fn the_response_holds_every_answered_question_and_none_no_longer_asked() {
    let answers = answered(&[
        ("age_group", &["adult"]),
        ("red_flags", &["none"]),
        ("wound", &["no"]),
        ("wound_details", &["dirty"]),
        ("tetanus_vaccine", &["not_sure"]),
        ("takes_medicines", &["yes"]),
        ("medicines", &["statin", "regular"]),
    ]);
    let response: Value = serde_json::from_str(&questionnaire_response(
        &answers,
        &evaluate(&CONTENT, &answers),
        "2026-11-25T10:00:00Z",
    ))
    .unwrap();
    assert_eq!(response["resourceType"], "QuestionnaireResponse");
    assert_eq!(
        response["questionnaire"],
        format!("{QUESTIONNAIRE_URL}|{}", CONTENT.version)
    );
    assert_eq!(
        answered_link_ids(&response),
        [
            "age_group",
            "red_flags",
            "wound",
            "takes_medicines",
            "medicines"
        ]
    );
    let medicines = &response["item"][3]["item"][1]["answer"];
    assert_eq!(medicines[0]["valueCoding"]["code"], "statin");
    assert_eq!(medicines[1]["valueCoding"]["code"], "regular");
}

#[test]
fn the_questionnaire_has_every_question_and_option() {
    let text = questionnaire();
    let resource: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(resource["version"], CONTENT.version);
    for question in CONTENT.questions {
        assert!(
            text.contains(&format!("\"linkId\": \"{}\"", question.id)),
            "{}",
            question.id
        );
    }
}

#[test]
fn conditions_become_enable_when_where_fhir_can_say_them() {
    let step_condition = &CONTENT.step(CONTENT.find_step("red_flags").unwrap()).when;
    let (items, _) = enable_when(step_condition).expect("not age_group.baby");
    assert_eq!(items.len(), 1);
    let since = &CONTENT
        .question(CONTENT.find_question("since").unwrap())
        .when;
    let (items, behaviour) = enable_when(since).expect("where.[hand_arm, back, neck, jaw, many]");
    assert_eq!((items.len(), behaviour), (5, "any"));
    static MIXED: Condition = Condition::All(&[
        Condition::Chosen {
            question: QuestionId(0),
            options: OptionSet(0b11),
        },
        Condition::Chosen {
            question: QuestionId(1),
            options: OptionSet(0b1),
        },
    ]);
    assert!(
        enable_when(&MIXED).is_none(),
        "an 'or' inside an 'and' cannot be said"
    );
}

#[test]
fn a_condition_enable_when_cannot_say_becomes_a_fhirpath_expression() {
    let side = &CONTENT
        .question(CONTENT.find_question("side").unwrap())
        .when;
    assert!(enable_when(side).is_none());
    assert_eq!(
        fhirpath(side),
        "(%resource.repeat(item).where(linkId = 'age_group').answer.value.code.intersect('child').exists()) \
         and (%resource.repeat(item).where(linkId = 'where').answer.value.code.intersect('calf' | 'thigh').exists())"
    );
    let pregnancy = &CONTENT
        .question(CONTENT.find_question("pregnancy").unwrap())
        .when;
    assert_eq!(
        fhirpath(pregnancy),
        "(%resource.repeat(item).where(linkId = 'age_group').answer.value.code.intersect('adult').exists()) \
         or (%resource.repeat(item).where(linkId = 'child_age').answer.value >= 12)"
    );
    let json = questionnaire().to_string();
    assert!(json.contains("sdc-questionnaire-enableWhenExpression"));
    assert!(!json.contains("condition-not-expressible"));
}

#[test]
fn the_summary_gives_the_result_the_answers_and_the_signs_not_present() {
    let answers = answered(&[("age_group", &["adult"]), ("red_flags", &["chest"])]);
    let text = summary_text(
        Lang::En,
        &answers,
        &evaluate(&CONTENT, &answers),
        "25 November 2026, 10:00",
    );
    assert!(text.contains("Date and time: 25 November 2026, 10:00"));
    assert!(text.contains("Result: Call for help now"));
    assert!(text.contains(Lang::En.t(CONTENT.rule("e_chest").unwrap().reason.you)));
    let absent = text
        .split("does not have:")
        .nth(1)
        .expect("a list of absent signs");
    assert!(
        !absent.contains("Chest pain"),
        "a sign the person has is not listed as absent"
    );
    assert!(absent.contains("Sudden breathlessness, coughing blood"));
    assert!(text.ends_with("contact a doctor or a health line.\n"));
}

#[test]
fn a_qr_code_is_drawn_for_a_summary_and_refused_for_text_too_long_for_any() {
    let answers = answered(&[("age_group", &["adult"]), ("red_flags", &["none"])]);
    let text = summary_text(
        Lang::En,
        &answers,
        &evaluate(&CONTENT, &answers),
        "25 November 2026, 10:00",
    );
    let qr = spasm_triage::export::qr::qr_path(&text).expect("the summary fits");
    assert!(qr.size >= 21 && qr.path.starts_with('M'));
    assert!(spasm_triage::export::qr::qr_path(&"x".repeat(3000)).is_none());
}

#[test]
fn clinicians_read_their_regions_language_and_english_where_no_region_is_chosen() {
    for id in ["gb", "ie", "us", "ca", "au", "eu"] {
        assert_eq!(clinician_lang(region(id)), Lang::En, "{id}");
    }
    for id in ["es", "mx"] {
        assert_eq!(clinician_lang(region(id)), Lang::Es, "{id}");
    }
    assert_eq!(clinician_lang(None), Lang::En);
}

#[test]
fn the_summary_is_in_the_persons_language_then_the_clinicians_once_it_is_here() {
    assert_eq!(
        summary_langs(Lang::Ar, clinician_lang(region("au"))),
        [Lang::Ar, Lang::En],
        "an Arabic reader in Australia"
    );
    assert_eq!(
        summary_langs(Lang::Es, clinician_lang(region("es"))),
        [Lang::Es],
        "a Spanish reader in Spain"
    );
    assert_eq!(
        summary_langs(Lang::En, clinician_lang(region("us"))),
        [Lang::En],
        "an English reader in the United States"
    );
    let in_mexico = clinician_lang(region("mx"));
    assert_eq!(
        summary_langs(Lang::En, in_mexico),
        [Lang::En],
        "the person's language alone until Spanish is loaded"
    );
    // A pack of the right length; its words do not matter here.
    Lang::Es.load(ENGLISH.iter().map(|text| (*text).to_owned()).collect());
    assert_eq!(summary_langs(Lang::En, in_mexico), [Lang::En, Lang::Es]);
}
