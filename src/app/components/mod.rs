//! One component per file.

pub mod app;
pub mod questions;
pub mod start;
