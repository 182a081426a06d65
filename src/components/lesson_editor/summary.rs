//! The editor's bar (how many things are left, undo, redo, save as draft, finish) and the list
//! of what is left, each entry a button that takes the person to its field.

use super::text_pair::problem_id;
use super::Ed;
use crate::app::{navigate, use_announcer, use_lang};
use leptos::prelude::*;
use planner_domain::curriculum::fields::split_lang;
use planner_domain::i18n::editor::{field_name, problem_message};
use planner_domain::i18n::strings;
use planner_domain::route::Route;
use planner_domain::Lang;
use wasm_bindgen::JsCast;

/// The id of the list of what is left, which "Finish the lesson" opens and moves to.
const LIST_ID: &str = "editor-todo";

/// The sticky bar above the lesson: the count of what is left (always all of it), undo and
/// redo, and the buttons that leave.
#[component]
pub fn Bar() -> impl IntoView {
    let ed = expect_context::<Ed>();
    let lang = use_lang();
    let announcer = use_announcer();
    let t = move || strings(lang.get()).editor;
    let (my, id) = (ed.my, ed.id);
    let count = move || ed.problems.with(Vec::len);
    let finish = move |_| {
        let left = ed.problems.with_untracked(Vec::len);
        if left == 0 {
            navigate(&Route::Lesson(id.get_value()));
            return;
        }
        ed.attention.update(|a| a.tried_to_finish = true);
        // Open again if the person folded it since.
        if let Some(list) = document().get_element_by_id(LIST_ID) {
            let _ = list.set_attribute("open", "");
        }
        announcer.say((strings(lang.get_untracked()).editor.not_finished)(left));
        focus(&format!("{LIST_ID}-summary"));
    };
    view! {
        <div class="editor__bar">
            <p class="editor__status" data-testid="editor-status" data-problems=move || count().to_string()>
                {move || (t().todo)(count())}
            </p>
            <button type="button" class="button button--quiet" data-testid="lesson-undo"
                disabled=move || !my.can_undo(&id.read_value())
                on:click=move |_| my.undo(&id.read_value())>
                {move || strings(lang.get()).undo}
            </button>
            <button type="button" class="button button--quiet" data-testid="lesson-redo"
                disabled=move || !my.can_redo(&id.read_value())
                on:click=move |_| my.redo(&id.read_value())>
                {move || strings(lang.get()).redo}
            </button>
            <Show when=move || count() != 0>
                <button type="button" class="button button--quiet" data-testid="editor-done"
                    on:click=move |_| navigate(&Route::Lesson(id.get_value()))>
                    {move || t().save_draft}
                </button>
            </Show>
            <button type="button" class="button" data-testid="editor-finish" on:click=finish>
                {move || if count() == 0 { t().save_done } else { t().finish }}
            </button>
        </div>
    }
}

/// What is left to finish, folded until asked for (or until "Finish the lesson"): each
/// problem names its field and, chosen, moves the focus there and shows it beside the field.
#[component]
pub fn ProblemList() -> impl IntoView {
    let ed = expect_context::<Ed>();
    let lang = use_lang();
    // A memo: touching a field must not fold the list the person opened.
    let open = Memo::new(move |_| ed.attention.with(|a| a.tried_to_finish));
    let items = move || {
        let ui = lang.get();
        ed.problems.with(|ps| {
            ps.iter()
                .map(|p| {
                    let text = format!("{}: {}", field_name(&p.field, ui), problem_message(p, ui));
                    let field = p.field.clone();
                    view! {
                        <li>
                            <button type="button" class="link-button" data-testid="problem-link"
                                data-target=field.clone() on:click=move |_| go_to(ed, &field)>
                                {text}
                            </button>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <Show when=move || ed.problems.with(|ps| !ps.is_empty())>
            <details class="editor__todo" id=LIST_ID data-testid="editor-todo" prop:open=open>
                <summary id=format!("{LIST_ID}-summary")>{move || strings(lang.get()).editor.todo_list}</summary>
                <p class="hint">{move || strings(lang.get()).editor.todo_hint}</p>
                <ol>{items}</ol>
            </details>
        </Show>
    }
}

/// Shows the problems of `field` (a problem's path, with its language for a text) and moves
/// the focus to its input; for a list, to the list's own problems.
fn go_to(ed: Ed, field: &str) {
    let (path, lang) = split_lang(field);
    ed.touch(path, lang);
    // Once the problem is drawn beside the field: a list's problems are hidden while empty.
    let (path, lang) = (path.to_string(), lang);
    request_animation_frame(move || focus_field(&path, lang));
}

/// Moves the focus to the input of the field at `path` (its text in `lang`) and brings it into
/// view.
pub(super) fn focus_field(path: &str, lang: Option<Lang>) {
    let selector = match lang {
        Some(lang) => format!("[data-field=\"{path}\"][data-lang=\"{}\"]", lang.code()),
        None => format!("[data-field=\"{path}\"]"),
    };
    let found = document().query_selector(&selector).ok().flatten();
    match found {
        Some(el) => {
            // A group of checkboxes: its first box. Scrolled to with its label or legend.
            let input = match el.tag_name().as_str() {
                "FIELDSET" => el.query_selector("input").ok().flatten(),
                _ => None,
            };
            let whole = el.closest("label, fieldset").ok().flatten();
            focus_element(input.unwrap_or(el.clone()), whole.unwrap_or(el));
        }
        None => focus(&problem_id(path, None)),
    }
}

fn focus(id: &str) {
    if let Some(el) = document().get_element_by_id(id) {
        focus_element(el.clone(), el);
    }
}

/// Focuses `el` and brings `whole` (the field with its label) to the top of the view, below
/// the sticky bar (its `scroll-margin-top` in the style sheet).
fn focus_element(el: web_sys::Element, whole: web_sys::Element) {
    if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = el.focus_with_options(&options);
    }
    whole.scroll_into_view_with_bool(true);
}
