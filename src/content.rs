//! The lesson library, fetched as lesson packs (`planner_domain::curriculum::pack`) that the
//! build wrote into `dist/lessons/` and named in `index.html`:
//!
//! `<meta name="lesson-packs" data-full="…" data-en="…" data-es="…">`
//!
//! When the app opens on the library, it reads the UI language's index pack first (a small
//! part of the full one: what the library screen lists, filters and searches, sizes in
//! docs/performance.md; `index.html` has already
//! asked the browser to preload it), then the full pack (every lesson, both languages, the
//! packet pieces). Other screens wait for the full pack. The service worker precaches all three,
//! so this works offline after the first visit.
//!
//! Each library read stays for the page's lifetime (components hold `&'static` lessons): at
//! most two, the index and the full library.

use leptos::prelude::*;
use planner_domain::curriculum::custom::{CustomLessons, Origin};
use planner_domain::i18n::packs::shown;
use planner_domain::i18n::strings;
use planner_domain::{Lang, Library};
use std::cell::{Cell, RefCell};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// How far the library has been read.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Loaded {
    Nothing,
    /// The index pack in this language: enough for the library screen.
    Index(Lang),
    /// The full pack.
    Full,
}

/// What a screen can show now.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Readiness {
    /// Ready, drawn from the index pack in this language (the library screen), or from the
    /// full pack (`None`).
    Ready {
        from_index: Option<Lang>,
    },
    Loading,
    Failed,
}

/// The loading state, in context so the screen switch follows it.
#[derive(Clone, Copy)]
pub struct Content {
    loaded: RwSignal<Loaded>,
    /// The full pack could not be fetched or read.
    failed: RwSignal<bool>,
}

thread_local! {
    static BUILTIN: Cell<Option<&'static Library>> = const { Cell::new(None) };
    /// The preventionist's own lessons, as last saved (`my_lessons.rs`).
    static CUSTOM: RefCell<CustomLessons> = RefCell::new(CustomLessons::default());
    /// The built-in library with the custom lessons, built when first asked for after either
    /// changed.
    static MERGED: Cell<Option<&'static Library>> = const { Cell::new(None) };
}

/// The most complete built-in library read so far, without the preventionist's own lessons
/// (the lesson editor's vocabulary and originals).
pub fn builtin() -> Option<&'static Library> {
    BUILTIN.with(Cell::get)
}

/// The most complete library read so far with the preventionist's own lessons after the
/// built-in ones, or `None` before any (screens other than the library screen render only once
/// it is the full one: see [`Content::readiness`]). The app reads it once when a screen is
/// ready and gives it to the screen as [`Lessons`].
///
/// Screens hold `&'static` lessons, so each change of the custom lessons keeps one more copy
/// of the library for the page's lifetime; it is built when a screen next asks, which the
/// editor never does while typing (it reads [`builtin`]), so that is one copy per visit to
/// the editor, not per keystroke, and one per pause in another tab's saves while the library
/// screen is in view (`MyLessons::from_other_tab`).
pub fn library() -> Option<&'static Library> {
    let builtin = builtin()?;
    if let Some(merged) = MERGED.with(Cell::get) {
        return Some(merged);
    }
    let merged = CUSTOM.with_borrow(|custom| {
        if custom.lessons().next().is_none() {
            builtin
        } else {
            Box::leak(Box::new(custom.with_builtin(builtin)))
        }
    });
    MERGED.with(|m| m.set(Some(merged)));
    Some(merged)
}

/// Where lesson `id` came from when it is not built in: "Your lessons" or a pack's name.
pub fn origin(id: &str, lang: Lang) -> Option<String> {
    CUSTOM.with_borrow(|custom| {
        custom.origin(id).map(|o| match o {
            Origin::Own => strings(lang).editor.your_lesson.to_string(),
            Origin::Pack(name) => shown(name, lang).to_string(),
        })
    })
}

/// Runs `f` on the custom lessons as last saved (for exports started anywhere).
pub fn with_custom<R>(f: impl FnOnce(&CustomLessons) -> R) -> R {
    CUSTOM.with_borrow(f)
}

/// Takes in the custom lessons as saved; the merged library is rebuilt when next asked for.
pub fn set_custom(custom: &CustomLessons) {
    CUSTOM.with_borrow_mut(|c| *c = custom.kept());
    MERGED.with(|m| m.set(None));
}

