//! The app shell: language state, header and the library.

use crate::components::{header::Header, library::LibraryView};
use crate::storage;
use leptos::prelude::*;
use planner_domain::Lang;

/// The UI language, shared through context so every component reads the same signal.
#[derive(Clone, Copy)]
pub struct UiLang(pub RwSignal<Lang>);

/// The current UI language from context.
pub fn use_lang() -> RwSignal<Lang> {
    expect_context::<UiLang>().0
}

#[component]
pub fn App() -> impl IntoView {
    let initial = storage::load_lang()
        .or_else(storage::browser_lang)
        .unwrap_or_default();
    let lang = RwSignal::new(initial);
    provide_context(UiLang(lang));

    Effect::new(move || {
        let lang = lang.get();
        storage::save_lang(lang);
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", lang.code());
        }
        document().set_title(planner_domain::i18n::strings(lang).app_name);
    });

    view! {
        <Header/>
        <main id="main" class="main">
            <LibraryView/>
        </main>
    }
}
