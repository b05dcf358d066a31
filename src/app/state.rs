//! The app's state as a reducer over the engine: which screen is shown, the
//! answers, and which questions to flag. It does no I/O.

use std::rc::Rc;

use yew::Reducible;

use crate::content::lang::Lang;
use crate::content::questionnaire::CONTENT;
use crate::content::regions::Region;
use crate::engine::{assess, next_step, previous_step, resume_step, Answer, Answers, Facts, Truth};

/// The screens of the app.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Screen {
    /// The welcome screen.
    Start,
    /// A step of the questionnaire, by index.
    Step(usize),
    /// Every answer, with a way to change each.
    Review,
    /// What to do, and why.
    Result,
    /// The questionnaire stopped early (an emergency, or a baby); the step it stopped on.
    Stopped(usize),
    /// What the app stores, where and for how long.
    Privacy,
    /// The summary for a doctor or nurse.
    Summary,
}

impl Screen {
    /// The URL fragment for the screen (never any answer).
    pub fn hash(self) -> String {
        match self {
            Screen::Start => String::new(),
            Screen::Step(step) => format!("#step-{}", CONTENT.steps[step].id),
            Screen::Review => "#review".to_owned(),
            Screen::Result => "#result".to_owned(),
            Screen::Stopped(_) => "#help-now".to_owned(),
            Screen::Privacy => "#privacy".to_owned(),
            Screen::Summary => "#summary".to_owned(),
        }
    }

