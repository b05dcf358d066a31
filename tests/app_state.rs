//! The app's reducer on the host: how actions move between screens.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use spasm_triage::app::state::{Action, Screen, State};
use spasm_triage::content::questionnaire::CONTENT;
use spasm_triage::engine::Answer;
use yew::Reducible;

fn question(id: &str) -> usize {
    CONTENT.question_index(id).expect("the question exists")
}

fn step(id: &str) -> usize {
    CONTENT.step_index(id).expect("the step exists")
}

fn option(question_id: &str, option_id: &str) -> Answer {
    let question = &CONTENT.questions[question(question_id)];
    Answer::Options(1 << question.option_index(option_id).expect("the option exists"))
}

fn run(actions: Vec<Action>) -> Rc<State> {
    actions
        .into_iter()
        .fold(Rc::new(State::default()), |state, action| {
            state.reduce(action)
        })
}

fn through_who() -> Vec<Action> {
    vec![
        Action::Start,
        Action::Answer(question("age_group"), Some(option("age_group", "adult"))),
        Action::Answer(
            question("answering_for"),
            Some(option("answering_for", "self")),
        ),
        Action::Next,
    ]
}

#[test]
fn start_opens_the_first_step() {
    assert_eq!(run(vec![Action::Start]).screen, Screen::Step(0));
}

#[test]
fn next_with_a_missing_answer_stays_and_flags_it() {
    let state = run(vec![Action::Start, Action::Next]);
    assert_eq!(state.screen, Screen::Step(0));
    assert_eq!(
        state.flagged,
        [question("answering_for"), question("age_group")]
    );
}

#[test]
fn answering_a_flagged_question_clears_its_flag() {
    let state = run(vec![
        Action::Start,
        Action::Next,
        Action::Answer(question("age_group"), Some(option("age_group", "adult"))),
    ]);
    assert_eq!(state.flagged, [question("answering_for")]);
}

#[test]
fn an_emergency_answer_shows_the_stop_screen_at_once() {
    let mut actions = through_who();
    actions.push(Action::Answer(
        question("red_flags"),
        Some(option("red_flags", "chest")),
    ));
    let state = run(actions.clone());
    assert_eq!(state.screen, Screen::Stopped(step("red_flags")));
    actions.push(Action::UndoStop);
    assert_eq!(run(actions).screen, Screen::Step(step("red_flags")));
}

#[test]
fn an_emergency_answer_on_a_later_warning_screen_stops_at_once() {
    let mut actions = through_who();
    actions.extend([
        Action::Answer(question("red_flags"), Some(option("red_flags", "none"))),
        Action::Answer(question("fever"), Some(option("fever", "no"))),
        Action::Next,
        Action::Answer(question("where"), Some(option("where", "back"))),
        Action::Next,
    ]);
    assert_eq!(
        run(actions.clone()).screen,
        Screen::Step(step("spine_signs"))
    );
    actions.push(Action::Answer(
        question("spine_signs"),
        Some(option("spine_signs", "both_legs")),
    ));
    assert_eq!(run(actions).screen, Screen::Stopped(step("spine_signs")));
}

#[test]
fn back_from_the_first_step_returns_to_the_start() {
    assert_eq!(run(vec![Action::Start, Action::Back]).screen, Screen::Start);
}

#[test]
fn history_cannot_skip_ahead_of_the_answers() {
    let state = run(vec![Action::Navigate(Screen::Result)]);
    assert_eq!(state.screen, Screen::Step(0));
    let mut actions = through_who();
    actions.push(Action::Navigate(Screen::Step(step("medicines"))));
    assert_eq!(run(actions).screen, Screen::Step(step("red_flags")));
}

#[test]
fn history_may_go_back_to_an_answered_step() {
    let mut actions = through_who();
    actions.push(Action::Navigate(Screen::Step(step("who"))));
    let state = run(actions);
    assert_eq!(state.screen, Screen::Step(step("who")));
    assert!(state.from_history);
}

#[test]
fn an_action_that_changes_nothing_keeps_the_same_state() {
    let state = Rc::new(State::default());
    let same = state.clone().reduce(Action::Back);
    assert!(Rc::ptr_eq(&state, &same));
}

#[test]
fn every_screen_goes_into_the_url_and_comes_back_without_answers() {
    for screen in [
        Screen::Start,
        Screen::Review,
        Screen::Result,
        Screen::Step(step("where")),
    ] {
        assert_eq!(Screen::from_hash(&screen.hash()), Some(screen));
    }
    assert_eq!(Screen::Step(step("where")).hash(), "#step-where");
    assert_eq!(Screen::from_hash("#step-nowhere"), None);
    assert_eq!(Screen::from_hash("#<script>"), None);
}
