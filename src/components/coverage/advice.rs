//! Language-guide advice next to a text the preventionist wrote.

use crate::app::use_lang;
use crate::content;
use leptos::prelude::*;
use planner_domain::curriculum::Library;
use planner_domain::i18n::strings;
use planner_domain::wording::Guide;
use std::cell::RefCell;
use std::rc::Rc;

/// Advice from the language guide for a text the preventionist wrote: each phrase found, what
/// to say instead and why. Shown next to the field; it never blocks typing or saving.
#[component]
pub fn LanguageAdvice(#[prop(into)] text: Signal<String>) -> impl IntoView {
    // The guide is the built-in library's; the screen's library (from context) carries it.
    let library = content::use_library();
    let lang = use_lang();
    let guide = StoredValue::new_local(shared_guide(library));
    let flags = Memo::new(move |_| text.with(|s| guide.with_value(|g| g.flags(s))));
    view! {
        <div class="language-advice" aria-live="polite">
            {move || {
                let lang = lang.get();
                let t = strings(lang);
                let flags = flags.get();
                (!flags.is_empty()).then(|| view! {
                    <div class="advice" data-testid="language-advice">
                        <p class="advice__intro">{t.advice_intro}</p>
                        <ul>
                            {flags.into_iter().map(|f| {
                                let entry = &library.packet.language_guide.entries[f.entry];
                                view! {
                                    <li data-phrase=f.phrase.clone()>
                                        <p class="advice__phrase">{(t.quote)(&f.phrase)}</p>
                                        <p><strong>{t.advice_instead}": "</strong>{entry.instead.get(lang).to_string()}</p>
                                        <p><strong>{t.advice_why}": "</strong>{entry.why.get(lang).to_string()}</p>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    </div>
                })
            }}
        </div>
    }
}

/// The language guide of `library`, prepared once for every field that shows advice (a plan of
/// 40 rows has 40 notes, a lesson dozens of texts), and again only when the screen's library
/// is another one.
fn shared_guide(library: &'static Library) -> Rc<Guide<'static>> {
    thread_local! {
        static GUIDE: RefCell<Option<(&'static Library, Rc<Guide<'static>>)>> =
            const { RefCell::new(None) };
    }
    GUIDE.with(|slot| {
        let mut slot = slot.borrow_mut();
        match &*slot {
            Some((of, guide)) if std::ptr::eq(*of, library) => guide.clone(),
            _ => {
                let guide = Rc::new(Guide::new(library));
                *slot = Some((library, guide.clone()));
                guide
            }
        }
    })
}
