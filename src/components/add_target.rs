//! Where "Add to plan" puts a lesson: which plan (or a new one) and after which of its
//! lessons, shown above the library's results; and the Add button of a lesson, which says
//! when the lesson is in that plan already and asks before adding it a second time.

use crate::app::{use_announcer, use_lang, use_plans};
use crate::content::use_library;
use crate::state::{Announcer, Plans};
use leptos::prelude::*;
use planner_domain::curriculum::Lesson;
use planner_domain::i18n::strings;
use planner_domain::route::Route;
use planner_domain::Lang;

/// The value of the "new plan" choice (plan ids are never empty).
const NEW_PLAN: &str = "";

/// The plan and the place new lessons go, above the library's results.
#[component]
pub fn AddTarget() -> impl IntoView {
    let lang = use_lang();
    let plans = use_plans();
    let t = move || strings(lang.get()).daily;
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
/// chose, and says so; the next lesson added goes after it.
pub fn add_lesson(plans: Plans, announcer: Announcer, lesson: &Lesson, lang: Lang) {
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
    announcer.say((t.daily.added_as)(lesson.title.get(lang), &name, at + 1));
}

/// "Add to plan" for one lesson, with where it already is in the target plan.
#[component]
pub fn AddButton(lesson: &'static Lesson) -> impl IntoView {
    let lang = use_lang();
    let plans = use_plans();
    let announcer = use_announcer();
    let asking = RwSignal::new(false);
    let placed = Memo::new(move |_| {
        let target = plans.valid_target()?;
        plans.list.with(|ps| {
            let plan = ps.iter().find(|p| p.id == target)?;
            Some((
                plan.id.clone(),
                plan.name.clone(),
                plan.position_of_lesson(&lesson.id)? + 1,
            ))
        })
    });
    let add = move || {
        asking.set(false);
        add_lesson(plans, announcer, lesson, lang.get_untracked());
    };
    let again = NodeRef::<leptos::html::Button>::new();
    // The question replaces the button: the focus goes to its answer, not to the page.
    Effect::new(move |_| {
        if let Some(button) = again.get() {
            let _ = button.focus();
        }
    });
    let t = move || strings(lang.get());
    let title = move || lesson.title.get(lang.get());
    view! {
        // A link to the plan: the way to it after adding lessons.
        {move || placed.get().map(|(id, plan, n)| view! {
            <p class="in-plan"><a data-testid="in-plan" href=Route::Plan(id).to_hash()>{move || (t().daily.in_plan)(&plan, n)}</a></p>
        })}
        <Show when=move || asking.get() && placed.with(Option::is_some)
            fallback=move || view! {
                <button type="button" class="button" data-testid="add-to-plan"
                    on:click=move |_| if placed.with_untracked(Option::is_some) { asking.set(true) } else { add() }>
                    {move || t().add_to_plan}
                    <span class="visually-hidden">{move || format!(": {}", title())}</span>
                </button>
            }>
            <div class="confirm" role="group" data-testid="add-again-confirm">
                <p>{move || placed.get().map(|(_, plan, n)| (t().daily.already_in_plan)(title(), &plan, n))}</p>
                <button type="button" class="button" data-testid="add-again" node_ref=again
                    on:click=move |_| add()>{move || t().daily.add_again}</button>
                " "
                <button type="button" class="button button--quiet" data-testid="add-again-cancel"
                    on:click=move |_| asking.set(false)>{move || t().daily.cancel}</button>
            </div>
        </Show>
    }
}
