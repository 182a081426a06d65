//! The Word worker: answers each message (a [`DocxRequest`] as JSON) with the .docx file's bytes,
//! or with a text saying what went wrong. It says "ready" once it listens.

use planner_domain::packet::{docx::to_docx, DocxRequest};

/// The file for a request, or why there is none.
fn answer(json: &str) -> Result<Vec<u8>, String> {
    let request: DocxRequest = serde_json::from_str(json).map_err(|e| e.to_string())?;
    to_docx(&request.pages, &request.title)
}

#[cfg(target_arch = "wasm32")]
fn main() {
    use wasm_bindgen::{closure::Closure, JsCast, JsValue};
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply = scope.clone();
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |ev: MessageEvent| {
        let result = match ev.data().as_string() {
            Some(json) => answer(&json),
            None => Err("expected the pages as JSON text".to_string()),
        };
        let _ = match result {
            Ok(bytes) => reply.post_message(&js_sys::Uint8Array::from(bytes.as_slice())),
            Err(e) => reply.post_message(&JsValue::from_str(&format!("error: {e}"))),
        };
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    let _ = scope.post_message(&JsValue::from_str("ready"));
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    // Native builds only check that the crate compiles; the worker runs in the browser.
    let _ = answer;
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_bad_request_is_an_error_not_a_panic() {
        assert!(super::answer("{").is_err());
        assert!(super::answer(r#"{"title":"T","pages":[]}"#).is_ok());
    }
}
