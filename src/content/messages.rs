//! The message catalog, generated at build time from `messages.en.txt`.

include!(concat!(env!("OUT_DIR"), "/messages.rs"));
