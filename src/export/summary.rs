//! The plain-text summary a person can print, save or show: when, which
//! questionnaire version, the result and why, every answer, and the warning
//! signs the person said they do not have.

use crate::content::lang::{Lang, Wording};
use crate::content::messages::{Msg, LEVEL_WORDS};
use crate::content::questionnaire::CONTENT;
use crate::engine::{Answer, Answers, Choice, Evaluation, QuestionId, QuestionKind, Truth};

/// An answer in words.
pub fn answer_text(wording: Wording, question: QuestionId, answer: &Answer) -> String {
    let question = CONTENT.question(question);
    match (*answer, question.kind) {
        (Answer::Number(value), QuestionKind::Number { unit, .. }) => {
            format!("{value} {}", wording.lang.t(unit))
        }
        (Answer::Number(value), _) => value.to_string(),
        (Answer::Options(chosen), _) => question
            .options_in(chosen)
            .map(|(_, option)| wording.t(option.text))
            .collect::<Vec<_>>()
            .join("; "),
    }
}

/// An option in short words: its short label where it has one.
fn short_option(wording: Wording, option: &Choice) -> &'static str {
    match option.short {
        Some(short) => wording.lang.t(short),
        None => wording.t(option.text),
    }
}

/// An answer in short words, for the summary and the review.
pub fn short_answer(wording: Wording, question: QuestionId, answer: &Answer) -> String {
    match *answer {
        Answer::Options(chosen) => CONTENT
            .question(question)
            .options_in(chosen)
            .map(|(_, option)| short_option(wording, option))
            .collect::<Vec<_>>()
            .join("; "),
        Answer::Number(_) => answer_text(wording, question, answer),
    }
}

/// The warning signs the person does not have: the options not chosen of every
/// warning-sign question that was asked and answered.
pub fn absent_warning_signs(answers: &Answers, evaluation: &Evaluation) -> Vec<&'static Choice> {
    CONTENT
        .question_ids()
        .map(|id| (id, CONTENT.question(id)))
        .filter(|&(id, question)| question.warning && evaluation.asked(id) == Truth::True)
        .filter_map(|(id, question)| match answers.get(id) {
            Some(Answer::Options(chosen)) => Some((question, *chosen)),
            _ => None,
        })
        .flat_map(|(question, chosen)| {
            let absent = question
                .all_options()
                .without(chosen)
                .without(question.none_option());
            question.options_in(absent).map(|(_, choice)| choice)
        })
        .collect()
}

/// The languages the summary is written in: the person's, then the
/// clinician's when that is another language and its texts are here.
pub fn summary_langs(person: Lang, clinician: Lang) -> Vec<Lang> {
    let mut langs = vec![person];
    if clinician != person && clinician.is_loaded() {
        langs.push(clinician);
    }
    langs
}

/// The summary as plain text of `answers` and what they settle; `when` is the
/// local date and time to show.
pub fn summary_text(lang: Lang, answers: &Answers, evaluation: &Evaluation, when: &str) -> String {
    let assessment = &evaluation.assessment;
    let wording = Wording {
        lang,
        voice: evaluation.voice,
    };
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
        lang.msg(LEVEL_WORDS[assessment.level as usize])
    ));
    for fired in &assessment.fired {
        out.push_str(&format!("- {}\n", wording.t(fired.reason)));
    }
    out.push_str(&format!("\n{}:\n", lang.msg(Msg::SummaryAnswers)));
    for id in CONTENT.question_ids() {
        if evaluation.asked(id) != Truth::True {
            continue;
        }
        if let Some(answer) = answers.get(id) {
            out.push_str(&format!(
                "- {}: {}\n",
                lang.t(CONTENT.question(id).short),
                short_answer(wording, id, answer)
            ));
        }
    }
    let absent = absent_warning_signs(answers, evaluation);
    if !absent.is_empty() {
        out.push_str(&format!("\n{}:\n", lang.msg(Msg::SummaryAbsent)));
        for choice in absent {
            out.push_str(&format!("- {}\n", short_option(wording, choice)));
        }
    }
    out.push_str(&format!("\n{}\n", lang.msg(Msg::ResultNotDiagnosis)));
    out
}
