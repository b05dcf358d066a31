//! The app's edges, each a hook: what it does to the page, the URL, the
//! device's storage and the embedding host, kept out of the views.

mod embed;
mod focus;
mod running;
mod saved;
mod url;

pub use embed::use_embed_height;
pub use focus::{use_focus_flagged, use_focus_heading};
pub use running::use_running;
pub use saved::use_saved_state;
pub use url::use_url_sync;
