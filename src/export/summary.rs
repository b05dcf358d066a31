//! The plain-text summary a person can print, save or show: when, which
//! questionnaire version, the result and why, every answer, and the warning
//! signs the person said they do not have.

use crate::content::lang::Lang;
use crate::content::messages::Msg;
use crate::content::questionnaire::CONTENT;
use crate::engine::{assess, Answer, Answers, Facts, Level, QuestionKind, Truth};

/// The words for a level.
pub fn level_words(level: Level) -> Msg {
    match level {
        Level::Emergency => Msg::LevelEmergency,
        Level::Urgent => Msg::LevelUrgent,
        Level::Soon => Msg::LevelSoon,
        Level::Routine => Msg::LevelRoutine,
        Level::SelfCare => Msg::LevelSelfCare,
    }
}

/// An answer in words.
pub fn answer_text(lang: Lang, question: usize, answer: &Answer) -> String {
    let question = &CONTENT.questions[question];
    match (*answer, question.kind) {
        (Answer::Number(value), QuestionKind::Number { unit, .. }) => {
            format!("{value} {}", lang.t(unit))
        }
        (Answer::Number(value), _) => value.to_string(),
        (Answer::Options(chosen), _) => question
            .options
            .iter()
            .enumerate()
            .filter(|(index, _)| chosen & (1 << index) != 0)
            .map(|(_, option)| lang.t(option.text))
            .collect::<Vec<_>>()
            .join("; "),
    }
}

/// An answer in short words, for the summary: an option's short label where it has one.
fn short_answer(lang: Lang, question: usize, answer: &Answer) -> String {
    match *answer {
        Answer::Options(chosen) => CONTENT.questions[question]
            .options
            .iter()
            .enumerate()
            .filter(|(index, _)| chosen & (1 << index) != 0)
            .map(|(_, option)| lang.t(option.short.unwrap_or(option.text)))
            .collect::<Vec<_>>()
            .join("; "),
        Answer::Number(_) => answer_text(lang, question, answer),
    }
}

/// The warning signs (options of the red-flag question) not chosen, once it is answered.
pub fn absent_red_flags(answers: &Answers) -> Vec<usize> {
    let Some(question) = CONTENT.question_index("red_flags") else {
        return Vec::new();
    };
    let Some(Answer::Options(chosen)) = answers.get(question) else {
        return Vec::new();
    };
    let red_flags = &CONTENT.questions[question];
    (0..red_flags.options.len())
        .filter(|&option| chosen & (1 << option) == 0 && !red_flags.options[option].none)
        .collect()
}

/// The summary as plain text; `when` is the local date and time to show.
pub fn summary_text(lang: Lang, answers: &Answers, when: &str) -> String {
    let facts = Facts::new(&CONTENT, answers);
    let assessment = assess(&facts);
    let mut out = format!("{}\n", lang.msg(Msg::SummaryTitle));
    out.push_str(&format!("{}: {when}\n", lang.msg(Msg::SummaryDate)));
    out.push_str(&format!(
        "{}: {}\n\n",
        lang.msg(Msg::SummaryVersion),
        CONTENT.version
    ));
    out.push_str(&format!(
        "{}: {}\n",
        lang.msg(Msg::SummaryResult),
        lang.msg(level_words(assessment.level))
    ));
    for rule in &assessment.fired {
        out.push_str(&format!("- {}\n", lang.t(rule.reason)));
    }
    out.push_str(&format!("\n{}:\n", lang.msg(Msg::SummaryAnswers)));
    for (index, question) in CONTENT.questions.iter().enumerate() {
        if facts.asked(index) != Truth::True {
            continue;
        }
        if let Some(answer) = answers.get(index) {
            out.push_str(&format!(
                "- {}: {}\n",
                lang.t(question.short),
                short_answer(lang, index, answer)
            ));
        }
    }
    let absent = absent_red_flags(answers);
    if !absent.is_empty() {
        out.push_str(&format!("\n{}:\n", lang.msg(Msg::SummaryAbsent)));
        let red_flags = &CONTENT.questions[CONTENT.question_index("red_flags").unwrap_or_default()];
        for option in absent {
            let choice = &red_flags.options[option];
            out.push_str(&format!(
                "- {}\n",
                lang.t(choice.short.unwrap_or(choice.text))
            ));
        }
    }
    out.push_str(&format!("\n{}\n", lang.msg(Msg::ResultNotDiagnosis)));
    out
}
