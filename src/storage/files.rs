//! Files in and out: the file an import picked, and downloads.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Reads the file a file input's change event picked, as every import (plans, lesson packs,
/// backups) does: `check` sees its name and size first and refuses it unread; `done` gets
/// its text, or `not_text` when the browser cannot read it as text.
pub fn read_picked<E: 'static>(
    ev: &leptos::ev::Event,
    check: impl FnOnce(&str, usize) -> Result<(), E>,
    not_text: E,
    done: impl FnOnce(Result<String, E>) + 'static,
) {
    let Some(file) = picked_file(ev) else {
        return;
    };
    if let Err(e) = check(&file.name(), file.size() as usize) {
        done(Err(e));
        return;
    }
    leptos::task::spawn_local(async move {
        done(file_text(file).await.ok_or(not_text));
    });
}

/// The file chosen in a file input's change event, the input cleared so that choosing the
/// same file again fires another change.
fn picked_file(ev: &leptos::ev::Event) -> Option<web_sys::File> {
    let input = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())?;
    let file = input.files().and_then(|f| f.get(0))?;
    input.set_value("");
    Some(file)
}

/// A chosen file's text, or `None` when the browser cannot read it as text.
async fn file_text(file: web_sys::File) -> Option<String> {
    JsFuture::from(file.text())
        .await
        .ok()
        .and_then(|v| v.as_string())
}

/// Offers `parts` (texts or byte arrays, such as a Word file) as a file download; whether
/// the browser took it. Screens download through `Announcer::download`, which says so.
pub fn download_parts(file_name: &str, parts: &js_sys::Array, mime: &str) -> bool {
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_u8_array_sequence_and_options(parts, &options) else {
        return false;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return false;
    };
    let mut offered = false;
    if let Ok(a) = document().create_element("a") {
        if let Ok(a) = a.dyn_into::<web_sys::HtmlAnchorElement>() {
            a.set_href(&url);
            a.set_download(file_name);
            let _ = document().body().map(|b| b.append_child(&a));
            a.click();
            a.remove();
            offered = true;
        }
    }
    // Revoke later: revoking at once can cancel the download in some browsers.
    set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(30),
    );
    offered
}
