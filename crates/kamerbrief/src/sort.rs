//! One stable sort for the whole program.
//!
//! The standard library's stable sort is generic: every element type and comparator gets its
//! own copy of it, about 3.5 KB of wasm each. The app shipped sixteen. Here every sort orders
//! a list of indices with one shared, non-generic instantiation, then moves the items into
//! that order, so the program carries the sort once. The result is the same as
//! [`slice::sort_by`]: stable, and ordered by `compare`.

use std::cmp::Ordering;

/// Sorts `items` stably by `compare`, as [`slice::sort_by`] does.
pub fn sort_by<T>(items: &mut Vec<T>, mut compare: impl FnMut(&T, &T) -> Ordering) {
    if items.len() < 2 {
        return;
    }
    let order = sorted_indices(items.len(), &mut |a, b| compare(&items[a], &items[b]));
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(order.into_iter().filter_map(|i| slots[i].take()));
}

/// Sorts `items` stably by a key, as [`slice::sort_by_key`] does.
pub fn sort_by_key<T, K: Ord>(items: &mut Vec<T>, mut key: impl FnMut(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` stably in their natural order, as [`slice::sort`] does.
pub fn sort<T: Ord>(items: &mut Vec<T>) {
    sort_by(items, T::cmp);
}

/// The indices `0..len` in the stable order `compare` gives: the one instantiation of the
/// standard library's sort.
#[inline(never)]
fn sorted_indices(len: usize, compare: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|&a, &b| compare(a, b));
    order
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn ok_same_as_the_standard_stable_sort(items in proptest::collection::vec((0u8..8, any::<u16>()), 0..64)) {
            let mut ours = items.clone();
            let mut standard = items;
            super::sort_by_key(&mut ours, |(key, _)| *key);
            standard.sort_by_key(|(key, _)| *key);
            prop_assert_eq!(ours, standard);
        }
    }

    #[test]
    fn ok_natural_order_and_empty() {
        let mut words = vec!["b", "c", "a"];
        super::sort(&mut words);
        assert_eq!(words, ["a", "b", "c"]);
        let mut none: Vec<u8> = Vec::new();
        super::sort(&mut none);
        assert!(none.is_empty());
    }
}
