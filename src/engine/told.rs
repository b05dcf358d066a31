//! What the person told us that decided the result: the answers that made the
//! conditions of the rules at the result's level true.

use super::answers::Answer;
use super::assessment::Fired;
use super::facts::Facts;
use super::ids::QuestionId;
use super::model::Level;

/// One answer that decided the result, cut down to what decided it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Told {
    /// The question.
    pub question: QuestionId,
    /// The options chosen that a rule needed (not the others chosen with
    /// them), or the number given.
    pub answer: Answer,
}

/// The answers that made true the conditions of the rules in `fired` at
/// `level`: in question order, each question once, with the options every
/// such rule needed.
pub(crate) fn told(facts: &Facts, fired: &[Fired], level: Level) -> Vec<Told> {
    let mut found: Vec<Option<Answer>> = vec![None; facts.content.questions.len()];
    for fired in fired.iter().filter(|fired| fired.rule.level == level) {
        facts.needed(&fired.rule.when, &mut |question, answer| {
            if let Some(slot) = found.get_mut(question.0) {
                *slot = Some(match (*slot, answer) {
                    (Some(Answer::Options(before)), Answer::Options(more)) => {
                        Answer::Options(before.with(more))
                    }
                    _ => answer,
                });
            }
        });
    }
    found
        .into_iter()
        .enumerate()
        .filter_map(|(index, answer)| {
            answer.map(|answer| Told {
                question: QuestionId(index),
                answer,
            })
        })
        .collect()
}
