//! The app's content as data: the message catalog.

pub mod messages;
