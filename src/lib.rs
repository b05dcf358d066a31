//! spasm-triage: a private, offline symptom checker for muscle spasms and cramps.
//!
//! The app runs entirely in the browser; nothing a person enters leaves the device.

pub mod app;
pub mod content;
pub mod engine;
pub mod export;
