//! The app's state as a reducer over the engine: which screen is shown, the
//! answers and what they settle, and which questions to flag. It does no I/O.
//!
//! The screens form a small state machine. Each screen has one handler, whose
//! doc comment lists the actions it accepts and where they lead; actions valid
//! everywhere (history, settings, starting again) are handled once, before the
//! screen's handler. Every move to another screen goes through [`State::go`],
//! which lets the person only as far as their answers allow.

use std::ops::Deref;
use std::rc::Rc;

use yew::Reducible;

use crate::content::lang::Lang;
use crate::content::questionnaire::CONTENT;
use crate::content::regions::Region;
use crate::engine::{evaluate, Answer, Answers, Evaluation, QuestionId, StepId, Truth};

/// The screens of the app.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Screen {
    /// The welcome screen.
    Start,
    /// A step of the questionnaire.
    Step(StepId),
    /// Every answer, with a way to change each.
    Review,
    /// What to do, and why.
    Result,
    /// The questionnaire stopped early (an emergency, or a baby); the step it stopped on.
    Stopped(StepId),
    /// What the app stores, where and for how long.
    Privacy,
    /// How the checker decides: every rule, with its answers and sources.
    HowItWorks,
    /// The summary for a doctor or nurse.
    Summary,
}

impl Screen {
    /// The URL fragment for the screen (never any answer).
    pub fn hash(self) -> String {
        match self {
            Screen::Start => String::new(),
            Screen::Step(step) => format!("#step-{}", CONTENT.step(step).id),
            Screen::Review => "#review".to_owned(),
            Screen::Result => "#result".to_owned(),
            Screen::Stopped(_) => "#help-now".to_owned(),
            Screen::Privacy => "#privacy".to_owned(),
            Screen::HowItWorks => "#how-it-works".to_owned(),
            Screen::Summary => "#summary".to_owned(),
        }
    }

    /// The screen a URL fragment names; `None` for anything unknown.
    pub fn from_hash(hash: &str) -> Option<Screen> {
        match hash.trim_start_matches('#') {
            "" => Some(Screen::Start),
            "review" => Some(Screen::Review),
            "result" => Some(Screen::Result),
            "help-now" => Some(Screen::Stopped(StepId(0))),
            "privacy" => Some(Screen::Privacy),
            "how-it-works" => Some(Screen::HowItWorks),
            "summary" => Some(Screen::Summary),
            other => other
                .strip_prefix("step-")
                .and_then(|id| CONTENT.find_step(id))
                .map(Screen::Step),
        }
    }
}

/// Everything the app shows follows from this.
#[derive(Clone, PartialEq, Debug)]
pub struct State {
    /// The current screen.
    pub screen: Screen,
    /// Every answer given (answers to questions no longer asked are kept).
    pub answers: Answers,
    /// What the answers settle, worked out once each time they change.
    pub evaluation: Evaluated,
    /// Questions flagged as missing when the person pressed Next.
    pub flagged: Vec<QuestionId>,
    /// Whether the current step was opened from the review, to return there.
    pub from_review: bool,
    /// Whether the last move came from the browser's history (Back or Forward),
    /// so the URL already matches and needs no new history entry.
    pub from_history: bool,
    /// Whether the person chose to keep their answers on this device.
    pub keep: bool,
    /// A message about the stored answers to show, if any.
    pub notice: Option<Notice>,
    /// The language the app speaks.
    pub lang: Lang,
    /// Where the person is, for the phone numbers to show.
    pub region: Option<&'static Region>,
}

/// The evaluation of the answers, shared by the state and the views. It is
/// worked out anew only when the answers change, so two are equal when they
/// are the same one: comparing them is cheap, and needs no comparison of rules.
#[derive(Clone, Debug)]
pub struct Evaluated(Rc<Evaluation>);

impl Evaluated {
    /// The evaluation of `answers`.
    pub fn of(answers: &Answers) -> Evaluated {
        Evaluated(Rc::new(evaluate(&CONTENT, answers)))
    }
}

