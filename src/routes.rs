//! One module per route.

pub mod letter;
pub mod map;
pub mod mission;
pub mod not_found;
pub mod overview;
pub mod search;
pub mod timeline;
