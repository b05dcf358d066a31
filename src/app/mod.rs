//! The browser app: screens and their components.

pub mod components;
mod focus;
pub mod state;
mod text;

pub use components::app::App;
