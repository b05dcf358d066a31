//! Checks on the clinical content itself: ids, order, sources, reachability.
#![cfg(not(target_arch = "wasm32"))]

use spasm_triage::content::lang::Lang;
use spasm_triage::content::questionnaire::{CONTENT, SPEC_REVISION};
use spasm_triage::engine::{
    evaluate, AnswerValue, Answers, Condition, Level, QuestionId, QuestionKind,
};

#[test]
fn content_has_a_version_and_follows_the_current_specification() {
    assert!(!CONTENT.version.is_empty());
    assert_eq!(
        SPEC_REVISION, 3,
        "the content implements revision 3 of the specification"
    );
}

/// How many words a text has.
fn words(text: &str) -> usize {
    text.split_whitespace().count()
}

#[test]
fn the_who_step_comes_first_and_one_short_screen_of_life_threatening_signs_straight_after() {
    assert_eq!(CONTENT.steps[0].id, "who");
    assert_eq!(CONTENT.steps[1].id, "red_flags");
    let red_flags = &CONTENT.questions[CONTENT.steps[1].questions.start];
    assert_eq!(red_flags.kind, QuestionKind::Several);
    assert!(red_flags.warning, "the first question holds warning signs");
    assert!(
        red_flags.options.len() <= 11,
        "{} options on the first warning screen: tired people stop reading",
        red_flags.options.len()
    );
    let all_words: usize = red_flags
        .options
        .iter()
        .map(|option| words(Lang::En.t(option.text.you)))
        .sum();
    assert!(
        all_words <= 130,
        "{all_words} words of warning signs on the first screen"
    );
}

#[test]
fn every_warning_sign_is_short_and_every_warning_question_ends_with_none_of_these() {
    for question in CONTENT.questions.iter().filter(|question| question.warning) {
        assert!(
            question.options.last().is_some_and(|option| option.none),
            "`{}` ends with None of these",
            question.id
        );
        for option in question.options {
            let text = Lang::En.t(option.text.you);
            assert!(
                words(text) <= 22,
                "`{}.{}` has {} words: \"{text}\"",
                question.id,
                option.id,
                words(text)
            );
            assert!(
                option.none || option.short.is_some(),
                "`{}.{}` has a short label for the summary",
                question.id,
                option.id
            );
        }
    }
}

#[test]
fn specific_warning_signs_follow_the_answer_they_belong_to() {
    let step_after = |id: &str| {
        CONTENT
            .step(CONTENT.find_step(id).expect("a step").next())
            .id
    };
    assert_eq!(
        step_after("where"),
        "spine_signs",
        "back signs right after the body map"
    );
    assert_eq!(
        step_after("spine_signs"),
        "limb_signs",
        "then the arm and leg signs"
    );
    let question = |id: &str| CONTENT.find_question(id).expect("a question");
    for (sign, after) in [
        ("fever_signs", "red_flags"),
        ("wound_signs", "wound"),
        ("heat_signs", "context"),
        ("antipsychotic_signs", "statin_new"),
        ("serotonin_signs", "antipsychotic_signs"),
        ("pre_eclampsia", "pregnancy_bleeding"),
    ] {
        assert_eq!(
            question(sign),
            QuestionId(question(after).0 + 1),
            "`{sign}` is asked straight after `{after}`"
        );
    }
}

#[test]
fn every_emergency_rule_stops_the_questionnaire() {
    for rule in CONTENT
        .rules
        .iter()
        .filter(|rule| rule.level == Level::Emergency)
    {
        assert!(
            rule.stop,
            "emergency rule `{}` ends the questionnaire",
            rule.id
        );
    }
}

#[test]
fn every_rule_cites_a_source_with_a_title_and_an_address() {
    for rule in CONTENT.rules {
        assert!(
            rule.sources
                .iter()
                .any(|&source| CONTENT.sources[source].url.is_some()),
            "rule `{}` cites no source with an address",
            rule.id
        );
    }
    for source in CONTENT.sources {
        assert!(
            !source.title.is_empty(),
            "source `{}` has a title",
            source.key
        );
        if let Some(url) = source.url {
            assert!(
                url.starts_with("https://"),
                "source `{}` uses https",
                source.key
            );
        }
    }
}

#[test]
fn every_source_address_is_an_article_not_a_home_page_or_a_search() {
    for source in CONTENT.sources {
        let Some(url) = source.url else { continue };
        let path = url
            .trim_start_matches("https://")
            .split_once('/')
            .map_or("", |(_, path)| path);
        assert!(
            path.trim_matches('/').len() > 3,
            "source `{}` is a home page: {url}",
            source.key
        );
        assert!(
            !url.contains("?term=") && !url.contains("/search"),
            "source `{}` is a search: {url}",
            source.key
        );
    }
}

