//! A value worked out from data on first use, which takes no part in comparing that data: the
//! lexicon's matchers and cue searchers, and a letter's look-ups by id.

use std::sync::OnceLock;

/// Built on first use; always equal to another, so that a lexicon or letter compares by its
/// data alone.
#[derive(Debug, Clone)]
pub(crate) struct Cache<T>(OnceLock<T>);

impl<T> Default for Cache<T> {
    fn default() -> Self {
        Self(OnceLock::new())
    }
}

impl<T> PartialEq for Cache<T> {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl<T> Cache<T> {
    /// The value, built by `make` the first time.
    pub(crate) fn get_or_init(&self, make: impl FnOnce() -> T) -> &T {
        self.0.get_or_init(make)
    }
}
