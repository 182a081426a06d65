//! The offer that follows a grade change: each lesson written for the other grade band can be
//! swapped for its counterpart, in its place, with its notes (see `planner_domain::swap`).

use crate::app::{use_announcer, use_lang, use_plans};
use crate::content::use_library;
use leptos::prelude::*;
use planner_domain::i18n::{daily_strings, strings};
use planner_domain::plan::Plan;
use planner_domain::swap::{band_swaps, swap_all, Swap};

/// Shown above the plan's lessons while some of them have a counterpart for the plan's band.
#[component]
pub fn BandSwapOffer(plan: Memo<Option<Plan>>, id: String) -> impl IntoView {
    let lang = use_lang();
    let plans = use_plans();
    let announcer = use_announcer();
    let library = use_library();
    let id = StoredValue::new(id);
    let swaps = Memo::new(move |_| {
        plan.with(|p| {
            p.as_ref()
                .map(|p| band_swaps(p, library))
                .unwrap_or_default()
        })
    });
    let apply = move |list: Vec<Swap>| {
        id.with_value(|id| {
            plans.edit(id, None, |p| {
                for s in &list {
                    p.apply_swap(s, library);
                }
            })
        });
        announcer.say(strings(lang.get_untracked()).saved.to_string());
    };
    let title = move |lesson: &str| {
        library
            .lesson(lesson)
            .map(|l| l.title_in(lang.get()))
            .unwrap_or_default()
    };
    move || {
        let list = swaps.get();
        (!list.is_empty()).then(|| {
            let t = daily_strings(lang.get());
            let band = plan.with(|p| p.as_ref().map(|p| p.band().id()).unwrap_or_default());
            let band = library.vocabulary.name(planner_domain::curriculum::List::Grades, band, lang.get()).to_string();
            let all = swap_all(&list);
            let some_adapted = all.len() < list.len();
            view! {
                <div class="notice notice--warning band-swap" role="group" data-testid="band-swap">
                    <p>{(t.band_swap_offer)(list.len(), &band)}</p>
                    <ul>
                        {list.into_iter().map(|s| {
                            let swap_for = if s.adapted { t.swap_adapted } else { t.swap_for };
                            let label = swap_for(&title(&s.from), &title(&s.to));
                            view! {
                                <li><button type="button" class="button button--quiet" data-testid="band-swap-one"
                                    on:click=move |_| apply(vec![s.clone()])>{label}</button></li>
                            }
                        }).collect_view()}
                    </ul>
                    {some_adapted.then(|| view! { <p class="hint" data-testid="band-swap-not-adapted">{t.swap_all_not_adapted}</p> })}
                    {(!all.is_empty()).then(|| view! {
                        <button type="button" class="button" data-testid="band-swap-all"
                            on:click=move |_| apply(all.clone())>{t.swap_all}</button>
                    })}
                </div>
            }
        })
    }
}
