//! A mistake in the content, named by the item it is in.

use std::fmt;

/// One mistake found in the content: where it is, and what is wrong.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct ContentError {
    /// The item, such as "rule `e_chest`" or "messages.en.txt:12".
    pub at: String,
    /// What is wrong with it.
    pub message: String,
}

impl ContentError {
    /// A mistake in `at`.
    pub fn new(at: impl Into<String>, message: impl Into<String>) -> ContentError {
        ContentError {
            at: at.into(),
            message: message.into(),
        }
    }
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.at, self.message)
    }
}

/// Whether `id` is a stable snake_case id.
pub fn is_snake_case(id: &str) -> bool {
    id.starts_with(|c: char| c.is_ascii_lowercase())
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}
