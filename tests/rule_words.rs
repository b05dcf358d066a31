//! Every rule written out in words, from the condition the engine evaluates:
//! each names what it reads, in every language.
#![cfg(not(target_arch = "wasm32"))]

use spasm_content::parse_catalog;
use spasm_triage::app::rule_words::condition_words;
use spasm_triage::content::lang::{Lang, TRANSLATIONS};
use spasm_triage::content::messages::KEYS;
use spasm_triage::content::questionnaire::CONTENT;
use spasm_triage::engine::Condition;

/// The rule with this id.
fn rule(id: &str) -> &'static spasm_triage::engine::Rule {
    CONTENT
        .rules
        .iter()
        .find(|rule| rule.id == id)
        .expect("the rule exists")
}

#[test]
fn a_rule_reads_as_its_answers_with_and_or_and_brackets() {
    assert_eq!(
        condition_words(Lang::En, &rule("u_fever").when),
        "High temperature and (Very unwell or worse: Yes or Wound in 3 weeks: Yes or Weak immune system: Yes)"
    );
    assert_eq!(
        condition_words(Lang::En, &rule("e_chest").when),
        "Chest pain or pressure or Sudden breathlessness, coughing blood"
    );
    assert_eq!(
        condition_words(Lang::En, &rule("s_slow_weakness").when),
        "Other symptoms: Weakness growing slowly over months, such as tripping, a weaker grip or slower speech and not Twitching"
    );
}

/// The words each answer a condition reads must show: every chosen option's
/// short label where they all have one, else the question's short label.
fn names(lang: Lang, condition: &Condition, out: &mut Vec<&'static str>) {
    match condition {
        Condition::Always => {}
        Condition::Chosen { question, options } => {
            let question = &CONTENT.questions[question.0];
            let shorts: Vec<_> = question
                .options
                .iter()
                .enumerate()
                .filter(|(place, _)| options.contains(*place))
                .map(|(_, choice)| choice.short)
                .collect();
            if shorts.iter().all(Option::is_some) {
                out.extend(shorts.into_iter().flatten().map(|short| lang.t(short)));
            } else {
                out.push(lang.t(question.short));
            }
        }
        Condition::InRange { question, .. } => {
            out.push(lang.t(CONTENT.questions[question.0].short))
        }
        Condition::All(parts) | Condition::Any(parts) => {
            parts.iter().for_each(|part| names(lang, part, out))
        }
        Condition::Not(part) => names(lang, part, out),
    }
}

/// Loads every translation's texts, as its language pack would.
fn load_translations() {
    for (lang, file) in TRANSLATIONS {
        let path = format!("{}/src/content/{file}", env!("CARGO_MANIFEST_DIR"));
        let source = std::fs::read_to_string(&path).expect("the catalog is there");
        let entries = parse_catalog(&source, file).expect("the catalog parses");
        let texts = KEYS
            .iter()
            .map(|key| {
                let (_, text) = entries
                    .iter()
                    .find(|(known, _)| known == key)
                    .expect("every key");
                text.clone()
            })
            .collect();
        lang.load(texts);
    }
}

#[test]
fn every_rule_names_each_answer_it_reads_in_every_language() {
    load_translations();
    assert_ne!(
        Lang::Fr.t(rule("e_chest").reason.you),
        Lang::En.t(rule("e_chest").reason.you)
    );
    for lang in Lang::ALL {
        for rule in CONTENT.rules {
            let words = condition_words(lang, &rule.when);
            let mut expected = Vec::new();
            names(lang, &rule.when, &mut expected);
            assert!(!expected.is_empty(), "{} reads an answer", rule.id);
            for name in expected {
                assert!(
                    words.contains(name),
                    "{lang:?} {}: {words:?} does not name {name:?}",
                    rule.id
                );
            }
        }
    }
}
