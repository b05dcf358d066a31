//! The summary for a doctor or nurse: the text to read, print or save, in the
//! person's language and, when it is another, in the language of the region's
//! clinicians; and the same answers as a FHIR QuestionnaireResponse. All made
//! on this device.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::JsValue;
use web_sys::{Blob, BlobPropertyBag, Url};
use yew::prelude::*;

use super::clinic::clinic_contact;
use crate::app::language_pack;
use crate::app::settings::Clinic;
use crate::app::state::Evaluated;
use crate::content::lang::Lang;
use crate::content::messages::Msg;
use crate::engine::{Answers, Evaluation, Level};
use crate::export::fhir::questionnaire_response;
use crate::export::qr::qr_path;
use crate::export::summary::{summary_langs, summary_text};

/// Props of [`Summary`].
#[derive(Properties, PartialEq)]
pub struct SummaryProps {
    /// The language to speak.
    pub lang: Lang,
    /// The language the region's doctors and nurses read.
    pub clinician: Lang,
    /// Goes on the heading, so the app can move focus to it.
    pub heading: NodeRef,
    /// Every answer given.
    pub answers: Answers,
    /// What the answers settle.
    pub evaluation: Evaluated,
    /// The embedding clinic, shown under the summary when the result sends
    /// the person to a doctor.
    pub clinic: Clinic,
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

/// The summary made for a moment in time: its text in each language, and the
/// addresses that save it as text (every language) and as FHIR. The addresses
/// are freed when it is dropped.
struct Made {
    /// The summary in each language, the person's first.
    texts: Vec<(Lang, String)>,
    text_url: Option<String>,
    fhir_url: Option<String>,
}

impl Made {
    /// The summary of `answers` and what they settle, in `langs`, as of `now`.
    fn new(langs: &[Lang], answers: &Answers, evaluation: &Evaluation, now: &js_sys::Date) -> Made {
        let texts: Vec<(Lang, String)> = langs
            .iter()
            .map(|&lang| {
                let when = date_time(now, lang);
                (lang, summary_text(lang, answers, evaluation, &when))
            })
            .collect();
        let saved: Vec<&str> = texts.iter().map(|(_, text)| text.as_str()).collect();
        let fhir = questionnaire_response(answers, evaluation, &String::from(now.to_iso_string()));
        Made {
            text_url: blob_url(&saved.join("\n"), "text/plain;charset=utf-8"),
            fhir_url: blob_url(&fhir, "application/fhir+json"),
            texts,
        }
    }
}

impl Drop for Made {
    fn drop(&mut self) {
        for url in [&self.text_url, &self.fhir_url].into_iter().flatten() {
            // Revoking cannot fail for an address this page made.
            let _ = Url::revoke_object_url(url);
        }
    }
}

/// The summary screen. Its text, with the date and time, and its saved files
/// are made once it is on screen (and again in another language), not while
/// rendering. When the clinician's language pack is not here yet, the
/// person's language shows until it is loaded.
#[function_component(Summary)]
pub fn summary(props: &SummaryProps) -> Html {
    let lang = props.lang;
    let made = use_state(|| None::<Made>);
    {
        let set_made = made.setter();
        let (answers, evaluation) = (props.answers.clone(), props.evaluation.clone());
        use_effect_with((lang, props.clinician), move |&(lang, clinician)| {
            let now = js_sys::Date::new_0();
            // Off once the languages change or the screen closes, so that a
            // pack that loads late does not bring back an older summary.
            let current = Rc::new(Cell::new(true));
            let make = {
                let current = current.clone();
                move || {
                    if current.get() {
                        let langs = summary_langs(lang, clinician);
                        set_made.set(Some(Made::new(&langs, &answers, &evaluation, &now)));
                    }
                }
            };
            make();
            if !clinician.is_loaded() {
                language_pack::load(clinician, move |_| make());
            }
            move || current.set(false)
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
            if props.evaluation.assessment.level != Level::SelfCare {
                { clinic_contact(lang, &props.clinic) }
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

/// The summary in each language, each section marked with its language and
/// direction (and named when there are two), and the QR code of the last one:
/// the clinician's (the person's while the clinician's is loading).
fn summary_body(lang: Lang, made: &Made) -> Html {
    let named = made.texts.len() > 1;
    let sections = made.texts.iter().map(|(written_in, text)| {
        html! {
            <section class="summary-part" lang={written_in.code()} dir={written_in.dir()}>
                if named {
                    <h2>{ written_in.name() }</h2>
                }
                <pre class="summary-text">{ text.clone() }</pre>
            </section>
        }
    });
    let qr = made.texts.last().and_then(|(_, text)| qr_path(text));
    html! {
        <>
            <div class="summary-parts">{ for sections }</div>
            if let Some(qr) = qr {
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
