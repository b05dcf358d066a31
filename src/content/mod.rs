//! The app's content as data: the message catalog and the questionnaire.

pub mod messages;
pub mod questionnaire;
