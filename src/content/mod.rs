//! The app's content as data: the message catalogs, the languages and the
//! questionnaire.

pub mod lang;
pub mod messages;
pub mod questionnaire;
