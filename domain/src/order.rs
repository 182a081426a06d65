//! Stable sorting through one shared copy of the standard library's sort.
//!
//! Every `sort_by_key` on another element type or key compiles its own copy of the standard
//! sort into the wasm, several kilobytes each. These sort the elements' positions instead, with
//! one copy of `slice::sort_by` (stable, O(n log n), the same order), then move the elements
//! into place.

use std::cmp::Ordering;

/// The positions `0..len` in the stable order `cmp` gives them: the one copy of the sort.
#[inline(never)]
fn sorted_positions(len: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut positions: Vec<usize> = (0..len).collect();
    positions.sort_by(|&a, &b| cmp(a, b));
    positions
}

/// Puts `items[positions[i]]` at `i`, following each cycle of the permutation with swaps.
fn permute<T>(items: &mut [T], mut positions: Vec<usize>) {
    for start in 0..items.len() {
        let mut at = start;
        loop {
            let from = positions[at];
            positions[at] = at;
            if from == start {
                break;
            }
            items.swap(at, from);
            at = from;
        }
    }
}

/// Sorts `items` stably by `cmp`, as `slice::sort_by` does.
pub fn sort_by<T>(items: &mut [T], cmp: impl Fn(&T, &T) -> Ordering) {
    let positions = sorted_positions(items.len(), &|a, b| cmp(&items[a], &items[b]));
    permute(items, positions);
}

/// Sorts `items` stably by `key`, as `slice::sort_by_key` does.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` stably in their own order, as `slice::sort` does.
pub fn sort<T: Ord>(items: &mut [T]) {
    sort_by(items, T::cmp);
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    proptest! {
        /// The same order as the standard stable sort, ties included.
        #[test]
        fn sorts_as_the_standard_sort_does(items in proptest::collection::vec((0u8..6, any::<u16>()), 0..200)) {
            let mut ours = items.clone();
            super::sort_by_key(&mut ours, |(k, _)| *k);
            let mut std = items.clone();
            std.sort_by_key(|(k, _)| *k);
            prop_assert_eq!(&ours, &std);
            let mut ours = items.clone();
            super::sort(&mut ours);
            let mut std = items;
            std.sort();
            prop_assert_eq!(ours, std);
        }
    }
}
