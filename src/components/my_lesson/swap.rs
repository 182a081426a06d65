//! Swapping a plan's lesson for the preventionist's adapted copy of it.

use crate::app::{use_announcer, use_lang, use_my_lessons, use_plans};
use leptos::prelude::*;
use planner_domain::i18n::strings;

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
