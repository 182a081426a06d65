//! One plan of an import preview: how it stands against the plans here (matched by id), and
//! for one already here, the choice to update it or keep both.

use crate::app::{use_lang, use_plans};
use crate::content::use_library;
use leptos::prelude::*;
use planner_domain::i18n::{data_strings, plan_strings};
use planner_domain::plan::Plan;
use planner_domain::schedule::sessions;
use planner_domain::transfer::{self, Standing};

/// One imported plan in the preview: how it stands against the plans here, and for one
/// already here, the choice to update it or keep both.
#[component]
pub fn PreviewRow(plan: Plan, keep_both: RwSignal<Vec<String>>) -> impl IntoView {
    let lang = use_lang();
    let plans = use_plans();
    let library = use_library();
    let (standing, new_comments) = plans.list.with_untracked(|list| {
        let here = list.iter().find(|p| p.id == plan.id);
        let new = here.map_or(0, |h| {
            transfer::merged_comments(&h.comments, &plan.comments).len() - h.comments.len()
        });
        (transfer::standing(list, &plan), new)
    });
    let n = sessions(&plan, library).len();
    let id = plan.id.clone();
    let label = move || {
        let d = data_strings(lang.get());
        let mut s = match standing {
            Standing::New => d.standing_new.to_string(),
            Standing::Same => d.standing_same.to_string(),
            Standing::Newer => d.standing_newer.to_string(),
            Standing::Older => d.standing_older.to_string(),
        };
        if new_comments > 0 {
            s = format!("{s}; {}", (d.new_comments)(new_comments));
        }
        s
    };
    let choice = (standing != Standing::New).then(|| {
        let group = format!("import-choice-{id}");
        let (a, b) = (id.clone(), id.clone());
        let update_checked = {
            let id = id.clone();
            move || !keep_both.with(|k| k.contains(&id))
        };
        view! {
            <fieldset class="import-choice">
                <legend class="visually-hidden">{move || data_strings(lang.get()).choice_label}</legend>
                <label><input type="radio" name=group.clone() prop:checked=update_checked
                    on:change=move |_| keep_both.update(|k| k.retain(|x| *x != a))/>
                    {move || data_strings(lang.get()).choice_update}</label>
                <label><input type="radio" name=group data-testid="import-keep-both"
                    on:change=move |_| keep_both.update(|k| k.push(b.clone()))/>
                    {move || data_strings(lang.get()).choice_keep_both}</label>
            </fieldset>
        }
    });
    view! {
        <li data-testid="import-row" data-standing=format!("{standing:?}").to_lowercase()>
            {format!("{} — {} — ", plan.name, plan.school)}{move || (plan_strings(lang.get()).session_count)(n)}
            " — "<strong>{label}</strong>
            {choice}
        </li>
    }
}
