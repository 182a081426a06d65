//! The second WebAssembly module's entry points: the screens a first visit does not use
//! (`prevention_planner::screens`), loaded by the shell when one opens (`app::lazy`).

#[cfg(target_arch = "wasm32")]
mod entry {
    use planner_domain::Lang;
    use wasm_bindgen::prelude::*;

    fn lang(code: &str) -> Lang {
        Lang::from_code(code).unwrap_or_default()
    }

    /// Reads the plans, the preventionist's lessons and the library, once.
    #[wasm_bindgen]
    pub async fn prepare(lang_code: String) {
        prevention_planner::screens::prepare(lang(&lang_code)).await;
    }

    /// Follows a change of the UI language on the screens mounted now and later.
    #[wasm_bindgen]
    pub fn set_lang(lang_code: String) {
        prevention_planner::screens::set_lang(lang(&lang_code));
    }

    /// A mounted screen; `unmount` takes it off the page.
    #[wasm_bindgen]
    pub struct Mounted(Option<Box<dyn std::any::Any>>);

    #[wasm_bindgen]
    impl Mounted {
        pub fn unmount(&mut self) {
            self.0 = None;
        }
    }

    /// Mounts the screen of the URL's route into `host`, in the language `lang_code`.
    #[wasm_bindgen]
    pub fn mount(host: web_sys::HtmlElement, lang_code: String) -> Mounted {
        Mounted(prevention_planner::screens::mount(host, lang(&lang_code)))
    }
}

fn main() {}