impl PartialEq for Evaluated {
    fn eq(&self, other: &Evaluated) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Deref for Evaluated {
    type Target = Evaluation;

    fn deref(&self) -> &Evaluation {
        &self.0
    }
}

/// Messages about stored answers.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Notice {
    /// The person cleared their answers.
    Cleared,
    /// Answers saved earlier could not be used and were removed.
    Discarded,
    /// A language's texts could not be loaded, so the app stays in its language.
    LangUnavailable(Lang),
    /// The device's storage refused the answers: they will not be kept.
    NotKept,
}

/// What was found on the device when the app started.
#[derive(Clone, Debug, PartialEq)]
pub struct Restored {
    /// The answers, or none.
    pub answers: Answers,
    /// Whether the person had chosen to keep their answers on this device.
    pub keep: bool,
    /// Whether saved answers were found but could not be used (and were removed).
    pub discarded: bool,
}

impl Default for Restored {
    /// Nothing found: no answers, nothing kept, nothing removed.
    fn default() -> Restored {
        Restored {
            answers: Answers::new(&CONTENT),
            keep: false,
            discarded: false,
        }
    }
}

impl Default for State {
    fn default() -> State {
        State::with_answers(Answers::new(&CONTENT))
    }
}

impl State {
    /// The state on the start screen with `answers`.
    fn with_answers(answers: Answers) -> State {
        State {
            screen: Screen::Start,
            evaluation: Evaluated::of(&answers),
            answers,
            flagged: Vec::new(),
            from_review: false,
            from_history: false,
            keep: false,
            notice: None,
            lang: Lang::En,
            region: None,
        }
    }

    /// The state to start from, with what was found on the device.
    pub fn restored(found: Restored) -> State {
        State {
            keep: found.keep,
            notice: found.discarded.then_some(Notice::Discarded),
            ..State::with_answers(found.answers)
        }
    }
}

/// What a person can do.
#[derive(Clone, Debug)]
pub enum Action {
    /// Press Start.
    Start,
    /// Answer a question (`None` when everything is unticked or a number is cleared).
    Answer(QuestionId, Option<Answer>),
    /// Press Next on the current step.
    Next,
    /// Press Back on the current step.
    Back,
    /// Open a step from the review to change an answer.
    Change(StepId),
    /// Leave the review for the result.
    ShowResult,
    /// Open the summary for a doctor or nurse, from the result.
    OpenSummary,
    /// Go back from the summary to the result.
    CloseSummary,
    /// Go back from an early stop to the step that caused it.
    UndoStop,
    /// The browser's Back or Forward reached this screen.
    Navigate(Screen),
    /// The page opened with this screen in its URL (a reload half-way, say).
    Open(Screen),
    /// The device's storage refused to save the answers.
    NotKept,
    /// Start again with no answers.
    Restart,
    /// Choose whether to keep the answers on this device.
    SetKeep(bool),
    /// Remove every answer, here and on the device.
    Clear,
    /// Switch the language; answers and the step stay.
    SetLang(Lang),
    /// A language was chosen whose texts could not be loaded.
    LangUnavailable(Lang),
    /// Choose where the person is.
    SetRegion(Option<&'static Region>),
}

impl State {
    /// The state on `screen`, with nothing flagged and no notice.
    fn with_screen(&self, screen: Screen) -> State {
        State {
            screen,
            flagged: Vec::new(),
            from_history: false,
            notice: None,
            ..self.clone()
        }
    }

    /// Moves towards `wanted`, as far as the answers allow (see [`State::allowed`]).
    fn go(&self, wanted: Screen) -> State {
        self.with_screen(self.allowed(wanted))
    }

