//! One module per route, and [`Page`]: which route a path shows.

pub mod commitments;
pub mod letter;
pub mod map;
pub mod mission;
pub mod not_found;
pub mod open;
pub mod overview;
pub mod search;
pub mod timeline;

/// The view an app path shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Page {
    /// `/`: the missions as cards.
    Overview,
    /// `/timeline/`.
    Timeline,
    /// `/map/`.
    Map,
    /// `/commitments/`: every commitment in a table.
    Commitments,
    /// `/letter/`.
    Letter,
    /// `/search/`.
    Search,
    /// `/open/`: open a letter of the genre, and the letters kept in this browser.
    Open,
    /// `/missions/<id>/`, with the id as written (it may name no mission).
    Mission(String),
    /// Anything else.
    NotFound,
}

impl Page {
    /// The page for an app path; a trailing slash is optional.
    pub fn of(path: &str) -> Page {
        let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        match segments.as_slice() {
            [] => Page::Overview,
            ["timeline"] => Page::Timeline,
            ["map"] => Page::Map,
            ["commitments"] => Page::Commitments,
            ["letter"] => Page::Letter,
            ["search"] => Page::Search,
            ["open"] => Page::Open,
            ["missions", id] => Page::Mission((*id).to_owned()),
            _ => Page::NotFound,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Page;

    #[test]
    fn ok_each_view_with_and_without_trailing_slash() {
        assert_eq!(Page::of("/"), Page::Overview);
        assert_eq!(Page::of("/timeline/"), Page::Timeline);
        assert_eq!(Page::of("/timeline"), Page::Timeline);
        assert_eq!(Page::of("/map/"), Page::Map);
        assert_eq!(Page::of("/commitments/"), Page::Commitments);
        assert_eq!(Page::of("/letter/"), Page::Letter);
        assert_eq!(Page::of("/search"), Page::Search);
        assert_eq!(Page::of("/open/"), Page::Open);
        assert_eq!(Page::of("/missions/minusma/"), Page::Mission("minusma".into()));
    }

    #[test]
    fn err_unknown_paths_are_not_found() {
        assert_eq!(Page::of("/missions/"), Page::NotFound);
        assert_eq!(Page::of("/missions/a/b/"), Page::NotFound);
        assert_eq!(Page::of("/timelines/"), Page::NotFound);
    }
}
