//! The running headers on paper: the domain writes one named `@page` rule per header
//! (`packet::running_css`); this adopts them as a constructed stylesheet while the print view
//! is open (no `<style>` element or inline style, so the Content-Security-Policy stays strict).

use leptos::prelude::*;

/// Keeps the document's adopted stylesheet in step with `css`, and removes it on leaving.
pub fn adopt(css: Signal<String>) {
    let Ok(sheet) = web_sys::CssStyleSheet::new() else {
        return;
    };
    document().set_adopted_style_sheets(&js_sys::Array::of1(&sheet));
    let sheet = StoredValue::new_local(sheet);
    Effect::new(move |_| {
        let css = css.get();
        sheet.with_value(|s| {
            let _ = s.replace_sync(&css);
        });
    });
    on_cleanup(move || {
        document().set_adopted_style_sheets(&js_sys::Array::new());
    });
}
