//! Where answers are kept on this device: in the tab's sessionStorage while it
//! is open, and in localStorage for up to 7 days only when the person opts in.
//! Nothing else is stored, and nothing is ever sent anywhere.

use web_sys::Storage;

use crate::app::state::Restored;
use crate::content::questionnaire::CONTENT;
use crate::engine::saved::{decode, encode};
use crate::engine::Answers;

/// The one key the app uses, in both storages.
const KEY: &str = "spasm-triage";

fn session() -> Option<Storage> {
    gloo::utils::window().session_storage().ok().flatten()
}

fn local() -> Option<Storage> {
    gloo::utils::window().local_storage().ok().flatten()
}

fn read(storage: Option<Storage>) -> Option<String> {
    storage.and_then(|storage| storage.get_item(KEY).ok().flatten())
}

fn now_ms() -> u64 {
    js_sys::Date::now() as u64
}

/// Whether nothing is saved, in this tab or on the device.
pub fn holds_nothing() -> bool {
    read(session()).is_none() && read(local()).is_none()
}

/// Loads saved answers: this tab's first, else those kept on the device.
/// Anything unreadable, out of date or expired is removed and reported.
pub fn load() -> Restored {
    let kept = read(local());
    let keep = kept.is_some();
    let Some(text) = read(session()).or(kept) else {
        return Restored {
            answers: Answers::new(&CONTENT),
            keep: false,
            discarded: false,
        };
    };
    match decode(&CONTENT, &text, now_ms()) {
        Ok(answers) => Restored {
            answers,
            keep,
            discarded: false,
        },
        Err(_) => {
            clear();
            Restored {
                answers: Answers::new(&CONTENT),
                keep: false,
                discarded: true,
            }
        }
    }
}

/// Saves the answers for this tab, and on the device too when `keep` is set.
/// With no answers, removes everything.
pub fn save(answers: &Answers, keep: bool) {
    if answers.to_values(&CONTENT).is_empty() {
        clear();
        return;
    }
    let text = encode(&CONTENT, answers, now_ms());
    // Storage can be full or switched off; the questionnaire works on without it.
    if let Some(storage) = session() {
        let _ = storage.set_item(KEY, &text);
    }
    if let Some(storage) = local() {
        let _ = if keep {
            storage.set_item(KEY, &text)
        } else {
            storage.remove_item(KEY)
        };
    }
}

/// Removes everything the app stored on this device.
pub fn clear() {
    for storage in [session(), local()].into_iter().flatten() {
        let _ = storage.remove_item(KEY);
    }
}
