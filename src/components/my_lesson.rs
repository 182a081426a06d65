//! What the library and the lesson page show and offer for the preventionist's own lessons:
//! the marks ("Your lesson" or the pack's name, draft, a missing language, what it was adapted
//! from) and the actions (write a new lesson, adapt a copy, edit, delete).

use crate::app::{navigate, use_announcer, use_lang, use_my_lessons, use_plans};
use crate::content;
use crate::my_lessons::MyLessons;
use leptos::prelude::*;
use planner_domain::curriculum::custom::{adapted_copy, blank_lesson, plans_using};
use planner_domain::curriculum::Lesson;
use planner_domain::i18n::strings;
use planner_domain::route::Route;
use planner_domain::Lang;

/// The marks of a lesson that is not built in (nothing for built-in lessons).
#[component]
pub fn LessonMarks(lesson: &'static Lesson, lang: Lang) -> impl IntoView {
    let t = strings(lang).editor;
    content::origin(&lesson.id, lang).map(|origin| {
        let missing = lesson.missing_language().map(|l| match l {
            Lang::En => t.no_english,
            Lang::Es => t.no_spanish,
        });
        let original = lesson.adapted_from.as_deref().map(|id| {
            let title = content::library()
                .and_then(|lib| lib.lesson(id))
                .map_or(id.to_string(), |l| l.title_in(lang));
            (t.adapted_from)(&title)
        });
        view! {
            <p class="lesson-marks">
                <span class="tag tag--mine" data-testid="lesson-origin">{origin}</span>
                {lesson.draft.then(|| view! { <span class="tag" data-testid="lesson-draft">{t.draft}</span> })}
                {missing.map(|m| view! { <span class="tag" data-testid="lesson-missing-lang">{m}</span> })}
                {original.map(|o| view! { <span class="lesson-marks__from">{o}</span> })}
            </p>
        }
    })
}

/// Starts a new lesson and opens it in the editor.
pub fn new_lesson(my: MyLessons, lang: Lang) {
    let Some(builtin) = content::builtin() else {
        return;
    };
    let id = my
        .all
        .with_untracked(|a| a.fresh_id(strings(lang).editor.untitled, builtin));
    my.create(blank_lesson(id.clone()));
    navigate(&Route::Edit(id));
}

/// "Adapt a copy", and for the preventionist's own lessons "Edit" and "Delete" (which asks
/// first, naming the plans that use the lesson).
#[component]
pub fn LessonActions(lesson: &'static Lesson) -> impl IntoView {
    let lang = use_lang();
    let my = use_my_lessons();
    let plans = use_plans();
    let announcer = use_announcer();
    let t = move || strings(lang.get()).editor;
    let own = content::origin(&lesson.id, Lang::En).is_some();
    let asking = RwSignal::new(false);
    let adapt = move |_| {
        let Some(builtin) = content::builtin() else {
            return;
        };
        let id = my.all.with_untracked(|a| a.fresh_id(&lesson.id, builtin));
        my.create(adapted_copy(lesson, id.clone()));
        navigate(&Route::Edit(id));
    };
    let question = move || {
        let used: Vec<String> = plans.list.with(|ps| {
            plans_using(ps, &lesson.id)
                .iter()
                .map(|p| p.name.clone())
                .collect()
        });
        if used.is_empty() {
            t().delete_ask.to_string()
        } else {
            (t().delete_ask_used)(&used.join(", "))
        }
    };
    let delete = move |_| {
        let title = lesson
            .title
            .get(lesson.text_lang(lang.get_untracked()))
            .to_string();
        my.delete(&lesson.id);
        announcer.say((strings(lang.get_untracked()).editor.deleted)(&title));
        navigate(&Route::Library(String::new()));
    };
    view! {
        <div class="lesson-actions">
            <button type="button" class="button button--quiet" data-testid="adapt-copy" on:click=adapt>{move || t().adapt_copy}</button>
            {own.then(|| view! {
                <a class="button button--quiet" data-testid="edit-lesson" href=Route::Edit(lesson.id.clone()).to_hash()>{move || t().edit}</a>
                <button type="button" class="button button--quiet" data-testid="delete-lesson" on:click=move |_| asking.set(true)>{move || t().delete}</button>
                <Show when=move || asking.get()>
                    <div class="notice notice--warning" role="alert" data-testid="delete-confirm">
                        <p>{question}</p>
                        <button type="button" class="button" data-testid="delete-yes" on:click=delete>{move || t().delete_confirm}</button>
                        <button type="button" class="button button--quiet" on:click=move |_| asking.set(false)>{move || t().cancel}</button>
                    </div>
                </Show>
            })}
        </div>
    }
}

/// In a plan's row: "Use your adapted copy" for each copy adapted from the row's lesson, which
/// swaps it in, in place.
#[component]
pub fn SwapForCopy(
    plan_id: StoredValue<String>,
    /// The row's [`planner_domain::plan::PlanItem::id`].
    item_id: u32,
    lesson_id: Memo<Option<String>>,
) -> impl IntoView {
    let my = use_my_lessons();
    let plans = use_plans();
    let announcer = use_announcer();
    let lang = use_lang();
    move || {
        let id = lesson_id.get()?;
        let lang = lang.get();
        let t = strings(lang).editor;
        let copies: Vec<(String, String)> = my.all.with(|a| {
            a.adapted_copies(&id)
                .map(|l| (l.id.clone(), l.title_in(lang)))
                .collect()
        });
        (!copies.is_empty()).then(|| {
            copies
                .into_iter()
                .map(|(copy, title)| {
                    let label = (t.use_copy)(&title);
                    view! {
                        <button type="button" class="button button--quiet" data-testid="use-copy" on:click=move |_| {
                            plans.edit(&plan_id.get_value(), None, |p| {
                                if let Some(i) = p.position_of(item_id) {
                                    p.swap_lesson(i, &copy);
                                }
                            });
                            announcer.say((t.swapped)(&title));
                        }>{label}</button>
                    }
                })
                .collect_view()
        })
    }
}