    /// The screen a URL fragment names; `None` for anything unknown.
    pub fn from_hash(hash: &str) -> Option<Screen> {
        match hash.trim_start_matches('#') {
            "" => Some(Screen::Start),
            "review" => Some(Screen::Review),
            "result" => Some(Screen::Result),
            "help-now" => Some(Screen::Stopped(0)),
            "privacy" => Some(Screen::Privacy),
            "summary" => Some(Screen::Summary),
            other => other
                .strip_prefix("step-")
                .and_then(|id| CONTENT.step_index(id))
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
    /// Questions flagged as missing when the person pressed Next.
    pub flagged: Vec<usize>,
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

/// Messages about stored answers.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Notice {
    /// The person cleared their answers.
    Cleared,
    /// Answers saved earlier could not be used and were removed.
    Discarded,
}

impl Default for State {
    fn default() -> State {
        State {
            screen: Screen::Start,
            answers: Answers::new(&CONTENT),
            flagged: Vec::new(),
            from_review: false,
            from_history: false,
            keep: false,
            notice: None,
            lang: Lang::En,
            region: None,
        }
    }
}

impl State {
    /// The state to start from, with answers found on the device.
    pub fn restored(answers: Answers, keep: bool, discarded: bool) -> State {
        State {
            answers,
            keep,
            notice: discarded.then_some(Notice::Discarded),
            ..State::default()
        }
    }
}

/// What a person can do.
#[derive(Clone, Debug)]
pub enum Action {
    /// Press Start.
    Start,
    /// Answer a question (`None` when everything is unticked or a number is cleared).
    Answer(usize, Option<Answer>),
    /// Press Next on the current step.
    Next,
    /// Press Back on the current step.
    Back,
    /// Open a step from the review to change an answer.
    Change(usize),
    /// Leave the review for the result.
    ShowResult,
    /// Open the summary for a doctor or nurse (from the result), or go back.
    ShowSummary(bool),
    /// Go back from an early stop to the step that caused it.
    UndoStop,
    /// The browser's Back or Forward reached this screen.
    Navigate(Screen),
    /// Start again with no answers.
    Restart,
    /// Choose whether to keep the answers on this device.
    SetKeep(bool),
    /// Remove every answer, here and on the device.
    Clear,
    /// Switch the language; answers and the step stay.
    SetLang(Lang),
    /// Choose where the person is.
    SetRegion(Option<&'static Region>),
}

impl State {
    fn with_screen(&self, screen: Screen) -> State {
        State {
            screen,
            flagged: Vec::new(),
            from_history: false,
            notice: None,
            ..self.clone()
        }
    }

    /// Where the person may be, given the answers: a screen asked for by the
    /// browser's history is allowed only if the answers so far lead there;
    /// otherwise the furthest screen they do lead to.
    fn allowed(&self, wanted: Screen) -> Screen {
        let facts = Facts::new(&CONTENT, &self.answers);
        let stop = assess(&facts).stops.then(|| self.stop_step(&facts));
        let open = resume_step(&facts);
        let furthest = match (stop, open) {
            (Some(step), _) => Screen::Stopped(step),
            (None, Some(step)) => Screen::Step(step),
            (None, None) => Screen::Review,
        };
        let reachable = stop.or(open).unwrap_or(CONTENT.steps.len());
        match wanted {
            Screen::Start | Screen::Privacy => wanted,
            Screen::Step(step) if step <= reachable && facts.step_shown(step) != Truth::False => {
                wanted
            }
            Screen::Review | Screen::Result | Screen::Summary if furthest == Screen::Review => {
                wanted
            }
            _ => furthest,
        }
    }

    /// The step whose answers stopped the questionnaire: the last one answered.
    fn stop_step(&self, facts: &Facts) -> usize {
        match self.screen {
            Screen::Step(step) | Screen::Stopped(step) => step,
            _ => (0..CONTENT.steps.len())
                .rev()
                .find(|&step| facts.step_complete(step) && facts.step_shown(step) == Truth::True)
                .unwrap_or(0),
        }
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = match action {
            Action::Start => self.with_screen(self.allowed(Screen::Review)),
            Action::Answer(question, answer) => {
                let mut answers = self.answers.clone();
                let changed = match answer {
                    Some(answer) => answers.set(&CONTENT, question, answer).is_ok(),
                    None => {
                        answers.clear(question);
                        true
                    }
                };
                if !changed {
                    return self;
                }
                let facts = Facts::new(&CONTENT, &answers);
                let stops = assess(&facts).stops;
                let mut next = State {
                    answers,
                    from_history: false,
                    ..(*self).clone()
                };
                next.flagged.retain(|&flagged| flagged != question);
                if stops {
                    if let Screen::Step(step) = self.screen {
                        next.screen = Screen::Stopped(step);
                        next.flagged.clear();
                    }
                }
                next
            }
            Action::Next => {
                let Screen::Step(step) = self.screen else {
                    return self;
                };
                let facts = Facts::new(&CONTENT, &self.answers);
                let missing = facts.missing(step);
                if !missing.is_empty() {
                    // Flag what is on screen; hidden follow-ups wait for their question.
                    State {
                        flagged: missing
                            .into_iter()
                            .filter(|&question| facts.asked(question) == Truth::True)
                            .collect(),
                        ..(*self).clone()
                    }
                } else if assess(&facts).stops {
                    self.with_screen(Screen::Stopped(step))
                } else {
                    let open = resume_step(&facts);
                    let screen = match (self.from_review, open) {
                        (true, None) => Screen::Review,
                        (_, Some(first_open)) if first_open < step => Screen::Step(first_open),
                        _ => next_step(&facts, Some(step)).map_or(Screen::Review, Screen::Step),
                    };
                    let from_review = self.from_review && screen != Screen::Review;
                    State {
                        from_review,
                        ..self.with_screen(screen)
                    }
                }
            }
            Action::Back => {
                let Screen::Step(step) = self.screen else {
                    return self;
                };
                let facts = Facts::new(&CONTENT, &self.answers);
                self.with_screen(previous_step(&facts, step).map_or(Screen::Start, Screen::Step))
            }
            Action::Change(step) => State {
                from_review: true,
                ..self.with_screen(Screen::Step(step))
            },
            Action::ShowResult => self.with_screen(self.allowed(Screen::Result)),
            Action::ShowSummary(open) => self.with_screen(self.allowed(if open {
                Screen::Summary
            } else {
                Screen::Result
            })),
            Action::UndoStop => {
                let Screen::Stopped(step) = self.screen else {
                    return self;
                };
                self.with_screen(Screen::Step(step))
            }
            Action::Navigate(wanted) => State {
                from_history: true,
                ..self.with_screen(self.allowed(wanted))
            },
            Action::Restart => State {
                keep: self.keep,
                lang: self.lang,
                region: self.region,
                ..State::default()
            },
            Action::SetLang(lang) => State {
                lang,
                ..(*self).clone()
            },
            Action::SetRegion(region) => State {
                region,
                ..(*self).clone()
            },
            Action::SetKeep(keep) => State {
                keep,
                ..(*self).clone()
            },
            Action::Clear => State {
                notice: Some(Notice::Cleared),
                lang: self.lang,
                region: self.region,
                ..State::default()
            },
        };
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}
