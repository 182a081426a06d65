//! Keyboard undo and redo on the plan screens and in the lesson editor.

use crate::my_lessons::MyLessons;
use crate::state::Plans;
use leptos::prelude::*;
use planner_domain::route::Route;
use wasm_bindgen::JsCast;

/// Ctrl+Z / Ctrl+Shift+Z (or Ctrl+Y) undo and redo plan edits on the plan screens. Inside a
/// text field the browser's own text undo runs instead (and flows into the plan as typing).
pub fn undo_shortcuts(route: RwSignal<Route>, plans: Plans, my_lessons: MyLessons) {
    let _ = window_event_listener(leptos::ev::keydown, move |ev| {
        if !(ev.ctrl_key() || ev.meta_key()) || ev.alt_key() {
            return;
        }
        let route = route.get_untracked();
        if !matches!(route, Route::Plan(_) | Route::Plans | Route::Edit(_)) {
            return;
        }
        let in_text_field = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|el| {
                matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                    || el.has_attribute("contenteditable")
            });
        if in_text_field {
            return;
        }
        let key = ev.key().to_lowercase();
        let redo = key == "z" && ev.shift_key() || key == "y";
        if !(redo || key == "z") {
            return;
        }
        ev.prevent_default();
        match route {
            // In a plan: that plan's own history.
            Route::Plan(id) if redo => plans.redo(&id),
            Route::Plan(id) => plans.undo(&id),
            // In the lesson editor: that lesson's own history.
            Route::Edit(id) if redo => my_lessons.redo(&id),
            Route::Edit(id) => my_lessons.undo(&id),
            // In the plans list: the newest notice's Undo or Redo, whichever it offers.
            _ => {
                let offered = plans
                    .list_changes
                    .with_untracked(|l| l.first().map(|c| c.undone));
                if offered == Some(redo) {
                    plans.toggle_list_change(0);
                }
            }
        }
    });
}
