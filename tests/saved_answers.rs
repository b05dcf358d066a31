//! Saved answers: they come back unchanged, and anything else is an error value.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use spasm_triage::content::questionnaire::CONTENT;
use spasm_triage::engine::saved::{decode, encode, SavedError, KEEP_FOR_MS};
use spasm_triage::engine::{AnswerValue, Answers, EngineError};

const NOW: u64 = 1_764_000_000_000;

fn some_answers() -> Answers {
    let mut answers = Answers::new(&CONTENT);
    for (question, value) in [
        ("age_group", AnswerValue::One("older".into())),
        (
            "where",
            AnswerValue::Several(vec!["calf".into(), "foot".into()]),
        ),
        ("severity", AnswerValue::Number(7)),
    ] {
        answers.set_by_id(&CONTENT, question, &value).unwrap();
    }
    answers
}

#[test]
fn saved_answers_come_back_unchanged() {
    let text = encode(&CONTENT, &some_answers(), NOW);
    assert!(text.contains("where=calf,foot\n"), "{text}");
    assert_eq!(decode(&CONTENT, &text, NOW + 1000), Ok(some_answers()));
}

#[test]
fn answers_older_than_seven_days_or_from_the_future_are_refused() {
    let text = encode(&CONTENT, &some_answers(), NOW);
    assert_eq!(
        decode(&CONTENT, &text, NOW + KEEP_FOR_MS + 1),
        Err(SavedError::Expired)
    );
    assert_eq!(decode(&CONTENT, &text, NOW - 1), Err(SavedError::Expired));
    assert!(decode(&CONTENT, &text, NOW + KEEP_FOR_MS).is_ok());
}

#[test]
fn answers_are_kept_for_seven_days_as_the_privacy_page_says() {
    const DAY_MS: u64 = 24 * 60 * 60 * 1000;
    assert_eq!(KEEP_FOR_MS, 7 * DAY_MS);
    let text = encode(&CONTENT, &some_answers(), NOW);
    assert!(decode(&CONTENT, &text, NOW + 6 * DAY_MS).is_ok());
    assert_eq!(
        decode(&CONTENT, &text, NOW + 8 * DAY_MS),
        Err(SavedError::Expired)
    );
}

#[test]
fn answers_read_back_at_the_moment_they_were_saved_are_kept() {
    let text = encode(&CONTENT, &some_answers(), NOW);
    assert_eq!(decode(&CONTENT, &text, NOW), Ok(some_answers()));
}

#[test]
fn answers_from_another_content_version_are_refused() {
    let text = encode(&CONTENT, &some_answers(), NOW).replace(CONTENT.version, "0.0.1");
    assert_eq!(
        decode(&CONTENT, &text, NOW),
        Err(SavedError::OtherVersion("0.0.1".into()))
    );
}

#[test]
fn unknown_ids_and_bad_values_are_refused() {
    let header = format!(
        "spasm-triage answers 1\ncontent {}\nsaved {NOW}\n",
        CONTENT.version
    );
    let refused = |body: &str| decode(&CONTENT, &format!("{header}{body}"), NOW);
    assert_eq!(
        refused("shoe_size=9\n"),
        Err(SavedError::Answer(EngineError::UnknownQuestion(
            "shoe_size".into()
        )))
    );
    assert!(matches!(
        refused("age_group=teen\n"),
        Err(SavedError::Answer(EngineError::UnknownOption { .. }))
    ));
    assert!(matches!(
        refused("severity=99\n"),
        Err(SavedError::Answer(EngineError::OutOfRange { .. }))
    ));
    assert!(
        matches!(
            refused("age_group=adult,older\n"),
            Err(SavedError::Answer(EngineError::UnknownOption { ref option, .. })) if option == "adult,older"
        ),
        "a question with one answer takes one option id"
    );
    assert_eq!(refused("severity=lots\n"), Err(SavedError::Malformed));
    assert_eq!(refused("age_group\n"), Err(SavedError::Malformed));
    assert_eq!(decode(&CONTENT, "", NOW), Err(SavedError::Malformed));
}

proptest! {
    #[test]
    fn reading_any_text_never_panics(text in ".{0,400}", now in any::<u64>()) {
        let _ = decode(&CONTENT, &text, now);
    }

    #[test]
    fn reading_damaged_saves_never_panics(cut in 0usize..200, junk in "[a-z_=,0-9\n]{0,40}") {
        let text = encode(&CONTENT, &some_answers(), NOW);
        let cut = cut.min(text.len());
        let damaged = format!("{}{junk}", &text[..cut]);
        let _ = decode(&CONTENT, &damaged, NOW);
    }
}