/// The library a screen shows, provided by the app's screen switch once it is read.
#[derive(Clone, Copy)]
pub struct Lessons(pub &'static Library);

/// The library from context (see [`Lessons`]).
pub fn use_library() -> &'static Library {
    expect_context::<Lessons>().0
}

fn keep(library: Library) -> &'static Library {
    let library: &'static Library = Box::leak(Box::new(library));
    BUILTIN.with(|l| l.set(Some(library)));
    MERGED.with(|m| m.set(None));
    library
}

/// The address of a pack named in `index.html` (`data-full`, `data-en`, `data-es`).
fn pack_url(key: &str) -> Option<String> {
    document()
        .query_selector("meta[name=\"lesson-packs\"]")
        .ok()
        .flatten()?
        .get_attribute(&format!("data-{key}"))
}

/// Fetches and reads one pack; the reason as text when it fails (for the console: the
/// screen shows the catalog's message).
async fn fetch_library(key: &str) -> Result<Library, String> {
    let url = pack_url(key).ok_or_else(|| format!("index.html names no {key} lesson pack"))?;
    let response: web_sys::Response = JsFuture::from(window().fetch_with_str(&url))
        .await
        .map_err(|e| format!("{url}: {e:?}"))?
        .dyn_into()
        .map_err(|_| format!("{url}: not a response"))?;
    if !response.ok() {
        return Err(format!("{url}: HTTP {}", response.status()));
    }
    let text = JsFuture::from(response.text().map_err(|e| format!("{url}: {e:?}"))?)
        .await
        .map_err(|e| format!("{url}: {e:?}"))?
        .as_string()
        .unwrap_or_default();
    Library::from_pack_json(&text).map_err(|e| format!("{url}: {e}"))
}

/// Marks how far the library has been read on `<html data-lessons>` ("index", "full",
/// "failed"), for the end-to-end tests.
fn mark(state: &str) {
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("data-lessons", state);
    }
}

fn log(message: &str) {
    web_sys::console::warn_1(&message.into());
}

impl Content {
    /// Nothing read yet (created before the app mounts, so it lives for the page).
    pub fn new() -> Content {
        Content {
            loaded: RwSignal::new(Loaded::Nothing),
            failed: RwSignal::new(false),
        }
    }

    /// Reads the index pack in `lang`: what the library screen needs. A failure is only
    /// logged; the full pack, read next, has the same lessons.
    pub async fn load_index(self, lang: Lang) {
        match fetch_library(lang.code()).await {
            Ok(index) => {
                keep(index);
                self.loaded.set(Loaded::Index(lang));
                mark("index");
            }
            Err(e) => log(&e),
        }
    }

    /// Reads the full pack; when it fails, screens say so (see [`Content::readiness`]).
    pub async fn load_full(self) {
        match fetch_library("full").await {
            Ok(full) => {
                keep(full);
                self.loaded.set(Loaded::Full);
                mark("full");
            }
            Err(e) => {
                log(&e);
                self.failed.set(true);
                mark("failed");
            }
        }
    }

    /// Whether a screen can show in `lang`: the library screen needs the index in that
    /// language (or the full pack), every other screen the full pack. A library screen drawn
    /// from the index stays as it is when the full pack arrives (the index holds all it shows),
    /// until the language changes: the index has only its own. `previous` is the last answer.
    pub fn readiness(
        self,
        library_screen: bool,
        lang: Lang,
        previous: Option<Readiness>,
    ) -> Readiness {
        let loaded = self.loaded.get();
        if library_screen {
            if loaded == Loaded::Index(lang) {
                return Readiness::Ready {
                    from_index: Some(lang),
                };
            }
            if loaded == Loaded::Full {
                if let Some(Readiness::Ready {
                    from_index: Some(l),
                }) = previous
                {
                    if l == lang {
                        return Readiness::Ready {
                            from_index: Some(l),
                        };
                    }
                }
            }
        }
        if loaded == Loaded::Full {
            // Moving between screens never changes a ready answer by itself: the screen switch
            // redraws for the new screen anyway, and a second answer would draw it twice.
            match previous {
                Some(ready @ Readiness::Ready { .. }) if !library_screen => ready,
                _ => Readiness::Ready { from_index: None },
            }
        } else if self.failed.get() {
            Readiness::Failed
        } else {
            Readiness::Loading
        }
    }
}

impl Default for Content {
    fn default() -> Content {
        Content::new()
    }
}
