//! Text fields bound to the model.

use leptos::prelude::*;
use wasm_bindgen::JsValue;

/// `use:synced_value=signal` on a text `<input>` or `<textarea>`: puts the model's value in the
/// field, and later changes of it (undo, another tab), but never writes back the value the field
/// already shows. A reactive `prop:value` writes on every keystroke, and that write ends the
/// browser's own grouping of typing, so Ctrl+Z inside the field would take back one letter
/// instead of the whole edit.
pub fn synced_value(el: web_sys::Element, value: Signal<String>) {
    let key = JsValue::from_str("value");
    Effect::new(move |_| {
        let want = value.get();
        let shown = js_sys::Reflect::get(&el, &key)
            .ok()
            .and_then(|v| v.as_string());
        if shown.as_deref() != Some(want.as_str()) {
            let _ = js_sys::Reflect::set(&el, &key, &JsValue::from_str(&want));
        }
    });
}