    /// Where the person may be, given the answers: `wanted` if the answers so
    /// far lead there, otherwise the furthest screen they do lead to (the step
    /// that stopped the questionnaire, the first step still open, or the review).
    fn allowed(&self, wanted: Screen) -> Screen {
        let evaluation = &self.evaluation;
        let stop = evaluation.assessment.stops.then(|| self.stop_step());
        let open = evaluation.resume_step();
        let furthest = match (stop, open) {
            (Some(step), _) => Screen::Stopped(step),
            (None, Some(step)) => Screen::Step(step),
            (None, None) => Screen::Review,
        };
        let reachable = stop.or(open).unwrap_or(StepId(CONTENT.steps.len()));
        match wanted {
            Screen::Start | Screen::Privacy | Screen::HowItWorks => wanted,
            Screen::Step(step)
                if step <= reachable && evaluation.step_shown(step) != Truth::False =>
            {
                wanted
            }
            Screen::Review | Screen::Result | Screen::Summary if furthest == Screen::Review => {
                wanted
            }
            _ => furthest,
        }
    }

    /// The step whose answers stopped the questionnaire: the one on screen if
    /// it holds an answer that decided the stop, else the step of the first
    /// such answer (kept answers opened from the start screen, the history, or
    /// another answer changed while the stop stands): "change my answer" then
    /// opens a step with an answer that decided it.
    fn stop_step(&self) -> StepId {
        let deciding: Vec<StepId> = self
            .evaluation
            .assessment
            .told
            .iter()
            .map(|told| CONTENT.question(told.question).step)
            .collect();
        match self.screen {
            Screen::Step(step) | Screen::Stopped(step) if deciding.contains(&step) => step,
            _ => deciding.first().copied().unwrap_or(StepId(0)),
        }
    }

    /// Actions valid on every screen:
    /// - `Navigate(screen)` => `screen` as far as the answers allow, from history;
    /// - `Open(screen)` => the same, keeping the notice found when the page opened;
    /// - `NotKept` => the same screen, with a notice that answers will not be kept;
    /// - `Restart` => the start screen with no answers (keep, language and region stay);
    /// - `Clear` => the same, and a notice that the answers were removed;
    /// - `SetKeep`, `SetLang`, `SetRegion` => the same screen, with the setting;
    /// - `LangUnavailable` => the same screen and language, with a notice.
    ///
    /// `None` for an action that belongs to a screen.
    fn everywhere(&self, action: &Action) -> Option<State> {
        let fresh = || State {
            keep: self.keep,
            lang: self.lang,
            region: self.region,
            ..State::default()
        };
        Some(match *action {
            Action::Navigate(wanted) => State {
                from_history: true,
                ..self.go(wanted)
            },
            Action::Open(wanted) => State {
                from_history: true,
                notice: self.notice,
                ..self.go(wanted)
            },
            Action::NotKept => State {
                notice: Some(Notice::NotKept),
                ..self.clone()
            },
            Action::Restart => fresh(),
            Action::Clear => State {
                keep: false,
                notice: Some(Notice::Cleared),
                ..fresh()
            },
            Action::SetKeep(keep) => State {
                keep,
                ..self.clone()
            },
            Action::SetLang(lang) => State {
                lang,
                ..self.clone()
            },
            Action::SetRegion(region) => State {
                region,
                ..self.clone()
            },
            Action::LangUnavailable(lang) => State {
                notice: Some(Notice::LangUnavailable(lang)),
                ..self.clone()
            },
            _ => return None,
        })
    }

    /// The start screen accepts:
    /// - `Start` => the furthest screen the answers allow: the first step for a
    ///   new person, or where they left off.
    fn on_start(&self, action: Action) -> Option<State> {
        match action {
            Action::Start => Some(self.go(Screen::Review)),
            _ => None,
        }
    }

