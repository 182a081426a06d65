//! Which field an event in the editor touched, read from the page: every input carries its
//! field's path (`data-field`, with `data-lang` for a text) and every list its own
//! (`data-list`), so one listener on the editor serves every field.

use super::Ed;
use planner_domain::Lang;
use wasm_bindgen::JsCast;

/// Notes the field an input, change or leaving event came from (the closest `data-field`,
/// with its `data-lang`), or the list an Add or Remove button belongs to (`data-list`).
pub fn touched_by(ed: Ed, ev: &web_sys::Event, list_buttons: bool) {
    let Some(el) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return;
    };
    let closest = |selector: &str| el.closest(selector).ok().flatten();
    if list_buttons {
        if let Some(list) = closest("[data-testid=add-item], [data-testid=remove-item]")
            .and_then(|b| b.closest("[data-list]").ok().flatten())
            .and_then(|l| l.get_attribute("data-list"))
        {
            ed.touch(&list, None);
        }
        return;
    }
    if let Some(field) = closest("[data-field]") {
        let lang = field
            .get_attribute("data-lang")
            .and_then(|c| Lang::from_code(&c));
        if let Some(path) = field.get_attribute("data-field") {
            ed.touch(&path, lang);
        }
    }
}
