//! The polite live region ([`Announcer`]): one message at a time, read out by screen readers.

use leptos::prelude::*;

/// The polite live region's message (saves, moves, additions, result counts), shared so any
/// screen can tell screen-reader users what just happened.
#[derive(Clone, Copy)]
pub struct Announcer {
    message: RwSignal<String>,
    /// Counts changes, so the "saved" announcement for typing waits until typing pauses.
    pub(super) save_tick: StoredValue<u32>,
}

impl Announcer {
    pub fn new() -> Announcer {
        Announcer {
            message: RwSignal::new(String::new()),
            save_tick: StoredValue::new(0),
        }
    }

    /// Says `text` in the live region.
    pub fn say(&self, text: impl Into<String>) {
        self.message.set(text.into());
    }

    /// The message now (tracked: the live region follows it).
    pub fn message(&self) -> String {
        self.message.get()
    }
}

impl Default for Announcer {
    fn default() -> Announcer {
        Announcer::new()
    }
}
