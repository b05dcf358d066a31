//! In a real browser: a step's controls, the body map, the missing-answer
//! message, and the result, as a person meets them.
#![cfg(target_arch = "wasm32")]

mod browser;

use spasm_triage::app::components::body_map::body_map;
use spasm_triage::app::components::choice_list::Controls;
use spasm_triage::app::components::result::result;
use spasm_triage::app::settings::Clinic;
use spasm_triage::app::state::{Evaluated, Screen, State};
use spasm_triage::app::view::View;
use spasm_triage::content::lang::{Lang, Wording};
use spasm_triage::content::messages::Msg;
use spasm_triage::content::questionnaire::CONTENT;
use spasm_triage::engine::{AnswerValue, Answers, OptionSet};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{
    Element, HtmlInputElement, KeyboardEvent, KeyboardEventInit, MouseEvent, MouseEventInit,
};
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn a_step_shows_its_question_as_a_fieldset_with_labelled_radio_buttons() {
    let (root, focus) = browser::app_on_first_step().await;
    focus.saw("step-title").await;
    let first = &CONTENT.questions[0];
    let legend: Element = browser::find(&root, "fieldset legend h2").await;
    assert_eq!(
        legend.text_content().as_deref(),
        Some(Lang::En.t(first.text.you))
    );
    let radios = root
        .query_selector_all(&format!("input[type=radio][name={}]", first.id))
        .unwrap();
    assert_eq!(radios.length() as usize, first.options.len());
    for option in first.options {
        let label = root
            .query_selector(&format!("label[for={}-{}]", first.id, option.id))
            .unwrap();
        assert_eq!(
            label.and_then(|label| label.text_content()).as_deref(),
            Some(Lang::En.t(option.text.you))
        );
    }
    browser::button(&root, Lang::En.msg(Msg::Next)).await;
    browser::button(&root, Lang::En.msg(Msg::Back)).await;
}

#[wasm_bindgen_test]
async fn answering_shows_the_follow_up_question_of_the_same_step() {
    let (root, focus) = browser::app_on_first_step().await;
    focus.saw("step-title").await;
    assert!(root.query_selector("#child_age").unwrap().is_none());
    browser::find::<HtmlInputElement>(&root, "#age_group-child")
        .await
        .click();
    browser::find::<Element>(&root, "#child_age").await;
}

/// Waits until nothing under `root` matches `selector` (it panics if that never happens).
async fn gone(root: &Element, selector: &str) {
    for _ in 0..100 {
        if root.query_selector(selector).unwrap().is_none() {
            return;
        }
        browser::next_tick().await;
    }
    panic!("`{selector}` never went");
}

/// The legend of the question `id`, once it reads `expected`.
async fn legend_reads(root: &Element, id: &str, expected: &str) {
    for _ in 0..100 {
        let legend = root
            .query_selector(&format!("#{id}-legend"))
            .unwrap()
            .and_then(|legend| legend.text_content());
        if legend.as_deref() == Some(expected) {
            return;
        }
        browser::next_tick().await;
    }
    panic!("the question `{id}` never read \"{expected}\"");
}

#[wasm_bindgen_test]
async fn answering_for_someone_else_the_questions_speak_of_them() {
    let (root, focus) = browser::app_on_first_step().await;
    focus.saw("step-title").await;
    legend_reads(&root, "age_group", "How old are you?").await;
    browser::find::<HtmlInputElement>(&root, "#answering_for-someone_else")
        .await
        .click();
    legend_reads(&root, "age_group", "How old are they?").await;
    browser::find::<HtmlInputElement>(&root, "#age_group-child")
        .await
        .click();
    legend_reads(&root, "child_age", "How old is your child, in years?").await;
}

