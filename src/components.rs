//! Pieces of page shared by routes, one component per file.

pub mod letter_error;
pub mod letter_outline;
pub mod mission_list;
pub mod site_footer;
pub mod site_header;
