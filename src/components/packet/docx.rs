//! The Word copy: the pages go to the Word worker (`docx-worker/`, its own wasm module, started
//! on the first click, so the app's first load never carries the .docx writer) and come back
//! as a file to download.

use crate::app::{use_announcer, use_lang};
use crate::content::use_library;
use crate::state::Announcer;
use leptos::prelude::*;
use planner_domain::i18n::packet_strings;
use planner_domain::packet::{lesson_pages, DocxRequest, Page};
use planner_domain::plan::Plan;
use planner_domain::Lesson;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};

const MIME: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/// Where a Word file is: not asked for, being written, or failed.
#[derive(Clone, Copy, PartialEq)]
enum State {
    Idle,
    Working,
    Failed,
}

/// A file name from a title: letters, digits and dashes.
fn file_name(title: &str) -> String {
    let base: String = title
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect();
    let base = base.trim_matches('-');
    format!("{}.docx", if base.is_empty() { "packet" } else { base })
}

/// Starts a worker for one file: sends the request once it is ready, downloads the answer.
fn write(title: String, pages: Vec<Page>, state: RwSignal<State>, announcer: Announcer) {
    let request = DocxRequest {
        title: title.clone(),
        pages,
    }
    .to_json();
    let Ok(worker) = web_sys::Worker::new("./docx-worker_loader.js") else {
        state.set(State::Failed);
        return;
    };
    state.set(State::Working);
    let me = worker.clone();
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
            let data = ev.data();
            if data.as_string().as_deref() == Some("ready") {
                let _ = me.post_message(&JsValue::from_str(&request));
                return;
            }
            match data.dyn_into::<js_sys::Uint8Array>() {
                Ok(bytes) => {
                    announcer.download_parts(&file_name(&title), &js_sys::Array::of1(&bytes), MIME);
                    state.set(State::Idle);
                }
                Err(_) => state.set(State::Failed),
            }
            me.terminate();
        });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    let on_error = Closure::<dyn FnMut(JsValue)>::new(move |_| state.set(State::Failed));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    on_message.forget();
    on_error.forget();
}

#[component]
fn DocxButton(
    label: fn(&'static planner_domain::i18n::print::PrintStrings) -> &'static str,
    make: impl Fn() -> Option<(String, Vec<Page>)> + 'static,
) -> impl IntoView {
    let lang = use_lang();
    let announcer = use_announcer();
    let p = move || packet_strings(lang.get()).print;
    let state = RwSignal::new(State::Idle);
    view! {
        <p class="docx">
            <button type="button" class="button button--secondary" data-testid="docx"
                disabled=move || state.get() == State::Working
                on:click=move |_| {
                    if let Some((title, pages)) = make() {
                        write(title, pages, state, announcer);
                    }
                }>
                {move || label(p())}
            </button>
            <span class="hint" role="status">
                {move || match state.get() {
                    State::Idle => "",
                    State::Working => p().docx_preparing,
                    State::Failed => p().docx_failed,
                }}
            </span>
        </p>
    }
}

/// The print view's Word copy: the pages the preview shows.
#[component]
pub fn PacketDocx(pages: Memo<Vec<Page>>, plan: Memo<Option<Plan>>) -> impl IntoView {
    let make = move || {
        let title = plan.with_untracked(|p| p.as_ref().map(|p| p.name.clone()))?;
        Some((title, pages.get_untracked()))
    };
    view! { <DocxButton label=|p| p.download_docx make/> }
}

/// A lesson's Word copy: its lesson plan and handouts in the UI language.
#[component]
pub fn LessonDocx(lesson: &'static Lesson) -> impl IntoView {
    let lang = use_lang();
    let library = use_library();
    let make = move || {
        let lang = lang.get_untracked();
        Some((
            lesson.title.get(lang).to_string(),
            lesson_pages(lesson, library, lang),
        ))
    };
    view! { <DocxButton label=|p| p.lesson_docx make/> }
}
