//! A plan's export and share buttons: the file always carries the user's own lessons the plan
//! uses; a link does when it fits `transfer::MAX_LINK_CHARS`, and otherwise says so and offers
//! the file.

use crate::app::{use_announcer, use_lang};
use crate::components::transfer::{carried, export_plans};
use leptos::prelude::*;
use planner_domain::i18n::strings;
use planner_domain::plan::Plan;
use planner_domain::transfer;

/// Export and share buttons for one plan. A link that would be too long says so and offers
/// the file instead.
#[component]
pub fn PlanTransfer(plan: Memo<Option<Plan>>) -> impl IntoView {
    let lang = use_lang();
    let announcer = use_announcer();
    let t = move || strings(lang.get());
    let link = RwSignal::new(None::<(Result<String, usize>, bool)>);
    let export = move |_| {
        if let Some(p) = plan.get_untracked() {
            export_plans(&[p]);
        }
    };
    view! {
        <div class="toolbar__actions">
            <button type="button" class="button button--quiet" data-testid="export-plan" on:click=export>{move || t().data.export_plan}</button>
            <button type="button" class="button button--quiet" data-testid="share-plan" on:click=move |_| {
                if let Some(p) = plan.get_untracked() {
                    let location = window().location();
                    let base = format!("{}{}", location.origin().unwrap_or_default(), location.pathname().unwrap_or_default());
                    let packs = carried(std::slice::from_ref(&p));
                    let made = transfer::share_link(&base, &p, &packs);
                    if let Ok(url) = &made {
                        let _ = window().navigator().clipboard().write_text(url);
                        announcer.say(strings(lang.get_untracked()).data.share_copied);
                    }
                    link.set(Some((made, !packs.is_empty())));
                }
            }>{move || t().data.share_link}</button>
        </div>
        {move || link.get().map(|(made, with_lessons)| match made {
            Ok(url) => view! {
                <label class="field share-link">
                    <span>{t().data.share_hint}</span>
                    <input type="text" readonly data-testid="share-url" prop:value=url/>
                    {with_lessons.then(|| view! { <span class="hint" data-testid="share-with-lessons">{t().packs.link_with_lessons}</span> })}
                </label>
            }.into_any(),
            Err(chars) => view! {
                <div class="notice notice--warning" role="alert" data-testid="share-too-long">
                    <p>{(t().packs.link_too_long)(chars)}</p>
                    <button type="button" class="button" data-testid="share-export" on:click=export>{t().data.export_plan}</button>
                </div>
            }.into_any(),
        })}
    }
}
