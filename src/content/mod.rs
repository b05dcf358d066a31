//! The app's content as data: the message catalogs, the languages, the
//! questionnaire and the regions.

pub mod lang;
pub mod messages;
pub mod questionnaire;
pub mod regions;
