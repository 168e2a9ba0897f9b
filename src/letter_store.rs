//! The letters a reader opened, kept in the browser's `localStorage`, one entry per letter
//! under [`opened::STORAGE_KEY_PREFIX`]. What an entry holds and how it is read is plain
//! logic in [`crate::opened`]; this module only moves entries in and out of the browser.
//!
//! `localStorage` rather than IndexedDB: an entry is one letter's text, a few KB to a few
//! hundred, and the browser allows about 5 MB per site; the synchronous API keeps a reload's
//! path short, where IndexedDB would add a crate and an asynchronous open for no gain.

use gloo_storage::{LocalStorage, Storage};

use crate::opened::{self, StoredLetter, StoredProblem};

/// The kept letters, newest first, and the keys of entries that could not be read (damaged,
/// or written by an older version), which the page ignores with a notice.
pub struct Kept {
    /// The letters that read well.
    pub letters: Vec<StoredLetter>,
    /// The storage keys of entries that did not, with why.
    pub unreadable: Vec<(String, StoredProblem)>,
}

/// Every kept letter. Without storage (a private window that forbids it), none.
pub fn list() -> Kept {
    let mut kept = Kept { letters: Vec::new(), unreadable: Vec::new() };
    let storage = LocalStorage::raw();
    let keys: Vec<String> = (0..storage.length().unwrap_or(0)).filter_map(|i| storage.key(i).ok().flatten()).collect();
    for key in keys.into_iter().filter(|k| k.starts_with(opened::STORAGE_KEY_PREFIX)) {
        let Some(raw) = storage.get_item(&key).ok().flatten() else { continue };
        match opened::read_stored(&raw) {
            Ok(letter) if opened::storage_key(&letter.id) == key => kept.letters.push(letter),
            Ok(_) => kept.unreadable.push((key, StoredProblem::Damaged)),
            Err(problem) => kept.unreadable.push((key, problem)),
        }
    }
    kept.letters.sort_by(|a, b| b.saved_at.total_cmp(&a.saved_at));
    kept
}

/// The raw entry of the letter `id`, if this browser keeps it.
pub fn read_raw(id: &str) -> Option<String> {
    LocalStorage::raw().get_item(&opened::storage_key(id)).ok().flatten()
}

/// The browser would not keep a letter: its storage is full, or forbidden.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotSaved;

/// Keeps a letter. Fails when storage is full or forbidden; the letter can still be shown.
pub fn save(letter: &StoredLetter) -> Result<(), NotSaved> {
    LocalStorage::raw().set_item(&opened::storage_key(&letter.id), &opened::write_stored(letter)).map_err(|_| NotSaved)
}

/// Removes an entry by its storage key: a letter, or an unreadable entry.
pub fn remove_key(key: &str) {
    LocalStorage::delete(key);
}
