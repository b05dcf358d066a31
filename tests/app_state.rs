//! The app's reducer on the host: how actions move between screens.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use spasm_triage::app::state::{Action, Notice, Restored, Screen, State};
use spasm_triage::content::lang::Lang;
use spasm_triage::content::questionnaire::CONTENT;
use spasm_triage::content::regions::region;
use spasm_triage::engine::{Answer, AnswerValue, Answers, OptionSet, QuestionId, StepId};
use yew::Reducible;

fn question(id: &str) -> QuestionId {
    CONTENT.find_question(id).expect("the question exists")
}

fn step(id: &str) -> StepId {
    CONTENT.find_step(id).expect("the step exists")
}

fn option(question_id: &str, option_id: &str) -> Answer {
    let question = CONTENT.question(question(question_id));
    Answer::Options(OptionSet::one(
        question.option_index(option_id).expect("the option exists"),
    ))
}

/// Ticks or picks option `option_id` of question `question_id`.
fn answer(question_id: &str, option_id: &str) -> Action {
    Action::Answer(question(question_id), Some(option(question_id, option_id)))
}

fn run(actions: Vec<Action>) -> Rc<State> {
    run_from(State::default(), actions)
}

fn run_from(state: State, actions: Vec<Action>) -> Rc<State> {
    actions
        .into_iter()
        .fold(Rc::new(state), |state, action| state.reduce(action))
}

/// The state of someone who answered every question of an ordinary night
/// cramp, then came back to the app: it opens on the start screen.
fn finished() -> State {
    let file = format!(
        "{}/tests/scenarios/self_care_adult_night_calf.toml",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(file).expect("the scenario");
    let scenario: toml::Table = toml::from_str(&text).expect("a scenario");
    let mut answers = Answers::new(&CONTENT);
    for (question, value) in scenario["answers"].as_table().expect("answers") {
        let value: AnswerValue = value.clone().try_into().expect("an answer");
        answers
            .set_by_id(&CONTENT, question, &value)
            .expect("it fits");
    }
    State::restored(Restored {
        answers,
        keep: false,
        discarded: false,
    })
}

fn through_who() -> Vec<Action> {
    vec![
        Action::Start,
        answer("age_group", "adult"),
        answer("answering_for", "self"),
        Action::Next,
    ]
}

#[test]
fn start_opens_the_first_step() {
    assert_eq!(run(vec![Action::Start]).screen, Screen::Step(StepId(0)));
}

#[test]
fn next_with_a_missing_answer_stays_and_flags_it() {
    let state = run(vec![Action::Start, Action::Next]);
    assert_eq!(state.screen, Screen::Step(StepId(0)));
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
        answer("age_group", "adult"),
    ]);
    assert_eq!(state.flagged, [question("answering_for")]);
}

#[test]
fn an_emergency_answer_shows_the_stop_screen_at_once() {
    let mut actions = through_who();
    actions.push(answer("red_flags", "chest"));
    let state = run(actions.clone());
    assert_eq!(state.screen, Screen::Stopped(step("red_flags")));
    actions.push(Action::UndoStop);
    assert_eq!(run(actions).screen, Screen::Step(step("red_flags")));
}

#[test]
fn an_emergency_answer_on_a_later_warning_screen_stops_at_once() {
    let mut actions = through_who();
    actions.extend([
        answer("red_flags", "none"),
        Action::Next,
        answer("where", "back"),
        Action::Next,
    ]);
    assert_eq!(
        run(actions.clone()).screen,
        Screen::Step(step("spine_signs"))
    );
    actions.push(answer("spine_signs", "both_legs"));
    assert_eq!(run(actions).screen, Screen::Stopped(step("spine_signs")));
}

#[test]
fn back_from_the_first_step_returns_to_the_start() {
    assert_eq!(run(vec![Action::Start, Action::Back]).screen, Screen::Start);
}

