//! How many of the letter's missions each filter option would show, so that an option can
//! say its count and an option with none can be shown disabled.

use kamerbrief::Letter;

use crate::query::FilterKind;

/// The number of the letter's missions that the option `key` of the filter `kind` matches on
/// its own: missions in that frame, with that status, or with a place in that region.
pub fn count(letter: &Letter, kind: FilterKind, key: &str) -> usize {
    letter
        .missions
        .iter()
        .filter(|mission| match kind {
            FilterKind::Org => mission.frame.as_str() == key,
            FilterKind::Status => mission.status.as_str() == key,
            FilterKind::Region => mission
                .places
                .iter()
                .filter_map(|id| letter.place(id))
                .any(|place| place.region.as_deref() == Some(key)),
        })
        .count()
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
