//! Someone answering for a child or partner reads "you" as themselves. These
//! checks read every text as it is shown to them: no question, option, help,
//! reason or piece of advice may still speak to them about their own body,
//! history or medicines. Words that speak to the person answering about what
//! they should do ("call your emergency number") are listed here and allowed.
#![cfg(not(target_arch = "wasm32"))]

use spasm_triage::content::lang::Lang;
use spasm_triage::content::messages::Msg;
use spasm_triage::content::questionnaire::CONTENT;
use spasm_triage::engine::{PersonText, Voice};

/// Phrases that speak to the person answering, not about the person with the
/// spasms. Each was read in its sentence and is right in every voice.
const TO_THE_PERSON_ANSWERING: &[&str] = &[
    "who are you answering for",
    "your child",
    "someone else, such as my child or partner",
    "your answers fit",
    "myself",
    "if you do not know",
    "call your emergency number",
    "while you wait",
    "drive them to hospital yourself",
    "tell the call handler what they told you",
    "or a list of them, with you",
    "say it is getting worse when you call",
];

/// The first- and second-person words left in `text` once the allowed phrases
/// are taken out.
fn second_person_words(text: &str) -> Vec<String> {
    let mut rest = text.to_lowercase();
    for phrase in TO_THE_PERSON_ANSWERING {
        rest = rest.replace(phrase, " ");
    }
    rest.split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|word| ["you", "your", "yours", "yourself", "i", "me", "my", "mine"].contains(word))
        .map(str::to_owned)
        .collect()
}

/// Every text about the person, with a name to report it by.
fn person_texts() -> Vec<(String, PersonText)> {
    let mut texts = Vec::new();
    for step in CONTENT.steps {
        texts.push((format!("step {}", step.id), step.title));
    }
    for question in CONTENT.questions {
        texts.push((format!("question {}", question.id), question.text));
        texts.extend(
            question
                .help
                .map(|help| (format!("help of {}", question.id), help)),
        );
        for option in question.options {
            let name = format!("option {}.{}", question.id, option.id);
            texts.extend(option.help.map(|help| (format!("help of {name}"), help)));
            texts.push((name, option.text));
        }
    }
    for rule in CONTENT.rules {
        texts.push((format!("reason of {}", rule.id), rule.reason));
        texts.extend(
            rule.reason_if
                .as_ref()
                .map(|case| (format!("other reason of {}", rule.id), case.text)),
        );
    }
    for advice in CONTENT.advice {
        texts.push((format!("advice {}", advice.id), advice.text));
    }
    texts
}

#[test]
fn answering_for_someone_else_no_text_speaks_to_the_reader_about_their_own_body() {
    let mut wrong = Vec::new();
    for voice in [Voice::They, Voice::Child] {
        for (name, text) in person_texts() {
            let words = Lang::En.t(text.in_voice(voice));
            let found = second_person_words(words);
            if !found.is_empty() {
                wrong.push(format!("{voice:?}: {name}: {found:?} in \"{words}\""));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_result_screen_speaks_of_no_one_in_particular() {
    let shown = [
        Msg::LevelEmergency,
        Msg::LevelUrgent,
        Msg::LevelSoon,
        Msg::LevelRoutine,
        Msg::LevelSelfCare,
        Msg::WhenEmergency,
        Msg::WhenUrgent,
        Msg::WhenSoon,
        Msg::WhenRoutine,
        Msg::WhenSelfCare,
        Msg::StopEmergencyTitle,
        Msg::StopUrgentTitle,
    ];
    for msg in shown {
        let text = Lang::En.msg(msg);
        assert!(
            second_person_words(text).is_empty(),
            "{msg:?} speaks to the reader: \"{text}\""
        );
    }
}

#[test]
fn the_person_answering_is_spoken_to_in_their_own_voice() {
    let pregnancy = CONTENT
        .question(CONTENT.find_question("pregnancy").unwrap())
        .text;
    assert!(Lang::En
        .t(pregnancy.in_voice(Voice::You))
        .starts_with("Are you pregnant"));
    assert!(Lang::En
        .t(pregnancy.in_voice(Voice::They))
        .starts_with("Are they pregnant"));
    assert!(Lang::En
        .t(pregnancy.in_voice(Voice::Child))
        .starts_with("Is your child pregnant"));
}
