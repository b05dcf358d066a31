//! Saved answers: they come back unchanged, and anything else is an error value.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use spasm_triage::content::questionnaire::CONTENT;
use spasm_triage::engine::saved::{decode, encode, SavedError, CLOCK_SLACK_MS, KEEP_FOR_MS};
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
fn answers_older_than_seven_days_or_from_far_in_the_future_are_refused() {
    let text = encode(&CONTENT, &some_answers(), NOW);
    assert_eq!(
        decode(&CONTENT, &text, NOW + KEEP_FOR_MS + 1),
        Err(SavedError::Expired)
    );
    assert!(decode(&CONTENT, &text, NOW + KEEP_FOR_MS).is_ok());
    assert_eq!(
        decode(&CONTENT, &text, NOW - CLOCK_SLACK_MS - 1),
        Err(SavedError::Expired)
    );
}

#[test]
fn a_clock_set_back_a_little_keeps_the_answers() {
    let text = encode(&CONTENT, &some_answers(), NOW);
    for behind_ms in [
        1,
        3_000,
        10 * 60 * 1000,
        23 * 60 * 60 * 1000,
        CLOCK_SLACK_MS,
    ] {
        assert_eq!(
            decode(&CONTENT, &text, NOW - behind_ms),
            Ok(some_answers()),
            "{behind_ms} ms behind"
        );
    }
    // A save from more than a day ahead is not trusted.
    assert_eq!(
        decode(&CONTENT, &text, NOW - 25 * 60 * 60 * 1000),
        Err(SavedError::Expired)
    );
    // Near the ends of the clock's range, too: no overflow.
    let text = encode(&CONTENT, &some_answers(), u64::MAX);
    assert!(decode(&CONTENT, &text, u64::MAX - 5).is_ok());
    assert_eq!(decode(&CONTENT, &text, 0), Err(SavedError::Expired));
}

/// The answers `lines` saved by content `version`.
fn saved_by(version: &str, lines: &str) -> String {
    format!("spasm-triage answers 1\ncontent {version}\nsaved {NOW}\n{lines}")
}

#[test]
fn answers_saved_by_this_release_are_read_by_id() {
    assert_eq!(CONTENT.version, "2.1.0", "a new content version: see below");
    let text = encode(&CONTENT, &some_answers(), NOW);
    assert!(
        text.starts_with("spasm-triage answers 1\ncontent 2.1.0\n"),
        "{text}"
    );
    // Ids, never positions: an answer reads the same wherever it is listed.
    assert!(text.contains("\nage_group=older\n"), "{text}");
    assert_eq!(
        decode(
            &CONTENT,
            &saved_by("2.1.0", "severity=7\nwhere=foot,calf\nage_group=older\n"),
            NOW
        ),
        Ok(some_answers())
    );
}

/// The content versions released before this one, whose saved answers are not
/// migrated: 2.0.0 asked conditions, medicines, injury and pregnancy on other
/// screens and in other questions, and 2.1.0 kept some ids with other follow-ups,
/// so an answer of theirs could mean something else now. Answers live 7 days at
/// most; starting afresh, with the notice, is the safe choice.
const EARLIER_VERSIONS: [&str; 2] = ["2.0.0", "1.0.0"];

#[test]
fn answers_saved_by_an_earlier_content_version_are_never_read() {
    // Answers whose ids all still exist, and one whose question has gone.
    for lines in ["age_group=adult\nwhere=calf\n", "conditions=none\n", ""] {
        for version in EARLIER_VERSIONS {
            assert_eq!(
                decode(&CONTENT, &saved_by(version, lines), NOW),
                Err(SavedError::OtherVersion(version.into())),
                "{version}: {lines}"
            );
        }
    }
}

#[test]
fn answers_saved_by_a_future_content_version_are_never_read() {
    for version in [
        "2.1.1",
        "2.2.0",
        "3.0.0",
        "10.0.0",
        "2.1.0-beta",
        "2.1",
        "2.1.0 ",
        " 2.1.0",
        "2.1.0.0",
        "",
    ] {
        assert_eq!(
            decode(&CONTENT, &saved_by(version, "age_group=adult\n"), NOW),
            Err(SavedError::OtherVersion(version.into())),
            "{version:?}"
        );
    }
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
    fn answers_saved_by_any_other_version_are_never_read(
        version in "[0-9a-z. -]{0,12}",
        now in 0u64..u64::MAX / 2,
    ) {
        prop_assume!(version != CONTENT.version);
        let text = encode(&CONTENT, &some_answers(), now).replace(
            &format!("content {}", CONTENT.version),
            &format!("content {version}"),
        );
        prop_assert_eq!(decode(&CONTENT, &text, now), Err(SavedError::OtherVersion(version)));
    }

    #[test]
    fn reading_damaged_saves_never_panics(cut in 0usize..200, junk in "[a-z_=,0-9\n]{0,40}") {
        let text = encode(&CONTENT, &some_answers(), NOW);
        let cut = cut.min(text.len());
        let damaged = format!("{}{junk}", &text[..cut]);
        let _ = decode(&CONTENT, &damaged, NOW);
    }
}