    /// A step accepts:
    /// - `Answer` => the same step with the new answer, or the stop screen at
    ///   once when the answer stops the questionnaire;
    /// - `Next` => the same step with the missing answers flagged; or the stop
    ///   screen; or the first step still open; or the review (when the step was
    ///   opened from it, or when no step is left); or the next step;
    /// - `Back` => the step before, or the start screen.
    fn on_step(&self, step: StepId, action: Action) -> Option<State> {
        match action {
            Action::Answer(question, answer) => self.answered(step, question, answer),
            Action::Next => Some(self.next_from(step)),
            Action::Back => Some(
                self.go(self
                    .evaluation
                    .previous_step(step)
                    .map_or(Screen::Start, Screen::Step)),
            ),
            _ => None,
        }
    }

    /// The state after answering `question` on `step`; `None` if the answer
    /// does not fit the question.
    fn answered(
        &self,
        step: StepId,
        question: QuestionId,
        answer: Option<Answer>,
    ) -> Option<State> {
        let mut answers = self.answers.clone();
        match answer {
            Some(answer) => answers.set(&CONTENT, question, answer).ok()?,
            None => answers.clear(question),
        }
        let mut next = State {
            evaluation: Evaluated::of(&answers),
            answers,
            from_history: false,
            ..self.clone()
        };
        next.flagged.retain(|&flagged| flagged != question);
        Some(if next.evaluation.assessment.stops {
            next.go(Screen::Stopped(step))
        } else {
            next
        })
    }

    /// The state after Next on `step`.
    fn next_from(&self, step: StepId) -> State {
        let evaluation = &self.evaluation;
        let missing = evaluation.missing(step);
        if !missing.is_empty() {
            // Flag what is on screen; hidden follow-ups wait for their question.
            return State {
                flagged: missing
                    .iter()
                    .copied()
                    .filter(|&question| evaluation.asked(question) == Truth::True)
                    .collect(),
                ..self.clone()
            };
        }
        if evaluation.assessment.stops {
            return self.go(Screen::Stopped(step));
        }
        // (An earlier step still open is never passed: `go` stops there.)
        let target = match (self.from_review, evaluation.resume_step()) {
            (true, None) => Screen::Review,
            _ => evaluation
                .next_step(Some(step))
                .map_or(Screen::Review, Screen::Step),
        };
        State {
            from_review: self.from_review && target != Screen::Review,
            ..self.go(target)
        }
    }

    /// The review accepts:
    /// - `Change(step)` => that step, to return to the review after it;
    /// - `ShowResult` => the result.
    fn on_review(&self, action: Action) -> Option<State> {
        match action {
            Action::Change(step) => Some(State {
                from_review: true,
                ..self.go(Screen::Step(step))
            }),
            Action::ShowResult => Some(self.go(Screen::Result)),
            _ => None,
        }
    }

    /// The result accepts:
    /// - `OpenSummary` => the summary for a doctor or nurse.
    fn on_result(&self, action: Action) -> Option<State> {
        match action {
            Action::OpenSummary => Some(self.go(Screen::Summary)),
            _ => None,
        }
    }

    /// The summary accepts:
    /// - `CloseSummary` => the result.
    fn on_summary(&self, action: Action) -> Option<State> {
        match action {
            Action::CloseSummary => Some(self.go(Screen::Result)),
            _ => None,
        }
    }

    /// The stop screen accepts:
    /// - `UndoStop` => the step that stopped the questionnaire, to change an answer.
    fn on_stopped(&self, step: StepId, action: Action) -> Option<State> {
        match action {
            Action::UndoStop => Some(self.go(Screen::Step(step))),
            _ => None,
        }
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = self.everywhere(&action).or_else(|| match self.screen {
            Screen::Start => self.on_start(action),
            Screen::Step(step) => self.on_step(step, action),
            Screen::Review => self.on_review(action),
            Screen::Result => self.on_result(action),
            Screen::Summary => self.on_summary(action),
            Screen::Stopped(step) => self.on_stopped(step, action),
            // Their Back button goes back in the browser's history (Navigate).
            Screen::Privacy | Screen::HowItWorks => None,
        });
        match next {
            Some(next) if next != *self => Rc::new(next),
            _ => self,
        }
    }
}
