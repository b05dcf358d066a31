//! What to do with the two saved copies of the answers, decided without the
//! browser (`storage` does the reading and writing): this tab's copy (in
//! sessionStorage) and the copy kept on the device (in localStorage, when the
//! person opts in).
//!
//! - A copy that cannot be used is removed on its own; the other one, if good,
//!   is still used. The notice that answers were removed is shown only when
//!   nothing usable was found.
//! - A tab removes the kept copy only if it loaded or wrote it: a second tab
//!   opened with nothing kept, or before the person ticked "keep" in another
//!   tab, leaves another tab's kept answers alone. ("Clear my answers" removes
//!   everything, from any tab.)
//! - A tab reloaded with answers of its own shows "keep" ticked only when the
//!   kept copy is its own (the same text, as a tab that keeps writes both):
//!   a tab that never ticked it does not take over another tab's kept answers.

use crate::app::state::Restored;
use crate::content::questionnaire::CONTENT;
use crate::engine::saved::decode;
use crate::engine::Answers;

/// What was found, and which copies to remove because they cannot be used.
#[derive(Debug, PartialEq)]
pub struct Picked {
    /// What the app starts from.
    pub restored: Restored,
    /// Whether this tab's copy is unusable and must be removed.
    pub drop_session: bool,
    /// Whether the kept copy is unusable and must be removed.
    pub drop_kept: bool,
}

/// Picks what to start from, given this tab's saved text and the kept one at
/// `now_ms`: this tab's copy if it can be used, else the kept copy if it can.
/// "Keep" is ticked when the kept copy is used, or is the same as this tab's.
pub fn pick(session_text: Option<&str>, kept_text: Option<&str>, now_ms: u64) -> Picked {
    let session = session_text.map(|text| decode(&CONTENT, text, now_ms));
    let kept = kept_text.map(|text| decode(&CONTENT, text, now_ms));
    let drop_session = matches!(session, Some(Err(_)));
    let drop_kept = matches!(kept, Some(Err(_)));
    let keep = matches!(kept, Some(Ok(_)))
        && (!matches!(session, Some(Ok(_))) || session_text == kept_text);
    let found = match (session, kept) {
        (Some(Ok(answers)), _) | (_, Some(Ok(answers))) => Some(answers),
        _ => None,
    };
    Picked {
        restored: Restored {
            discarded: found.is_none() && (drop_session || drop_kept),
            answers: found.unwrap_or_else(|| Answers::new(&CONTENT)),
            keep,
        },
        drop_session,
        drop_kept,
    }
}

/// What to do to one saved copy.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Write<'a> {
    /// Write this text.
    Set(&'a str),
    /// Remove the copy.
    Remove,
    /// Leave it as it is.
    Leave,
}

/// What to write, for the answers as saved text (`None` when there are no
/// answers), whether the person wants them kept, and whether this tab loaded
/// or wrote the kept copy: `(this tab's copy, the kept copy)`.
pub fn plan(text: Option<&str>, keep: bool, owns_kept: bool) -> (Write<'_>, Write<'_>) {
    let session = text.map_or(Write::Remove, Write::Set);
    let kept = match text {
        Some(text) if keep => Write::Set(text),
        _ if owns_kept => Write::Remove,
        _ => Write::Leave,
    };
    (session, kept)
}
