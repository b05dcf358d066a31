//! The message catalogs, generated at build time: `Msg` for the interface's
//! texts, and one table per language holding every text (interface and
//! questionnaire) in the same order.

use crate::engine::Text;

include!(concat!(env!("OUT_DIR"), "/messages.rs"));
