//! The program lead's review of a plan (their own or one imported): it opens on coverage and
//! checks, then what was changed in the lessons and the schedule, with review comments; the
//! edit form is one link away, not in the way.

mod adapted;

use crate::app::{use_lang, use_plans};
use crate::components::comments::ReviewComments;
use crate::components::coverage::CoverageCard;
use crate::components::delivery::schedules::SectionSchedules;
use crate::components::share::PlanTransfer;
use crate::content::use_library;
use leptos::prelude::*;
use planner_domain::i18n::{daily_strings, plan_strings, strings};
use planner_domain::plan::Plan;
use planner_domain::review::adaptations;
use planner_domain::route::Route;

#[component]
pub fn ReviewView(id: String) -> impl IntoView {
    let plans = use_plans();
    let lang = use_lang();
    let plan_id = id.clone();
    let plan = Memo::new(move |_| {
        plans
            .list
            .with(|ps| ps.iter().find(|p| p.id == plan_id).cloned())
    });
    let name = move || plan.with(|p| p.as_ref().map(|p| p.name.clone()).unwrap_or_default());
    let id = StoredValue::new(id);
    view! {
        <Show when=move || plan.with(Option::is_some)
            fallback=move || view! { <p class="notice" role="alert">{move || plan_strings(lang.get()).no_plans}</p> }>
            <section class="review" aria-labelledby="review-heading" data-testid="review">
                <div class="toolbar">
                    <h2 id="review-heading">{move || (daily_strings(lang.get()).review_heading)(&name())}</h2>
                    <div class="toolbar__actions">
                        <a class="button" data-testid="open-editor" href=move || Route::Plan(id.get_value()).to_hash()>{move || daily_strings(lang.get()).open_editor}</a>
                    </div>
                </div>
                <p class="hint">{move || daily_strings(lang.get()).review_intro}</p>
                <CoverageCard plan id=id.get_value() review=true/>
                <Adaptations plan/>
                <SectionSchedules plan/>
                <ReviewComments plan id=id.get_value() write=true/>
                <PlanTransfer plan/>
            </section>
        </Show>
    }
}

/// What the preventionist changed in each lesson: an adapted copy in place of the library's
/// lesson (from which, and what it changed), skipped steps (flagging required ones), splits
/// and notes.
#[component]
fn Adaptations(plan: Memo<Option<Plan>>) -> impl IntoView {
    let lang = use_lang();
    let library = use_library();
    let changed = Memo::new(move |_| {
        plan.with(|p| {
            p.as_ref()
                .map(|p| adaptations(p, library))
                .unwrap_or_default()
        })
    });
    view! {
        <section class="card" aria-labelledby="adaptations-heading" data-testid="adaptations">
            <h3 id="adaptations-heading">{move || daily_strings(lang.get()).adaptations_heading}</h3>
            {move || {
                let lang = lang.get();
                let t = strings(lang);
                let list = changed.get();
                if list.is_empty() {
                    return view! { <p>{daily_strings(lang).no_adaptations}</p> }.into_any();
                }
                let items = plan.get().map(|p| p.items).unwrap_or_default();
                view! {
                    <ul>
                        {list.into_iter().map(|a| {
                            let item = &items[a.item];
                            let lesson = library.lesson(&item.lesson).expect("adaptations name library lessons");
                            let steps: Vec<String> = a.skipped.iter().filter_map(|&s| lesson.steps.get(s)).map(|s| s.title.get(lang).to_string()).collect();
                            let copy = a.adapted.map(|c| adapted::adapted_copy(c, library, lang));
                            view! {
                                <li data-testid="adaptation" data-lesson-id=item.lesson.clone()>
                                    <strong>{format!("{}. {}", a.item + 1, lesson.title_in(lang))}</strong>
                                    {copy}
                                    {(!steps.is_empty()).then(|| view! { <p>{(daily_strings(lang).skips)(&steps.join("; "))}</p> })}
                                    {(!a.required_skipped.is_empty()).then(|| view! { <p class="flag" data-testid="skips-required">{format!("{} {}", t.warning_sign, daily_strings(lang).skips_required)}</p> })}
                                    {a.split.then(|| view! { <p>{plan_strings(lang).split_lesson}</p> })}
                                    {a.has_notes.then(|| view! { <p>{daily_strings(lang).has_notes}" "<q>{item.notes.clone()}</q></p> })}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}
