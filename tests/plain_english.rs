//! The English stays plain: a reading age of about 11 for the questionnaire as a
//! whole, and no question or option too long to take in at a glance.
#![cfg(not(target_arch = "wasm32"))]

use spasm_triage::content::messages::{ENGLISH, KEYS};

/// The highest Flesch-Kincaid grade allowed for the questions, options and
/// advice together: grade 6, a reading age of 11 to 12 (the grade plus 5 or 6).
const MAX_GRADE: f64 = 6.0;

/// The most words a question or an option may have.
const MAX_WORDS: usize = 25;

/// The most words in one sentence (or one part of it before a colon or a
/// semicolon) of any text a person reads, advice included.
const MAX_SENTENCE_WORDS: usize = 30;

/// Whether `key` names a text a person reads to answer or to act: a question and
/// its help, an option, or advice (in every voice, but not the clinician's short labels).
fn read_by_the_person(key: &str) -> bool {
    let kind = key.split('.').next().unwrap_or_default();
    matches!(kind, "question" | "option" | "advice") && !key.contains(".short")
}

/// The texts `read_by_the_person` picks, each ending a sentence (an option
/// such as "Under 1 year" is one sentence of its own).
fn person_texts() -> Vec<(&'static str, String)> {
    KEYS.iter()
        .zip(ENGLISH)
        .filter(|(key, _)| read_by_the_person(key))
        .map(|(key, text)| {
            let text = text.trim();
            let ended = text.ends_with(['.', '?', '!']);
            (
                *key,
                if ended {
                    text.to_owned()
                } else {
                    format!("{text}.")
                },
            )
        })
        .collect()
}

#[test]
fn the_score_counts_words_syllables_and_sentences_as_the_formula_does() {
    assert_eq!(textstat::lexicon_count("Is a cramp happening now?"), 5);
    assert_eq!(
        textstat::syllable_count("cramp muscle ibuprofen"),
        1 + 2 + 4
    );
    let easy = textstat::flesch_kincaid_grade("Stretch the calf. Hold it. Then walk.");
    let hard = textstat::flesch_kincaid_grade(
        "Intermittent involuntary contractions necessitate comprehensive neurological evaluation.",
    );
    assert!(easy < 2.0 && hard > 12.0, "{easy} {hard}");
}

#[test]
fn the_questionnaire_reads_at_a_reading_age_of_about_11() {
    let texts = person_texts();
    assert!(
        texts.len() > 300,
        "the questions, options and advice are all read"
    );
    let whole: String = texts
        .iter()
        .map(|(_, text)| text.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    let grade = textstat::flesch_kincaid_grade(&whole);
    println!(
        "{} texts, {} words: Flesch-Kincaid grade {grade:.1}, reading ease {:.1}",
        texts.len(),
        textstat::lexicon_count(&whole),
        textstat::flesch_reading_ease(&whole)
    );
    assert!(grade <= MAX_GRADE, "grade {grade:.1} is above {MAX_GRADE}");
}

#[test]
fn no_question_or_option_is_longer_than_25_words() {
    let long: Vec<String> = person_texts()
        .into_iter()
        .filter(|(key, _)| !key.starts_with("advice."))
        .map(|(key, text)| (key, textstat::lexicon_count(&text)))
        .filter(|(_, words)| *words > MAX_WORDS)
        .map(|(key, words)| format!("{key}: {words} words"))
        .collect();
    assert!(long.is_empty(), "too long to take in: {long:#?}");
}

#[test]
fn no_sentence_runs_on_for_more_than_30_words() {
    let long: Vec<String> = person_texts()
        .into_iter()
        .flat_map(|(key, text)| {
            text.split(['.', '?', '!', ':', ';'])
                .map(|part| (key, textstat::lexicon_count(part)))
                .filter(|(_, words)| *words > MAX_SENTENCE_WORDS)
                .map(|(key, words)| format!("{key}: a sentence of {words} words"))
                .collect::<Vec<_>>()
        })
        .collect();
    assert!(long.is_empty(), "split these sentences: {long:#?}");
}
