//! One view per file: a Yew component where the view keeps state (hooks), a
//! plain function returning `Html` otherwise, which costs far less code.

pub mod advice;
pub mod app;
pub mod body_map;
pub mod choice_list;
pub mod clinic;
pub mod drawing;
pub mod footer;
pub mod help_now;
pub mod history_back;
pub mod how_it_works;
pub mod language_switch;
pub mod level_icon;
pub mod number_field;
pub mod phone;
pub mod privacy;
pub mod progress;
pub mod question;
pub mod region_select;
pub mod result;
pub mod review;
pub mod screen;
pub mod sources;
pub mod start;
pub mod step;
pub mod stop;
pub mod summary;
pub mod svg;
pub mod told_us;
pub mod translation_pending;
