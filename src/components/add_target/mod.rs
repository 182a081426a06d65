//! Where "Add to plan" puts a lesson: which plan (or a new one) and after which of its
//! lessons, shown above the library's results; and the Add button of a lesson, which says
//! when the lesson is in that plan already and asks before adding it a second time.

mod button;

pub use button::AddButton;

use crate::app::{use_lang, use_plans};
use crate::content::use_library;
use crate::state::{Announcer, Plans};
use leptos::prelude::*;
use planner_domain::curriculum::Lesson;
use planner_domain::i18n::strings;
use planner_domain::Lang;

/// The value of the "new plan" choice (plan ids are never empty).
const NEW_PLAN: &str = "";

/// The plan and the place new lessons go, above the library's results.
#[component]
pub fn AddTarget() -> impl IntoView {
    let lang = use_lang();
    let plans = use_plans();
    let t = move || strings(lang.get());
    let library = use_library();
    // The target plan's lessons, titled, for the "where" choice.
    let items = Memo::new(move |_| {
        let target = plans.valid_target();
        plans.list.with(|ps| {
            ps.iter()
                .find(|p| Some(&p.id) == target.as_ref())
                .map(|p| {
                    p.items
                        .iter()
                        .map(|it| {
                            library
                                .lesson(&it.lesson)
                                .map_or(it.lesson.clone(), |l| l.title.get(lang.get()).to_string())
                        })
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    view! {
        <div class="add-target" data-testid="add-target-bar">
            <label class="field field--inline">
                <span>{move || t().adding_to}</span>
                <select data-testid="add-target" on:change=move |ev| {
                    let v = event_target_value(&ev);
                    plans.target.set((v != NEW_PLAN).then_some(v));
                    plans.insert_after.set(None);
                }>
                    {move || {
                        let target = plans.valid_target();
                        let mut options = plans.list.with(|ps| {
                            ps.iter()
                                .map(|p| {
                                    let selected = target.as_deref() == Some(p.id.as_str());
                                    view! { <option value=p.id.clone() selected=selected>{p.name.clone()}</option> }
                                })
                                .collect::<Vec<_>>()
                        });
                        options.push(view! {
                            <option value=NEW_PLAN selected=target.is_none()>{t().new_plan_option}</option>
                        });
                        options
                    }}
                </select>
            </label>
            <Show when=move || items.with(|i| !i.is_empty())>
                <label class="field field--inline">
                    <span class="visually-hidden">{move || t().adding_to}</span>
                    <select data-testid="add-where" on:change=move |ev| {
                        plans.insert_after.set(event_target_value(&ev).parse::<usize>().ok());
                    }>
                        {move || {
                            let after = plans.insert_after.get();
                            let mut options: Vec<_> = items
                                .get()
                                .into_iter()
                                .enumerate()
                                .map(|(i, title)| view! {
                                    <option value=i.to_string() selected=after == Some(i)>{(t().adding_after)(i + 1, &title)}</option>
                                })
                                .collect();
                            options.push(view! {
                                <option value="end" selected=after.is_none()>{t().adding_at_end}</option>
                            });
                            options
                        }}
                    </select>
                </label>
            </Show>
        </div>
    }
}

/// Adds a lesson to the target plan (creating one if there is none) where the preventionist
/// chose, and says so; the next lesson added goes after it. A click before the stored plans
/// are read (just after the library shows) waits for them.
pub fn add_lesson(plans: Plans, announcer: Announcer, lesson: &'static Lesson, lang: Lang) {
    if !plans.is_read() {
        leptos::task::spawn_local(async move {
            if plans.read().await {
                add_lesson(plans, announcer, lesson, lang);
            }
        });
        return;
    }
    let t = strings(lang);
    let id = plans
        .valid_target()
        .unwrap_or_else(|| plans.create(t.default_plan_name.to_string()));
    let after = plans.insert_after.get_untracked();
    let mut at = 0;
    plans.edit_elsewhere(&id, |plan| at = plan.insert_after(after, &lesson.id));
    if after.is_some() {
        plans.insert_after.set(Some(at));
    }
    let name = plans.name_of(&id);
    announcer.say((t.added_as)(lesson.title.get(lang), &name, at + 1));
}
