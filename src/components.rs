//! Pieces of page shared by routes, one component per file.

pub mod commitment_summary;
pub mod filter_bar;
pub mod filter_disclosure;
pub mod ignored_notice;
pub mod letter_error;
pub mod letter_outline;
pub mod mission_card;
pub mod mission_map;
pub mod opened_banner;
pub mod share_button;
pub mod site_footer;
pub mod site_header;
pub mod status_badge;
pub mod stored_letter_unavailable;
pub mod timeline_chart;
pub mod view_unavailable;
pub mod when_visible;