#[wasm_bindgen_test]
async fn next_without_an_answer_shows_a_message_tied_to_the_question() {
    let (root, focus) = browser::app_on_first_step().await;
    browser::button(&root, Lang::En.msg(Msg::Next))
        .await
        .click();
    let error: Element = browser::find(&root, "#answering_for-error").await;
    focus.saw("answering_for-self").await;
    assert!(error
        .text_content()
        .unwrap_or_default()
        .contains(Lang::En.msg(Msg::Required)));
    let radio: HtmlInputElement = root
        .query_selector("#answering_for-self")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    assert_eq!(radio.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert!(radio
        .get_attribute("aria-describedby")
        .unwrap_or_default()
        .contains("answering_for-error"));
    assert!(
        root.query_selector("[aria-live=assertive] .error-summary")
            .unwrap()
            .is_some(),
        "announced"
    );
    radio.click();
    gone(&root, "#answering_for-error").await;
    assert!(
        root.query_selector("#age_group-error").unwrap().is_some(),
        "the other question is still flagged"
    );
}

/// Shows the body map for the `where` question and the chosen regions as text.
#[function_component(BodyMapHarness)]
fn body_map_harness() -> Html {
    let chosen = use_state(OptionSet::default);
    let question = CONTENT.question(CONTENT.find_question("where").expect("a where question"));
    let on_change = {
        let chosen = chosen.clone();
        Callback::from(move |options| chosen.set(options))
    };
    html! {
        <>
            { body_map(&Controls {
                wording: Wording::default(),
                question,
                chosen: *chosen,
                described_by: "",
                invalid: false,
                on_change: &on_change,
            }) }
            <output id="chosen">{ chosen.0 }</output>
        </>
    }
}

fn calf_bit() -> u32 {
    let question = CONTENT.question(CONTENT.find_question("where").unwrap());
    OptionSet::one(question.option_index("calf").unwrap()).0
}

async fn mounted_body_map() -> (Element, Element) {
    let root = browser::fresh_root();
    yew::Renderer::<BodyMapHarness>::with_root(root.clone()).render();
    let calf = browser::find(&root, "g[role=checkbox][aria-label^=Lower]").await;
    (root, calf)
}

async fn chosen(root: &Element, expected: u32) {
    for _ in 0..100 {
        if root
            .query_selector("#chosen")
            .unwrap()
            .and_then(|out| out.text_content())
            == Some(expected.to_string())
        {
            return;
        }
        browser::next_tick().await;
    }
    panic!("the chosen regions never became {expected}");
}

#[wasm_bindgen_test]
async fn clicking_a_body_region_ticks_it_and_clicking_again_unticks_it() {
    let (root, calf) = mounted_body_map().await;
    assert_eq!(calf.get_attribute("aria-checked").as_deref(), Some("false"));
    let click = || {
        let init = MouseEventInit::new();
        init.set_bubbles(true);
        let event = MouseEvent::new_with_mouse_event_init_dict("click", &init).unwrap();
        calf.first_element_child()
            .unwrap()
            .dispatch_event(&event)
            .unwrap();
    };
    click();
    chosen(&root, calf_bit()).await;
    let calf: Element = browser::find(&root, "g[role=checkbox][aria-label^=Lower]").await;
    assert_eq!(calf.get_attribute("aria-checked").as_deref(), Some("true"));
    assert!(
        calf.query_selector(".region-tick").unwrap().is_some(),
        "a tick shows more than colour"
    );
    click();
    chosen(&root, 0).await;
}

#[wasm_bindgen_test]
async fn space_or_enter_on_a_focused_body_region_ticks_it() {
    let (root, calf) = mounted_body_map().await;
    assert_eq!(
        calf.get_attribute("tabindex").as_deref(),
        Some("0"),
        "the region can take focus"
    );
    let press = |key: &str| {
        let init = KeyboardEventInit::new();
        init.set_key(key);
        init.set_bubbles(true);
        init.set_cancelable(true);
        let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
        calf.dispatch_event(&event).unwrap();
    };
    press(" ");
    chosen(&root, calf_bit()).await;
    press("Enter");
    chosen(&root, 0).await;
    press("a");
    chosen(&root, 0).await;
}

/// The result for answers given by id.
#[derive(Properties, PartialEq)]
struct ResultHarnessProps {
    answers: Answers,
}

#[function_component(ResultHarness)]
fn result_harness(props: &ResultHarnessProps) -> Html {
    let answers = props.answers.clone();
    let state = use_reducer(move || State {
        screen: Screen::Result,
        evaluation: Evaluated::of(&answers),
        answers,
        ..State::default()
    });
    let dispatcher = state.dispatcher();
    result(&View {
        state: &state,
        heading: &NodeRef::default(),
        dispatcher: &dispatcher,
        clinic: &Clinic::default(),
    })
}

fn answers(pairs: &[(&str, &str)]) -> Answers {
    let mut answers = Answers::new(&CONTENT);
    for (question, option) in pairs {
        let question_is_several = CONTENT
            .question(CONTENT.find_question(question).unwrap())
            .takes_several();
        let value = if question_is_several {
            AnswerValue::Several(vec![(*option).to_owned()])
        } else {
            AnswerValue::One((*option).to_owned())
        };
        answers.set_by_id(&CONTENT, question, &value).unwrap();
    }
    answers
}

/// An adult whose muscle symptoms began with a new statin: help today.
fn new_statin() -> ResultHarnessProps {
    ResultHarnessProps {
        answers: answers(&[
            ("age_group", "adult"),
            ("red_flags", "none"),
            ("takes_medicines", "yes"),
            ("medicines", "statin"),
            ("statin_new", "yes"),
        ]),
    }
}

#[wasm_bindgen_test]
async fn the_result_shows_the_level_in_words_the_reasons_with_sources_and_safety_netting() {
    let root = browser::fresh_root();
    yew::Renderer::<ResultHarness>::with_root_and_props(root.clone(), new_statin()).render();
    let heading: Element = browser::find(&root, "h1").await;
    assert_eq!(
        heading.text_content().as_deref(),
        Some(Lang::En.msg(Msg::LevelUrgent))
    );
    assert!(
        root.query_selector(".level-banner svg[aria-hidden=true]")
            .unwrap()
            .is_some(),
        "an icon beside the words"
    );
    let text = root.text_content().unwrap_or_default();
    assert!(text.contains(Lang::En.t(CONTENT.rule("u_statin").unwrap().reason.you)));
    let link = root
        .query_selector(".reason a[href^='https://']")
        .unwrap()
        .expect("a source link");
    assert_eq!(
        link.get_attribute("rel").as_deref(),
        Some("noopener noreferrer")
    );
    assert!(text.contains(Lang::En.msg(Msg::AdviceSafetyNet)));
    assert!(text.contains(Lang::En.msg(Msg::ResultNotDiagnosis)));
}

#[wasm_bindgen_test]
async fn the_result_tells_back_an_option_in_its_words_and_a_yes_after_its_short_label() {
    let root = browser::fresh_root();
    yew::Renderer::<ResultHarness>::with_root_and_props(root.clone(), new_statin()).render();
    let heading: Element = browser::find(&root, ".told-us h2").await;
    assert_eq!(
        heading.text_content().as_deref(),
        Some(Lang::En.msg(Msg::ToldUs))
    );
    let items = root.query_selector_all(".told-us li").unwrap();
    let told: Vec<String> = (0..items.length())
        .filter_map(|index| items.item(index)?.text_content())
        .collect();
    let question = |id: &str| CONTENT.question(CONTENT.find_question(id).unwrap());
    let option = |id: &str, option: &str| {
        let asked = question(id);
        Lang::En.t(asked.options[asked.option_index(option).unwrap()].text.you)
    };
    assert_eq!(
        told,
        [
            option("medicines", "statin").to_owned(),
            format!(
                "{}: {}",
                Lang::En.t(question("statin_new").short),
                option("statin_new", "yes")
            ),
        ]
    );
}
