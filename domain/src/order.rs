//! Sorting through one compiled sort.
//!
//! Why: the standard library's sort is generic, so every `sort_by_key` on another type or key
//! compiles it again, about 3 KB of wasm each; fourteen of them were 38 KB of the download.
//! These helpers sort positions through a single instance and then move the items, so a new
//! call site costs a few bytes. Sorting is stable, like `slice::sort_by`. The lists sorted in
//! the app are short (a plan's sessions, a user's plans), so the extra indirection is free.

use std::cmp::Ordering;

/// Sorts `items` by `compare`, keeping equal items in their order.
pub fn sort_by<T>(items: &mut [T], compare: impl Fn(&T, &T) -> Ordering) {
    let order = sorted_positions(items.len(), &|a, b| compare(&items[a], &items[b]));
    permute(items, order);
}

/// Sorts `items` by the key `key` gives, keeping equal items in their order.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` and drops repeats.
pub fn sort_dedup<T: Ord>(items: &mut Vec<T>) {
    sort_by(items, T::cmp);
    items.dedup();
}

/// The one instance of the standard sort: positions `0..len` ordered by `compare`.
fn sorted_positions(len: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|&a, &b| compare(a, b));
    order
}

/// Moves the item at `order[k]` to position `k`, for every `k`, in place.
fn permute<T>(items: &mut [T], order: Vec<usize>) {
    for k in 0..items.len() {
        // The item first at order[k] has been swapped on to later positions by the swaps
        // before this one; follow it.
        let mut from = order[k];
        while from < k {
            from = order[from];
        }
        items.swap(k, from);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_the_standard_stable_sort() {
        // Random lists of up to 40 items with many equal keys: same order as the standard
        // stable sort.
        let mut seed = 7u64;
        for len in 0..40 {
            for _ in 0..25 {
                let items: Vec<(u8, usize)> = (0..len)
                    .map(|i| {
                        seed = seed
                            .wrapping_mul(6364136223846793005)
                            .wrapping_add(1442695040888963407);
                        (((seed >> 33) % 5) as u8, i)
                    })
                    .collect();
                let mut ours = items.clone();
                sort_by_key(&mut ours, |p| p.0);
                let mut std = items.clone();
                std.sort_by_key(|p| p.0);
                assert_eq!(ours, std, "{items:?}");
            }
        }
    }

    #[test]
    fn sorts_descending_and_drops_repeats() {
        let mut v = vec![3, 1, 2, 3, 1];
        sort_by(&mut v, |a, b| b.cmp(a));
        assert_eq!(v, [3, 3, 2, 1, 1]);
        sort_dedup(&mut v);
        assert_eq!(v, [1, 2, 3]);
        let mut empty: Vec<u8> = Vec::new();
        sort_dedup(&mut empty);
        assert!(empty.is_empty());
    }
}
