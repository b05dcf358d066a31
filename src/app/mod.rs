//! The browser app: screens and their components.

pub mod components;
mod focus;

pub use components::app::App;
