//! The shell's side of the second module (`crate::screens`, built by `scripts/postbuild.mjs`
//! and named in index.html's `<meta name="screens-module">`): [`LazyScreen`] fetches it the
//! first time one of its screens opens and mounts that screen in its place, and
//! [`listen_to_screens`] takes in what the module hands back.

use super::use_lang;
use crate::screens::forward::{ANNOUNCE, LESSONS_PROBLEM, PLANS_PROBLEM};
use crate::state::{Announcer, StorageHealth};
use crate::storage::Problem;
use leptos::prelude::*;
use planner_domain::i18n::strings;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen(inline_js = r#"
let loading;
export function load_screens(url, lang) {
  if (!loading) {
    loading = import(new URL(url, document.baseURI).href).then(async (m) => {
      await m.default();
      await m.prepare(lang);
      return m;
    });
    loading.catch(() => { loading = undefined; });
  }
  return loading;
}
"#)]
extern "C" {
    /// The second module, fetched, started and prepared once (tried again after a failure).
    fn load_screens(url: &str, lang: &str) -> js_sys::Promise;
}

/// The second module's address, from index.html.
fn module_url() -> Option<String> {
    document()
        .query_selector("meta[name=\"screens-module\"]")
        .ok()
        .flatten()?
        .get_attribute("content")
}

/// Calls method `name` of the JavaScript object `on`.
fn call(on: &JsValue, name: &str, args: &[JsValue]) -> Result<JsValue, JsValue> {
    let method: js_sys::Function = js_sys::Reflect::get(on, &name.into())?.dyn_into()?;
    method.apply(on, &args.iter().collect())
}

/// Starts the second module in the background on a visit the service worker serves (its
/// files come from the cache, not the network), so the first delivery or print screen opened
/// does not wait for it to compile and read the lessons. A first visit leaves it to the
/// service worker's precache rather than download it twice.
pub fn prefetch_when_cached(lang: planner_domain::Lang) {
    let controlled = js_sys::Reflect::get(&window().navigator(), &"serviceWorker".into())
        .and_then(|sw| js_sys::Reflect::get(&sw, &"controller".into()))
        .is_ok_and(|c| !c.is_null() && !c.is_undefined());
    if let (true, Some(url)) = (controlled, module_url()) {
        // A moment after the start, which has just finished, so the two do not contend.
        set_timeout(
            move || {
                let _ = load_screens(&url, lang.code());
            },
            std::time::Duration::from_secs(2),
        );
    }
}

/// A screen of the second module, mounted here once the module is ready; the module follows
/// the UI language without remounting, and the screen is unmounted when this goes.
#[component]
pub fn LazyScreen() -> impl IntoView {
    let lang = use_lang();
    let host = NodeRef::<leptos::html::Div>::new();
    let failed = RwSignal::new(false);
    let shown = RwSignal::new(false);
    let module = StoredValue::new_local(None::<JsValue>);
    let mounted = StoredValue::new_local(None::<JsValue>);
    let alive = StoredValue::new(true);
    let started = StoredValue::new(false);
    Effect::new(move |_| {
        let Some(el) = host.get() else {
            return;
        };
        let code = lang.get().code();
        if let Some(Some(m)) = module.try_get_value() {
            let _ = call(&m, "set_lang", &[code.into()]);
            return;
        }
        // Still loading: it mounts in the language of when it is ready.
        if started.get_value() {
            return;
        }
        started.set_value(true);
        let Some(url) = module_url() else {
            failed.set(true);
            return;
        };
        leptos::task::spawn_local(async move {
            let loaded = JsFuture::from(load_screens(&url, code)).await;
            if alive.try_get_value() != Some(true) {
                return;
            }
            let handle = loaded.and_then(|m| {
                let handle = call(
                    &m,
                    "mount",
                    &[el.into(), lang.get_untracked().code().into()],
                );
                module.set_value(Some(m));
                handle
            });
            match handle {
                Ok(handle) => {
                    mounted.set_value(Some(handle));
                    shown.set(true);
                }
                Err(e) => {
                    web_sys::console::warn_1(&e);
                    failed.set(true);
                }
            }
        });
    });
    on_cleanup(move || {
        alive.set_value(false);
        if let Some(Some(handle)) = mounted.try_update_value(Option::take) {
            let _ = call(&handle, "unmount", &[]);
            let _ = call(&handle, "free", &[]);
        }
    });
    view! {
        <Show when=move || !shown.get() && !failed.get()>
            <p class="notice" data-testid="screen-loading">
                {move || strings(lang.get()).lessons_loading}
            </p>
        </Show>
        <Show when=move || failed.get()>
            <p class="notice notice--error" role="alert" data-testid="screen-error">
                {move || strings(lang.get()).screen_error}
            </p>
        </Show>
        <div node_ref=host class="lazy-screen"></div>
    }
}

/// Takes in what the second module hands the shell: announcements for the live region and
/// its storage problems for the notice (`crate::screens::forward`).
pub fn listen_to_screens(announcer: Announcer, health: StorageHealth) {
    let detail = |ev: &web_sys::CustomEvent| ev.detail().as_string().unwrap_or_default();
    let _ = window_event_listener(
        leptos::ev::Custom::<web_sys::CustomEvent>::new(ANNOUNCE),
        move |ev| announcer.say(detail(&ev)),
    );
    for (signal, event) in [
        (health.problem, PLANS_PROBLEM),
        (health.lessons_problem, LESSONS_PROBLEM),
    ] {
        let _ = window_event_listener(
            leptos::ev::Custom::<web_sys::CustomEvent>::new(event),
            move |ev| signal.set(Problem::from_code(&detail(&ev))),
        );
    }
}
