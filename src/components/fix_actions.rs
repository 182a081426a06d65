//! The Add and Swap buttons under a check's suggestion: the lesson it names, one click away.

use crate::app::{use_announcer, use_lang, use_plans};
use crate::content::use_library;
use leptos::prelude::*;
use planner_domain::checks::FixAction;
use planner_domain::i18n::{daily_strings, strings};
use planner_domain::swap::Swap;

/// One button per action of a check, editing plan `id`.
#[component]
pub fn FixButtons(actions: Vec<FixAction>, id: String) -> impl IntoView {
    let lang = use_lang();
    let plans = use_plans();
    let announcer = use_announcer();
    let library = use_library();
    let id = StoredValue::new(id);
    (!actions.is_empty()).then(|| {
        let buttons = actions
            .into_iter()
            .map(|action| {
                let t = daily_strings(lang.get_untracked());
                let (lesson, label, testid) = match &action {
                    FixAction::Add { lesson } => (lesson.clone(), t.add, "fix-add"),
                    FixAction::Swap { lesson, .. } => (lesson.clone(), t.swap_in, "fix-swap"),
                };
                let title = library
                    .lesson(&lesson)
                    .map(|l| l.title.get(lang.get_untracked()).to_string())
                    .unwrap_or_default();
                let announce = title.clone();
                let run = move |_| {
                    let lang = lang.get_untracked();
                    let mut at = 0;
                    id.with_value(|id| {
                        plans.edit(id, None, |p| match &action {
                            FixAction::Add { lesson } => at = p.insert_after(None, lesson),
                            FixAction::Swap { item, from, lesson } => {
                                at = *item;
                                let swap = Swap { item: *item, from: from.clone(), to: lesson.clone(), adapted: false };
                                p.apply_swap(&swap, library);
                            }
                        })
                    });
                    let name = id.with_value(|id| plans.name_of(id));
                    announcer.say((strings(lang).added_as)(&announce, &name, at + 1));
                };
                view! {
                    <button type="button" class="button button--quiet" data-testid=testid data-lesson-id=lesson.clone() on:click=run>
                        {format!("{label}: {title}")}
                    </button>
                }
            })
            .collect_view();
        view! { <div class="check-result__actions">{buttons}</div> }
    })
}
