//! The language in use, shared by every component through a context.

use yew::prelude::*;

use crate::content::lang::Lang;

/// The language the app speaks now (English when no language is provided).
#[hook]
pub fn use_lang() -> Lang {
    use_context::<Lang>().unwrap_or_default()
}
