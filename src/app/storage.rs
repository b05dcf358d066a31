//! Where answers are kept on this device: in the tab's sessionStorage while it
//! is open, and in localStorage for up to 7 days only when the person opts in;
//! and, in sessionStorage only, the language and region chosen in this tab.
//! Nothing else is stored, and nothing is ever sent anywhere. What to read,
//! keep and remove is decided in `keeping`, without the browser.

use std::cell::Cell;

use web_sys::Storage;

use crate::app::keeping::{pick, plan, Write};
use crate::app::settings::Place;
use crate::app::state::Restored;
use crate::content::lang::Lang;
use crate::content::questionnaire::CONTENT;
use crate::content::regions::Region;
use crate::engine::saved::encode;
use crate::engine::Answers;

/// The one key the app uses for answers, in both storages.
const KEY: &str = "spasm-triage";

/// The key of the language and region chosen in this tab (sessionStorage only).
const PLACE_KEY: &str = "spasm-triage-place";

thread_local! {
    /// Whether this tab loaded or wrote the answers kept on the device, and so
    /// may remove them.
    static OWNS_KEPT: Cell<bool> = const { Cell::new(false) };
}

fn session() -> Option<Storage> {
    gloo::utils::window().session_storage().ok().flatten()
}

fn local() -> Option<Storage> {
    gloo::utils::window().local_storage().ok().flatten()
}

fn read(storage: Option<Storage>, key: &str) -> Option<String> {
    storage.and_then(|storage| storage.get_item(key).ok().flatten())
}

fn remove(storage: Option<Storage>) {
    if let Some(storage) = storage {
        // Removing cannot fill the storage; a storage switched off holds nothing.
        let _ = storage.remove_item(KEY);
    }
}

/// Does `write` to `storage`; `false` if the text could not be written (no
/// storage, full, or switched off).
fn apply(storage: Option<Storage>, write: Write<'_>) -> bool {
    match write {
        Write::Set(text) => storage.is_some_and(|storage| {
            let written = storage.set_item(KEY, text).is_ok();
            if !written {
                // An older copy left in place would bring back older answers.
                let _ = storage.remove_item(KEY);
            }
            written
        }),
        Write::Remove => {
            remove(storage);
            true
        }
        Write::Leave => true,
    }
}

fn now_ms() -> u64 {
    js_sys::Date::now() as u64
}

/// Loads saved answers: this tab's first, else those kept on the device.
/// A copy that is unreadable, out of date or expired is removed on its own.
pub fn load() -> Restored {
    let picked = pick(
        read(session(), KEY).as_deref(),
        read(local(), KEY).as_deref(),
        now_ms(),
    );
    if picked.drop_session {
        remove(session());
    }
    if picked.drop_kept {
        remove(local());
    }
    OWNS_KEPT.with(|owns| owns.set(picked.restored.keep));
    picked.restored
}

/// Saves the answers for this tab, and on the device too when `keep` is set;
/// with no answers, removes this tab's copy (and the kept one, if this tab
/// loaded or wrote it). `false` when the storage refused the answers.
pub fn save(answers: &Answers, keep: bool) -> bool {
    let text =
        (!answers.to_values(&CONTENT).is_empty()).then(|| encode(&CONTENT, answers, now_ms()));
    let owns_kept = OWNS_KEPT.with(Cell::get);
    let (for_session, for_kept) = plan(text.as_deref(), keep, owns_kept);
    let saved = apply(session(), for_session);
    let kept = apply(local(), for_kept);
    match for_kept {
        Write::Set(_) if kept => OWNS_KEPT.with(|owns| owns.set(true)),
        Write::Set(_) => {}
        Write::Remove => OWNS_KEPT.with(|owns| owns.set(false)),
        Write::Leave => {}
    }
    saved && kept
}

/// Removes everything the app stored on this device: the answers, and the
/// language and region remembered in this tab.
pub fn clear() {
    remove(session());
    remove(local());
    if let Some(storage) = session() {
        let _ = storage.remove_item(PLACE_KEY);
    }
    OWNS_KEPT.with(|owns| owns.set(false));
}

/// The language and region chosen earlier in this tab, if any.
pub fn remembered_place() -> Option<Place> {
    read(session(), PLACE_KEY).and_then(|text| Place::from_text(&text))
}

/// Remembers the language and region in this tab, so that a reload keeps them
/// without putting them in the URL (which a reload sends to the server).
pub fn remember_place(lang: Lang, region: Option<&'static Region>) {
    if let Some(storage) = session() {
        // Without storage, a reload starts in the page's language again.
        let _ = storage.set_item(PLACE_KEY, &Place { lang, region }.to_text());
    }
}
