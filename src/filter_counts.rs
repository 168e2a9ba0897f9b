//! How many of the letter's missions each filter option would show, so that an option can
//! say its count and an option with none can be shown disabled.

use kamerbrief::Letter;

use crate::mission_facts;
use crate::query::{FilterKind, ViewQuery};

/// The number of the letter's missions that the option `key` of the filter `kind` shows on
/// its own: the views' own filter ([`mission_facts::passes`]) with only that option on.
pub fn count(letter: &Letter, kind: FilterKind, key: &str) -> usize {
    let only = ViewQuery::default().toggled_key(kind, key);
    if !only.has(kind, key) {
        // A key the filter does not know turns nothing on, and shows nothing.
        return 0;
    }
    mission_facts::shown(letter, &only).len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn letter() -> Letter {
        crate::embedded::letter().unwrap()
    }

    #[test]
    fn ok_every_mission_has_one_frame_and_one_status() {
        let letter = letter();
        let frames: usize =
            ["nato", "eu", "un", "coalition", "national"].iter().map(|key| count(&letter, FilterKind::Org, key)).sum();
        assert_eq!(frames, letter.missions.len());
        let statuses: usize =
            kamerbrief::Status::ALL.iter().map(|s| count(&letter, FilterKind::Status, s.as_str())).sum();
        assert_eq!(statuses, letter.missions.len());
    }

    #[test]
    fn ok_regions_count_missions_with_a_place_there() {
        let letter = letter();
        assert!(letter.regions.iter().any(|r| count(&letter, FilterKind::Region, &r.id) > 0));
    }

    #[test]
    fn err_unknown_keys_match_nothing() {
        let letter = letter();
        assert_eq!(count(&letter, FilterKind::Org, "bogus"), 0);
        assert_eq!(count(&letter, FilterKind::Status, ""), 0);
        assert_eq!(count(&letter, FilterKind::Region, "mars"), 0);
    }
}
