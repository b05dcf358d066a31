//! The start screen, rendered to HTML on the host, says what a person must know
//! before they begin.
use spasm_triage::content::lang::Lang;
use spasm_triage::content::messages::Msg;

fn start_screen_html() -> String {
    spasm_tools::start_screen()
}

/// The HTML escapes some characters; compare against the escaped catalog text.
fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[test]
fn start_screen_names_the_app_in_its_heading() {
    let html = start_screen_html();
    assert!(
        html.contains(&format!(">{}</h1>", Lang::En.msg(Msg::AppName))),
        "{html}"
    );
}

#[test]
fn start_screen_says_it_is_information_not_a_diagnosis() {
    let html = start_screen_html();
    assert!(
        html.contains(&escaped(Lang::En.msg(Msg::StartNotDiagnosis))),
        "{html}"
    );
    assert!(Lang::En
        .msg(Msg::StartNotDiagnosis)
        .contains("does not diagnose"));
}

#[test]
fn start_screen_tells_people_with_danger_signs_to_call_now() {
    let html = start_screen_html();
    let notice = Lang::En.msg(Msg::StartEmergency);
    assert!(html.contains(&escaped(notice)), "{html}");
    for sign in [
        "chest pain",
        "trouble breathing",
        "call your emergency number now",
    ] {
        assert!(notice.contains(sign), "the emergency notice names {sign}");
    }
}

#[test]
fn start_screen_promises_that_answers_stay_on_the_device() {
    let html = start_screen_html();
    assert!(
        html.contains(&escaped(Lang::En.msg(Msg::StartPrivacy))),
        "{html}"
    );
    assert!(Lang::En
        .msg(Msg::StartPrivacy)
        .contains("Nothing you enter leaves this device"));
}

#[test]
fn start_screen_offers_a_start_button() {
    let html = start_screen_html();
    assert!(
        html.contains(&format!(">{}</button>", Lang::En.msg(Msg::StartButton))),
        "{html}"
    );
}

#[test]
fn start_is_disabled_in_the_copy_shown_before_the_app_loads() {
    let html = start_screen_html();
    let button = html
        .split("<button")
        .find(|button| button.contains(Lang::En.msg(Msg::StartButton)))
        .expect("a Start button");
    assert!(button.contains("disabled"), "{button}");
}
