//! The polite live region ([`Announcer`]): one message at a time, read out by screen readers.

use crate::storage;
use leptos::prelude::*;
use planner_domain::i18n::strings;
use planner_domain::Lang;

/// The polite live region's message (saves, moves, additions, result counts, downloads),
/// shared so any screen can tell screen-reader users what just happened.
#[derive(Clone, Copy)]
pub struct Announcer {
    message: RwSignal<String>,
    /// The UI language, for what the announcer says on its own (downloads).
    lang: RwSignal<Lang>,
    /// Counts changes, so the "saved" announcement for typing waits until typing pauses.
    pub(super) save_tick: StoredValue<u32>,
}

impl Announcer {
    pub fn new(lang: RwSignal<Lang>) -> Announcer {
        Announcer {
            message: RwSignal::new(String::new()),
            lang,
            save_tick: StoredValue::new(0),
        }
    }

    /// Says `text` in the live region.
    pub fn say(&self, text: impl Into<String>) {
        self.message.set(text.into());
    }

    /// The UI language, for what is said from a task (where the context is out of reach).
    pub fn lang(&self) -> Lang {
        self.lang.get_untracked()
    }

    /// The message now (tracked: the live region follows it).
    pub fn message(&self) -> String {
        self.message.get()
    }

    /// Offers `text` as a downloaded file and says so ("Downloaded spring-series.ics").
    pub fn download(&self, file_name: &str, text: &str, mime: &str) {
        self.download_parts(
            file_name,
            &js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text)),
            mime,
        );
    }

    /// Offers `parts` (texts or bytes, such as a Word file) as a downloaded file and says so.
    /// Every download in the app goes through here, so none is silent for screen-reader
    /// users: the browser's own download notice is not announced to them.
    pub fn download_parts(&self, file_name: &str, parts: &js_sys::Array, mime: &str) {
        if storage::download_parts(file_name, parts, mime) {
            let lang = self.lang.get_untracked();
            self.say_anew((strings(lang).downloaded)(file_name));
        }
    }

    /// Says `text` even when it is what the live region says already (the same file
    /// downloaded twice): cleared first, then set on the next frame, so it is read again.
    pub fn say_anew(&self, text: String) {
        self.message.set(String::new());
        let message = self.message;
        request_animation_frame(move || message.set(text));
    }
}
