//! One component per file; pieces without hooks are plain functions.

pub mod advice;
pub mod app;
pub mod body_map;
pub mod calf_stretch;
pub mod choice_list;
pub mod footer;
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
pub mod sources;
pub mod start;
pub mod step;
pub mod stop;
pub mod summary;
