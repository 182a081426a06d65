//! The lesson page's buttons for copying, editing and deleting a lesson.

use crate::app::{navigate, use_announcer, use_lang, use_my_lessons, use_plans};
use crate::content;
use leptos::prelude::*;
use planner_domain::curriculum::custom::{adapted_copy, plans_using};
use planner_domain::curriculum::Lesson;
use planner_domain::i18n::strings;
use planner_domain::route::Route;
use planner_domain::Lang;

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
