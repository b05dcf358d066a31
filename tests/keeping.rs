//! Which saved copy the app starts from, and which copies a tab may write or
//! remove: a bad copy never takes a good one with it, and a tab never removes
//! answers kept by another.
#![cfg(not(target_arch = "wasm32"))]

use spasm_triage::app::keeping::{pick, plan, Picked, Write};
use spasm_triage::app::state::Restored;
use spasm_triage::content::questionnaire::CONTENT;
use spasm_triage::engine::saved::encode;
use spasm_triage::engine::{AnswerValue, Answers};

const NOW: u64 = 1_764_000_000_000;

fn answers(age_group: &str) -> Answers {
    let mut answers = Answers::new(&CONTENT);
    answers
        .set_by_id(&CONTENT, "age_group", &AnswerValue::One(age_group.into()))
        .unwrap();
    answers
}

fn saved(age_group: &str) -> String {
    encode(&CONTENT, &answers(age_group), NOW)
}

/// What the app starts from when it uses the answers for `age_group`.
fn used(age_group: &str, keep: bool) -> Restored {
    Restored {
        answers: answers(age_group),
        keep,
        discarded: false,
    }
}

const BAD: &str = "spasm-triage answers 1\ncontent 0.0.1\nsaved 1\nage_group=adult\n";

#[test]
fn this_tabs_copy_comes_first() {
    let picked = pick(Some(&saved("adult")), Some(&saved("older")), NOW);
    assert_eq!(
        picked,
        Picked {
            restored: used("adult", false),
            drop_session: false,
            drop_kept: false,
        }
    );
}

#[test]
fn a_tab_reloaded_with_its_own_answers_shows_keep_ticked_only_if_it_kept_them() {
    // A tab that keeps writes the same text to both copies.
    let own = pick(Some(&saved("adult")), Some(&saved("adult")), NOW);
    assert!(own.restored.keep);
    // Another tab kept other answers: this tab never ticked "keep", and its
    // next change must not replace them.
    let other = pick(Some(&saved("adult")), Some(&saved("older")), NOW);
    assert!(!other.restored.keep);
    // The same answers saved at another moment are another tab's copy too.
    let later = encode(&CONTENT, &answers("adult"), NOW + 1);
    assert!(
        !pick(Some(&saved("adult")), Some(&later), NOW + 1)
            .restored
            .keep
    );
}

#[test]
fn a_bad_session_copy_is_removed_alone_and_the_kept_copy_used() {
    let picked = pick(Some(BAD), Some(&saved("older")), NOW);
    assert_eq!(
        picked,
        Picked {
            restored: used("older", true),
            drop_session: true,
            drop_kept: false,
        }
    );
}

#[test]
fn a_bad_kept_copy_is_removed_alone_and_this_tabs_copy_used() {
    let picked = pick(Some(&saved("adult")), Some(BAD), NOW);
    assert_eq!(
        picked,
        Picked {
            restored: used("adult", false),
            drop_session: false,
            drop_kept: true,
        }
    );
}

#[test]
fn with_nothing_usable_both_bad_copies_go_with_the_notice() {
    for (session, kept) in [(Some(BAD), Some(BAD)), (Some(BAD), None), (None, Some(BAD))] {
        let picked = pick(session, kept, NOW);
        assert_eq!(
            picked,
            Picked {
                restored: Restored {
                    answers: Answers::new(&CONTENT),
                    keep: false,
                    discarded: true,
                },
                drop_session: session.is_some(),
                drop_kept: kept.is_some(),
            }
        );
    }
}

#[test]
fn nothing_saved_is_a_fresh_start_without_a_notice() {
    let picked = pick(None, None, NOW);
    assert!(!picked.restored.discarded && !picked.restored.keep);
    assert!(!picked.drop_session && !picked.drop_kept);
}

#[test]
fn kept_answers_survive_a_clock_a_few_seconds_behind() {
    let picked = pick(None, Some(&saved("older")), NOW - 5_000);
    assert_eq!(picked.restored.answers, answers("older"));
    assert!(picked.restored.keep && !picked.drop_kept);
}

#[test]
fn a_tab_that_never_loaded_or_wrote_kept_answers_leaves_them() {
    // A second tab that starts empty, or answers without ticking "keep".
    assert_eq!(plan(None, false, false), (Write::Remove, Write::Leave));
    assert_eq!(
        plan(Some("x"), false, false),
        (Write::Set("x"), Write::Leave)
    );
    // Ticked but with nothing to keep yet.
    assert_eq!(plan(None, true, false), (Write::Remove, Write::Leave));
}

#[test]
fn a_tab_that_loaded_or_wrote_kept_answers_updates_or_removes_them() {
    assert_eq!(
        plan(Some("x"), true, false),
        (Write::Set("x"), Write::Set("x"))
    );
    assert_eq!(
        plan(Some("x"), true, true),
        (Write::Set("x"), Write::Set("x"))
    );
    // Unticked, or started again: the kept copy goes.
    assert_eq!(
        plan(Some("x"), false, true),
        (Write::Set("x"), Write::Remove)
    );
    assert_eq!(plan(None, true, true), (Write::Remove, Write::Remove));
    assert_eq!(plan(None, false, true), (Write::Remove, Write::Remove));
}
