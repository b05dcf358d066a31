//! The summary for a doctor or nurse: the text to read, print or save, and the
//! same answers as a FHIR QuestionnaireResponse, all made on this device.

use std::rc::Rc;

use wasm_bindgen::JsValue;
use web_sys::{Blob, BlobPropertyBag, Url};
use yew::prelude::*;

use crate::app::state::Evaluated;
use crate::content::lang::Lang;
use crate::content::messages::Msg;
use crate::engine::{Answers, Evaluation};
use crate::export::fhir::questionnaire_response;
use crate::export::qr::qr_path;
use crate::export::summary::summary_text;

/// Props of [`Summary`].
#[derive(Properties, PartialEq)]
pub struct SummaryProps {
    /// The language to speak.
    pub lang: Lang,
    /// Goes on the heading, so the app can move focus to it.
    pub heading: NodeRef,
    /// Every answer given.
    pub answers: Answers,
    /// What the answers settle.
    pub evaluation: Evaluated,
    /// Called to go back to the result.
    pub on_back: Callback<()>,
}

/// A `blob:` address for `text`, to save it without any network; `None` if the
/// browser refuses (the buttons then stay hidden).
fn blob_url(text: &str, kind: &str) -> Option<String> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = BlobPropertyBag::new();
    options.set_type(kind);
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    Url::create_object_url_with_blob(&blob).ok()
}

/// How the date and time are written: the day, the month in words, the full
/// year and the time on the 24-hour clock.
const DATE_OPTIONS: &str = r#"{"day":"numeric","month":"long","year":"numeric","hour":"2-digit","minute":"2-digit","hourCycle":"h23"}"#;

/// `now` in the words of `lang`, as "1 December 2026 at 03:20": no reader can
/// take the day for the month.
fn date_time(now: &js_sys::Date, lang: Lang) -> String {
    // Parsed from text: less code than setting each option.
    let options = js_sys::JSON::parse(DATE_OPTIONS).unwrap_or(JsValue::UNDEFINED);
    String::from(now.to_locale_string(lang.date_locale(), &options))
}

/// The summary made for a moment in time: its text, and the addresses that
/// save it as text and as FHIR.
#[derive(PartialEq)]
struct Made {
    text: String,
    text_url: Option<String>,
    fhir_url: Option<String>,
}

impl Made {
    /// The summary of `answers` and what they settle, in `lang`, as of now.
    fn now(lang: Lang, answers: &Answers, evaluation: &Evaluation) -> Made {
        let now = js_sys::Date::new_0();
        let text = summary_text(lang, answers, evaluation, &date_time(&now, lang));
        let fhir = questionnaire_response(answers, evaluation, &String::from(now.to_iso_string()));
        Made {
            text_url: blob_url(&text, "text/plain;charset=utf-8"),
            fhir_url: blob_url(&fhir, "application/fhir+json"),
            text,
        }
    }

    /// Frees the addresses.
    fn revoke(&self) {
        for url in [&self.text_url, &self.fhir_url].into_iter().flatten() {
            // Revoking cannot fail for an address this page made.
            let _ = Url::revoke_object_url(url);
        }
    }
}

/// The summary screen. Its text, with the date and time, and its saved files
/// are made once it is on screen (and again in another language), not while
/// rendering; the files' addresses are freed when it closes.
#[function_component(Summary)]
pub fn summary(props: &SummaryProps) -> Html {
    let lang = props.lang;
    let made = use_state(|| None::<Rc<Made>>);
    {
        let made = made.clone();
        let (answers, evaluation) = (props.answers.clone(), props.evaluation.clone());
        use_effect_with(lang, move |&lang| {
            let summary = Rc::new(Made::now(lang, &answers, &evaluation));
            made.set(Some(summary.clone()));
            move || summary.revoke()
        });
    }
    let on_print = Callback::from(|_: MouseEvent| {
        // Printing can only fail where there is no printer dialog; nothing to do then.
        let _ = gloo::utils::window().print();
    });
    let on_back = props.on_back.reform(|_: MouseEvent| ());
    html! {
        <section class="screen summary" aria-labelledby="summary-title">
            <h1 id="summary-title" tabindex="-1" ref={props.heading.clone()}>{ lang.msg(Msg::SummaryHeading) }</h1>
            <p class="no-print">{ lang.msg(Msg::SummaryIntro) }</p>
            if let Some(made) = &*made {
                { summary_body(lang, made) }
            }
            <div class="actions no-print">
                <button type="button" class="button button-primary" onclick={on_print}>{ lang.msg(Msg::Print) }</button>
                if let Some(url) = made.as_ref().and_then(|made| made.text_url.clone()) {
                    <a class="button" href={url} download="spasm-triage-summary.txt">{ lang.msg(Msg::DownloadText) }</a>
                }
                if let Some(url) = made.as_ref().and_then(|made| made.fhir_url.clone()) {
                    <a class="button" href={url} download="spasm-triage-questionnaire-response.json">{ lang.msg(Msg::DownloadFhir) }</a>
                }
                <button type="button" class="button" onclick={on_back}>{ lang.msg(Msg::BackToResult) }</button>
            </div>
        </section>
    }
}

/// The summary's text, and its QR code (or why there is none).
fn summary_body(lang: Lang, made: &Made) -> Html {
    let text = &made.text;
    html! {
        <>
            <pre class="summary-text">{ text.clone() }</pre>
            if let Some(qr) = qr_path(text) {
                <figure class="qr">
                    <svg
                        viewBox={format!("-4 -4 {0} {0}", qr.size + 8)}
                        role="img"
                        aria-label={lang.msg(Msg::QrLabel)}
                        focusable="false"
                    >
                        <rect x="-4" y="-4" width={(qr.size + 8).to_string()} height={(qr.size + 8).to_string()} class="qr-light" />
                        <path d={qr.path} class="qr-dark" />
                    </svg>
                    <figcaption>{ lang.msg(Msg::QrCaption) }</figcaption>
                </figure>
            } else {
                <p class="hint">{ lang.msg(Msg::QrTooLong) }</p>
            }
        </>
    }
}