#[test]
fn every_piece_of_advice_cites_a_source_and_can_be_shown() {
    for (index, advice) in CONTENT.advice.iter().enumerate() {
        assert!(
            !advice.sources.is_empty(),
            "advice `{}` cites a source",
            advice.id
        );
        let brought = CONTENT
            .rules
            .iter()
            .any(|rule| rule.advice.contains(&index));
        let helps_now = CONTENT.questions.iter().any(|question| {
            question
                .help_now
                .as_ref()
                .is_some_and(|help| help.advice.contains(&index))
        });
        assert!(
            brought || helps_now || !advice.levels.is_empty(),
            "advice `{}` is never shown",
            advice.id
        );
    }
}

#[test]
fn every_source_is_cited() {
    for (index, source) in CONTENT.sources.iter().enumerate() {
        let cited = CONTENT
            .rules
            .iter()
            .any(|rule| rule.sources.contains(&index))
            || CONTENT
                .advice
                .iter()
                .any(|advice| advice.sources.contains(&index));
        assert!(cited, "source `{}` is listed but never cited", source.key);
    }
}

#[test]
fn every_level_has_a_rule_and_every_rule_gives_a_reason() {
    for level in [Level::Emergency, Level::Urgent, Level::Soon, Level::Routine] {
        assert!(
            CONTENT.rules.iter().any(|rule| rule.level == level),
            "no {level:?} rule"
        );
    }
    for rule in CONTENT.rules {
        assert!(
            Lang::En.t(rule.reason.you).len() > 20,
            "rule `{}` explains itself",
            rule.id
        );
    }
}

#[test]
fn self_care_results_always_end_with_safety_netting() {
    let safety_nets = CONTENT
        .advice
        .iter()
        .filter(|advice| {
            advice.levels.contains(&Level::SelfCare) && advice.when == Condition::Always
        })
        .filter(|advice| advice.kind == spasm_triage::engine::AdviceKind::SafetyNet)
        .count();
    assert!(
        safety_nets >= 3,
        "{safety_nets} unconditional safety-net items"
    );
}

/// The ids of the advice shown at once under "Is a cramp happening right now?",
/// after `answers` (question id, option ids).
fn help_now_after(answers: &[(&str, &[&str])]) -> Vec<&'static str> {
    let mut given = Answers::new(&CONTENT);
    for (question, options) in answers {
        let value = match options {
            [one]
                if !CONTENT
                    .question(CONTENT.find_question(question).unwrap())
                    .takes_several() =>
            {
                AnswerValue::One(one.to_string())
            }
            several => {
                AnswerValue::Several(several.iter().map(|option| option.to_string()).collect())
            }
        };
        given
            .set_by_id(&CONTENT, question, &value)
            .expect("the answer fits");
    }
    let happening_now = CONTENT.find_question("happening_now").unwrap();
    evaluate(&CONTENT, &given)
        .help_now(happening_now)
        .iter()
        .map(|advice| advice.id)
        .collect()
}

#[test]
fn a_cramp_happening_now_brings_the_stretch_for_that_place_at_once_and_nothing_for_the_chest() {
    let up_to_now = |where_: &'static [&'static str], now: &'static [&'static str]| {
        help_now_after(&[
            ("answering_for", &["self"]),
            ("age_group", &["adult"]),
            ("red_flags", &["none"]),
            ("where", where_),
            ("limb_signs", &["none"]),
            ("feel", &["cramp"]),
            ("happening_now", now),
        ])
    };
    assert_eq!(
        up_to_now(&["calf"], &["yes"]),
        ["calf_stretch_now", "stretch_and_rub", "stand_on_leg", "walk_it_off", "warm_or_cold", "cramp_over_10"],
        "the later questions (a swollen calf) are not answered yet, so they do not hold the help back"
    );
    let thigh = up_to_now(&["thigh"], &["yes"]);
    assert!(thigh.contains(&"calf_stretch_now") && thigh.contains(&"thigh_front_stretch"));
    assert_eq!(up_to_now(&["calf"], &["no"]), Vec::<&str>::new());
    assert_eq!(
        up_to_now(&["calf", "chest"], &["yes"]),
        Vec::<&str>::new(),
        "a spasm in the chest needs checking, not stretching"
    );
}