#[test]
fn history_cannot_skip_ahead_of_the_answers() {
    let state = run(vec![Action::Navigate(Screen::Result)]);
    assert_eq!(state.screen, Screen::Step(StepId(0)));
    let mut actions = through_who();
    actions.push(Action::Navigate(Screen::Step(step("health"))));
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

#[test]
fn start_carries_on_where_the_person_left_off() {
    let state = run_from(finished(), vec![Action::Start]);
    assert_eq!(state.screen, Screen::Review, "everything was answered");
}

#[test]
fn next_on_a_complete_step_opens_the_next_one() {
    let state = run(through_who());
    assert_eq!(state.screen, Screen::Step(step("red_flags")));
}

#[test]
fn an_answer_is_taken_only_on_a_step() {
    let state = Rc::new(State::default());
    let same = state.clone().reduce(answer("age_group", "adult"));
    assert!(
        Rc::ptr_eq(&state, &same),
        "nothing changes on the start screen"
    );
}

#[test]
fn change_opens_a_step_from_the_review_and_next_returns_there() {
    let state = run_from(
        finished(),
        vec![Action::Start, Action::Change(step("where"))],
    );
    assert_eq!(state.screen, Screen::Step(step("where")));
    assert!(state.from_review);
    let state = state.reduce(Action::Next);
    assert_eq!(state.screen, Screen::Review);
    assert!(!state.from_review);
}

#[test]
fn the_result_and_the_summary_open_and_close_in_turn() {
    let state = run_from(finished(), vec![Action::Start, Action::ShowResult]);
    assert_eq!(state.screen, Screen::Result);
    let state = state.reduce(Action::OpenSummary);
    assert_eq!(state.screen, Screen::Summary);
    let state = state.reduce(Action::CloseSummary);
    assert_eq!(state.screen, Screen::Result);
}

#[test]
fn the_summary_opens_only_from_the_result() {
    let review = run_from(finished(), vec![Action::Start]);
    let same = review.clone().reduce(Action::OpenSummary);
    assert!(Rc::ptr_eq(&review, &same));
}

#[test]
fn the_result_cannot_be_reached_before_the_questions_are_answered() {
    let mut actions = through_who();
    actions.push(Action::Navigate(Screen::Summary));
    assert_eq!(run(actions).screen, Screen::Step(step("red_flags")));
}

#[test]
fn restart_forgets_the_answers_but_keeps_the_settings() {
    let state = run_from(
        finished(),
        vec![
            Action::SetKeep(true),
            Action::SetLang(Lang::Es),
            Action::SetRegion(region("gb")),
            Action::Start,
            Action::ShowResult,
            Action::Restart,
        ],
    );
    assert_eq!(state.screen, Screen::Start);
    assert_eq!(state.answers, Answers::new(&CONTENT));
    assert!(state.keep);
    assert_eq!(state.lang, Lang::Es);
    assert_eq!(state.region, region("gb"));
    assert_eq!(state.notice, None);
}

#[test]
fn clear_forgets_the_answers_and_the_choice_to_keep_them_and_says_so() {
    let state = run_from(
        finished(),
        vec![Action::SetKeep(true), Action::Start, Action::Clear],
    );
    assert_eq!(state.screen, Screen::Start);
    assert_eq!(state.answers, Answers::new(&CONTENT));
    assert!(!state.keep);
    assert_eq!(state.notice, Some(Notice::Cleared));
}

#[test]
fn settings_change_on_any_screen_and_keep_the_screen_and_answers() {
    let state = run(through_who());
    let changed = run_from(
        (*state).clone(),
        vec![
            Action::SetKeep(true),
            Action::SetLang(Lang::Ar),
            Action::SetRegion(region("au")),
        ],
    );
    assert_eq!(changed.screen, state.screen);
    assert_eq!(changed.answers, state.answers);
    assert!(changed.keep);
    assert_eq!(changed.lang, Lang::Ar);
    assert_eq!(changed.region, region("au"));
}

#[test]
fn a_language_that_cannot_be_loaded_is_announced_where_the_person_is_in_their_language() {
    let state = run(through_who());
    let told = run_from((*state).clone(), vec![Action::LangUnavailable(Lang::Fr)]);
    assert_eq!(told.notice, Some(Notice::LangUnavailable(Lang::Fr)));
    assert_eq!(told.lang, Lang::En);
    assert_eq!(told.screen, state.screen);
    assert_eq!(told.answers, state.answers);
}

#[test]
fn the_evaluation_given_to_the_views_differs_once_the_answers_do() {
    // The step and summary views are redrawn only when what they are given
    // differs, the evaluation among it.
    let state = run(through_who());
    let same = state.clone().reduce(Action::SetKeep(true));
    assert_eq!(same.evaluation, state.evaluation, "no answer changed");
    let answered = state.clone().reduce(answer("red_flags", "none"));
    assert_ne!(answered.evaluation, state.evaluation);
}

#[test]
fn answers_found_unusable_on_the_device_are_announced() {
    let state = State::restored(Restored {
        answers: Answers::new(&CONTENT),
        keep: false,
        discarded: true,
    });
    assert_eq!(state.notice, Some(Notice::Discarded));
}

#[test]
fn the_notice_survives_a_page_opened_half_way() {
    // A reload on a step: the page's fragment opens that step.
    let mut restored = finished();
    restored.notice = Some(Notice::Discarded);
    for screen in [Screen::Step(step("where")), Screen::Review, Screen::Privacy] {
        let state = run_from(restored.clone(), vec![Action::Open(screen)]);
        assert_eq!(state.screen, screen);
        assert_eq!(state.notice, Some(Notice::Discarded), "{screen:?}");
        assert!(state.from_history, "the URL already names the screen");
    }
    let discarded = State::restored(Restored {
        answers: Answers::new(&CONTENT),
        keep: false,
        discarded: true,
    });
    // With no answers, a step in the fragment opens the first step: still told.
    let state = run_from(discarded, vec![Action::Open(Screen::Step(step("where")))]);
    assert_eq!(state.screen, Screen::Step(step("who")));
    assert_eq!(state.notice, Some(Notice::Discarded));
}

#[test]
fn moving_on_after_opening_or_going_back_drops_the_notice() {
    let mut restored = finished();
    restored.notice = Some(Notice::Discarded);
    let state = run_from(
        restored.clone(),
        vec![Action::Open(Screen::Review), Action::ShowResult],
    );
    assert_eq!(state.notice, None);
    let state = run_from(restored, vec![Action::Navigate(Screen::Review)]);
    assert_eq!(state.notice, None);
}

#[test]
fn storage_refusing_the_answers_is_announced_where_the_person_is() {
    let on_step = run(through_who());
    let state = run_from((*on_step).clone(), vec![Action::NotKept]);
    assert_eq!(state.notice, Some(Notice::NotKept));
    assert_eq!(state.screen, on_step.screen);
    assert_eq!(state.answers, on_step.answers);
    let next = run_from((*state).clone(), vec![Action::Back]);
    assert_eq!(next.notice, None, "said once, not on every screen");
}

#[test]
fn unticking_everything_takes_the_answer_back_and_next_flags_it_again() {
    let mut actions = vec![
        Action::Start,
        answer("age_group", "adult"),
        Action::Answer(question("age_group"), None),
    ];
    let state = run(actions.clone());
    assert_eq!(state.screen, Screen::Step(StepId(0)));
    assert_eq!(state.answers.get(question("age_group")), None);
    actions.push(Action::Next);
    assert!(run(actions).flagged.contains(&question("age_group")));
}

#[test]
fn the_choice_to_keep_answers_found_on_the_device_is_kept() {
    let state = State::restored(Restored {
        answers: Answers::new(&CONTENT),
        keep: true,
        discarded: false,
    });
    assert!(state.keep);
    assert_eq!(state.notice, None, "nothing was removed");
}

#[test]
fn answers_found_on_the_device_are_evaluated_at_once() {
    let state = finished();
    assert_eq!(state.screen, Screen::Start);
    assert_eq!(
        state.evaluation.resume_step(),
        None,
        "everything was answered"
    );
    assert!(!state.evaluation.assessment.advice.is_empty());
}

/// Someone who answered the who step for themselves, as an adult, then ticked
/// `warning_signs` (each `(question, option)`), as found on the device when
/// they come back.
fn kept_with_warning_signs(warning_signs: &[(&str, &str)]) -> State {
    let mut answers = Answers::new(&CONTENT);
    let who = [
        ("answering_for", AnswerValue::One("self".into())),
        ("age_group", AnswerValue::One("adult".into())),
    ];
    let signs = warning_signs
        .iter()
        .map(|&(question, option)| (question, AnswerValue::Several(vec![option.into()])));
    for (question, value) in who.into_iter().chain(signs) {
        answers
            .set_by_id(&CONTENT, question, &value)
            .expect("it fits");
    }
    State::restored(Restored {
        answers,
        keep: true,
        discarded: false,
    })
}

/// Someone who ticked chest pain, as found on the device when they come back.
fn restored_emergency() -> State {
    kept_with_warning_signs(&[("red_flags", "chest")])
}

#[test]
fn coming_back_to_an_emergency_answer_shows_the_stop_screen_for_its_step() {
    let state = run_from(restored_emergency(), vec![Action::Start]);
    assert_eq!(state.screen, Screen::Stopped(step("red_flags")));
    let state = state.reduce(Action::UndoStop);
    assert_eq!(state.screen, Screen::Step(step("red_flags")));
}

#[test]
fn history_may_go_back_from_the_stop_screen_to_the_step_that_stopped() {
    let mut actions = through_who();
    actions.extend([
        answer("red_flags", "chest"),
        Action::Navigate(Screen::Step(step("red_flags"))),
    ]);
    assert_eq!(run(actions).screen, Screen::Step(step("red_flags")));
}

#[test]
fn history_cannot_open_a_step_the_answers_skip() {
    let state = run_from(
        finished(),
        vec![Action::Navigate(Screen::Step(step("spine_signs")))],
    );
    assert_eq!(state.screen, Screen::Review, "the cramp is in the calf");
}

#[test]
fn next_through_the_steps_does_not_return_to_the_review() {
    let state = run(through_who());
    assert!(!state.from_review);
}

#[test]
fn choosing_a_setting_already_chosen_changes_nothing() {
    let state = Rc::new(State::default());
    for action in [
        Action::SetKeep(false),
        Action::SetLang(Lang::En),
        Action::SetRegion(None),
    ] {
        let same = state.clone().reduce(action);
        assert!(Rc::ptr_eq(&state, &same));
    }
}

#[test]
fn every_other_screen_has_its_own_fragment() {
    for (screen, hash) in [
        (Screen::Privacy, "#privacy"),
        (Screen::HowItWorks, "#how-it-works"),
        (Screen::Summary, "#summary"),
        (Screen::Review, "#review"),
        (Screen::Result, "#result"),
        (Screen::Start, ""),
    ] {
        assert_eq!(screen.hash(), hash);
        assert_eq!(Screen::from_hash(hash), Some(screen));
    }
    let stopped = Screen::Stopped(step("red_flags"));
    assert_eq!(stopped.hash(), "#help-now", "no answer in the URL");
    assert!(matches!(
        Screen::from_hash("#help-now"),
        Some(Screen::Stopped(_))
    ));
}

#[test]
fn an_emergency_follow_up_stops_on_its_step_before_the_step_is_complete() {
    let mut actions = through_who();
    actions.extend([
        answer("red_flags", "fever"),
        answer("fever_signs", "stiff_neck"),
    ]);
    let state = run(actions);
    assert_eq!(state.screen, Screen::Stopped(step("red_flags")));
    let state = state.reduce(Action::UndoStop);
    assert_eq!(state.screen, Screen::Step(step("red_flags")));
}

#[test]
fn next_on_an_earlier_step_opens_the_step_after_it() {
    let mut actions = through_who();
    actions.extend([
        answer("red_flags", "none"),
        Action::Next,
        answer("where", "calf"),
        Action::Next,
        Action::Navigate(Screen::Step(step("who"))),
        Action::Next,
    ]);
    assert_eq!(run(actions).screen, Screen::Step(step("red_flags")));
}

#[test]
fn a_move_of_the_persons_own_starts_afresh_flags_history_and_notice() {
    let mut actions = through_who();
    actions.push(Action::Navigate(Screen::Step(step("who"))));
    let from_history = run(actions);
    assert!(from_history.from_history);
    let answered = from_history.clone().reduce(answer("age_group", "older"));
    assert!(!answered.from_history, "an answer is not a move in history");
    let next = from_history.reduce(Action::Next);
    assert!(!next.from_history, "Next makes a new history entry");

    let flagged = run(vec![Action::Start, Action::Next]);
    assert!(!flagged.flagged.is_empty());
    assert!(flagged.reduce(Action::Back).flagged.is_empty());

    let cleared = run_from(finished(), vec![Action::Clear]);
    assert_eq!(cleared.notice, Some(Notice::Cleared));
    assert_eq!(cleared.reduce(Action::Start).notice, None, "said once");
}

#[test]
fn kept_answers_that_stop_the_questionnaire_reopen_on_the_step_with_the_stopping_answer() {
    // A high temperature with a stiff neck, kept on the device before the
    // rest of that step was answered; the person comes back and presses Start.
    let restored =
        kept_with_warning_signs(&[("red_flags", "fever"), ("fever_signs", "stiff_neck")]);
    let red_flags = step("red_flags");
    let stopped = run_from(restored.clone(), vec![Action::Start]);
    assert_eq!(stopped.screen, Screen::Stopped(red_flags));
    let changing = stopped.reduce(Action::UndoStop);
    assert_eq!(
        changing.screen,
        Screen::Step(red_flags),
        "change my answer opens the step with it"
    );
    // The same from the history (the fragment #help-now).
    let opened = run_from(restored, vec![Action::Navigate(Screen::Stopped(StepId(0)))]);
    assert_eq!(opened.screen, Screen::Stopped(red_flags));
}

#[test]
fn an_answer_changed_on_another_step_while_an_emergency_stands_stops_on_the_emergency_answers_step()
{
    // Chest pain, then back to the first step to change the age group: the
    // stop screen shows again, and "change my answer" opens the chest pain.
    let mut actions = through_who();
    actions.extend([
        answer("red_flags", "chest"),
        Action::UndoStop,
        Action::Navigate(Screen::Step(step("who"))),
    ]);
    let on_who = run(actions);
    assert_eq!(on_who.screen, Screen::Step(step("who")));
    let stopped = on_who.reduce(answer("age_group", "older"));
    assert_eq!(stopped.screen, Screen::Stopped(step("red_flags")));
    assert_eq!(
        stopped.reduce(Action::UndoStop).screen,
        Screen::Step(step("red_flags"))
    );
}

#[test]
fn an_answer_that_completes_an_emergency_with_an_earlier_step_stops_on_its_own_step() {
    // Tetanus: a wound (on the step of other symptoms) with spasms in the jaw
    // (on the step of where they are). The stop screen is for the step the
    // person is on, where the wound answer is.
    let mut actions = vec![
        Action::Navigate(Screen::Step(step("where"))),
        answer("where", "jaw"),
        answer("jaw_locked", "no"),
        // Asked for spasms anywhere but the legs.
        Action::Navigate(Screen::Step(step("spasm"))),
        answer("since", "months"),
        Action::Navigate(Screen::Step(step("with_it"))),
    ];
    let on_with_it = run_from(finished(), actions.clone());
    assert_eq!(on_with_it.screen, Screen::Step(step("with_it")));
    actions.push(answer("wound", "yes"));
    let stopped = run_from(finished(), actions);
    assert_eq!(stopped.screen, Screen::Stopped(step("with_it")));
}
