//! One text of a lesson, English and Spanish side by side, with its problems and the
//! language guide's advice beside each language.

use super::{summary, Ed};
use crate::app::use_lang;
use crate::components::coverage::LanguageAdvice;
use crate::components::field::synced_value;
use leptos::prelude::*;
use planner_domain::curriculum::fields;
use planner_domain::i18n::editor::problem_message;
use planner_domain::i18n::{strings, Strings};
use planner_domain::Lang;

/// The problems shown for the field at `path` (in `lang`, for a text), with the one-click fix
/// of the lesson's length beside steps whose minutes do not add up.
#[component]
pub fn FieldProblems(path: String, lang: Option<Lang>) -> impl IntoView {
    let ed = expect_context::<Ed>();
    let ui = use_lang();
    let id = problem_id(&path, lang);
    let shown = Memo::new(move |_| {
        ed.shown.with(|ps| {
            fields::problems_at(ps, &path, lang)
                .map(|p| (problem_message(p, ui.get()), fields::minutes_fix(&p.issue)))
                .collect::<Vec<_>>()
        })
    });
    let fix = move |n: u16| {
        view! {
            <button type="button" class="button button--quiet" data-testid="fix-minutes"
                on:click=move |_| ed.edit(None, move |l| fields::set_number(l, "minutes", n))>
                {move || (strings(ui.get()).editor.set_minutes)(n)}
            </button>
        }
    };
    view! {
        <ul class="field-problems" id=id tabindex="-1" data-testid="field-problems">
            {move || shown.get().into_iter().map(|(m, n)| view! { <li>{m}" "{n.map(fix)}</li> }).collect_view()}
        </ul>
    }
}

/// The note beside the text at `path` in `lang` when an adapted copy changed its other
/// language and left this one as the original said, with a button to say it is still right.
#[component]
fn OneLanguageNote(path: StoredValue<String>, lang: Lang) -> impl IntoView {
    let ed = expect_context::<Ed>();
    let ui = use_lang();
    let left = move || {
        ed.one_language.with(|edits| {
            edits
                .iter()
                .any(|e| e.unchanged == lang && path.with_value(|p| *p == e.field))
        })
    };
    let confirm = move |_| {
        path.with_value(|p| {
            ed.confirm_unchanged(p, lang);
            summary::focus_field(p, Some(lang));
        });
    };
    move || {
        left().then(|| {
            let t = strings(ui.get()).editor;
            let (text, still_right) = match lang {
                Lang::En => (t.changed_es_only, t.en_still_right),
                Lang::Es => (t.changed_en_only, t.es_still_right),
            };
            view! {
                <p class="field-note" data-testid="one-language-edit">{format!("{} {text}", strings(ui.get()).warning_sign)}</p>
                <button type="button" class="button button--quiet" data-testid="one-language-checked"
                    on:click=confirm>{still_right}</button>
            }
            // Erased: its own rendering code for one conditional note would weigh more than it.
            .into_any()
        })
    }
}

/// The id of a field's problem list, for `aria-describedby`.
pub fn problem_id(path: &str, lang: Option<Lang>) -> String {
    let code = lang.map_or("", Lang::code);
    format!("problems-{}-{code}", path.replace(['[', ']', '.'], "-"))
}

/// The name of `lang` in the UI language ("Spanish", "español").
pub fn language_name(ui: Lang, lang: Lang) -> &'static str {
    let t = strings(ui).editor;
    match lang {
        Lang::En => t.english,
        Lang::Es => t.spanish,
    }
}

/// A catalog text naming a field or list; plain function pointers rather than closures or
/// signals, so each use adds no code to the wasm.
pub type Name = fn(&'static Strings) -> &'static str;

/// A field's label: a catalog text, numbered (`Some(n)`, from 1) for an entry of a list.
#[derive(Clone, Copy)]
pub struct Label(pub Name, pub Option<usize>);

impl Label {
    pub fn text(self, lang: Lang) -> String {
        let s = strings(lang);
        match self.1 {
            Some(n) => (s.editor.entry)(self.0(s), n),
            None => self.0(s).to_string(),
        }
    }
}

/// The text at `path` in both languages; `long` makes each a text area.
#[component]
pub fn TextPair(path: String, label: Label, long: bool) -> impl IntoView {
    let ed = expect_context::<Ed>();
    let ui = use_lang();
    let path = StoredValue::new(path);
    let column = move |lang: Lang| {
        let value = Memo::new(move |_| {
            ed.read(|l| fields::text(l, &path.read_value()).map(|t| t.get(lang).to_string()))
                .flatten()
                .unwrap_or_default()
        });
        let on_input = move |ev| {
            let text = event_target_value(&ev);
            let p = path.get_value();
            ed.edit(Some(&p.clone()), move |l| {
                if let Some(t) = fields::text_mut(l, &p) {
                    *t.get_mut(lang) = text;
                }
            });
        };
        let described = problem_id(&path.read_value(), Some(lang));
        let invalid = move || {
            ed.shown.with(|ps| {
                fields::problems_at(ps, &path.read_value(), Some(lang))
                    .next()
                    .is_some()
            })
        };
        let input = if long {
            view! {
                <textarea rows="4" lang=lang.code() aria-describedby=described aria-invalid=move || invalid().to_string()
                    data-field=path.get_value() data-lang=lang.code()
                    use:synced_value=Signal::from(value) on:input=on_input></textarea>
            }
            .into_any()
        } else {
            view! {
                <input type="text" lang=lang.code() aria-describedby=described aria-invalid=move || invalid().to_string()
                    data-field=path.get_value() data-lang=lang.code()
                    use:synced_value=Signal::from(value) on:input=on_input/>
            }
            .into_any()
        };
        view! {
            <div class="pair__lang">
                <label class="field">
                    <span>{move || format!("{} ({})", label.text(ui.get()), language_name(ui.get(), lang))}</span>
                    {input}
                </label>
                <FieldProblems path=path.get_value() lang=Some(lang)/>
                <OneLanguageNote path lang/>
                <LanguageAdvice text=value/>
            </div>
        }
    };
    view! { <div class="pair">{Lang::ALL.map(column).collect_view()}</div> }
}
